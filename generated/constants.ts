// Generated from openapi.yaml by `npm run generate`. Do not edit.

/** Version of the API description (info.version). */
export const apiVersion = "1.0.0";
/** Where the production API is served (servers[0].url). */
export const serverUrl = "https://piksend.com/api/v1";
/** Path prefix every operation is served under (the path of servers[0].url). */
export const basePath = "/api/v1";
/** Most files one upload may carry (PhotoUpload.files.maxItems), enforced while the upload streams. */
export const photoUploadMaxFiles = 50;
/** Most pixels one photo may have (PhotoUpload.files x-max-pixels), checked from its header before decoding. */
export const photoMaxPixels = 200000000;
/** Changes with any change to openapi.yaml's content: part of every ETag, so answers shaped by an older spec are not 304'd. */
export const specFingerprint = "4235d5cf89247af5";
/** Where each security scheme's credential travels (components.securitySchemes; `x-query-parameter` names a query alternative, whose pattern it carries). */
export const credentials = {
  "ApiKey": {
    "header": "Authorization",
    "scheme": "Bearer"
  },
  "ShareAccessToken": {
    "header": "X-Share-Access-Token",
    "query": "access_token",
    "pattern": "^sat_[A-Za-z0-9_-]{16,64}$"
  }
} as const;
/** What an account's email must be (Account.email): the CLI refuses anything else. */
export const accountEmail = {
  "pattern": "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
  "maxLength": 320
} as const;
/** The rules of each component parameter (components.parameters): patterns, bounds, defaults. */
export const parameterRules = {
  "Page": {
    "name": "page",
    "minimum": 1,
    "maximum": 1000000,
    "default": 1
  },
  "PerPage": {
    "name": "per_page",
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "GalleryStatusFilter": {
    "name": "status"
  },
  "GallerySearch": {
    "name": "search",
    "minLength": 1,
    "maxLength": 200
  },
  "GalleryId": {
    "name": "id"
  },
  "PhotoId": {
    "name": "photo_id"
  },
  "WebhookId": {
    "name": "id"
  },
  "DeliveryId": {
    "name": "delivery_id"
  },
  "EventId": {
    "name": "id",
    "pattern": "^evt_[0-9a-f]{32}$"
  },
  "ShareAccessTokenQuery": {
    "name": "access_token",
    "pattern": "^sat_[A-Za-z0-9_-]{16,64}$"
  },
  "ShareToken": {
    "name": "token",
    "pattern": "^[A-Za-z0-9_-]{16,64}$"
  },
  "PreviewSize": {
    "name": "size",
    "default": "web"
  },
  "ZipSelection": {
    "name": "selection",
    "default": false
  },
  "ExportFormat": {
    "name": "format",
    "default": "csv"
  },
  "ActivityTypeFilter": {
    "name": "type"
  },
  "EventTypeFilter": {
    "name": "type"
  },
  "CreatedAfter": {
    "name": "created_after",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$"
  },
  "CreatedBefore": {
    "name": "created_before",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$"
  },
  "DeliveryStatusFilter": {
    "name": "status"
  },
  "WebhookSignatureHeader": {
    "name": "X-PikSend-Signature"
  },
  "WebhookEventHeader": {
    "name": "X-PikSend-Event"
  },
  "WebhookDeliveryHeader": {
    "name": "X-PikSend-Delivery"
  },
  "StandardWebhookIdHeader": {
    "name": "webhook-id"
  },
  "StandardWebhookTimestampHeader": {
    "name": "webhook-timestamp",
    "pattern": "^[0-9]+$"
  },
  "StandardWebhookSignatureHeader": {
    "name": "webhook-signature"
  },
  "IfNoneMatch": {
    "name": "If-None-Match",
    "maxLength": 4096
  },
  "IfMatch": {
    "name": "If-Match",
    "maxLength": 4096
  },
  "IdempotencyKey": {
    "name": "Idempotency-Key",
    "pattern": "^[ -~]{1,255}$"
  }
} as const;
/** The headers of every webhook delivery (the x-webhooks operations' header parameters). */
export const deliveryHeaders = {
  "WebhookSignature": "X-PikSend-Signature",
  "WebhookEvent": "X-PikSend-Event",
  "WebhookDelivery": "X-PikSend-Delivery",
  "StandardWebhookId": "webhook-id",
  "StandardWebhookTimestamp": "webhook-timestamp",
  "StandardWebhookSignature": "webhook-signature"
} as const;
/** The name each component header is sent under (components.headers, as the responses name them). */
export const headerNames = {
  "ContentDisposition": "Content-Disposition",
  "ETag": "ETag",
  "Location": "Location",
  "PreviewCacheControl": "Cache-Control",
  "ResourceETag": "ETag",
  "RetryAfter": "Retry-After",
  "XRateLimitLimit": "X-RateLimit-Limit",
  "XRateLimitRemaining": "X-RateLimit-Remaining",
  "XRateLimitReset": "X-RateLimit-Reset",
  "XRequestId": "X-Request-Id"
} as const;
/** Documented response headers that take exactly one value (components.headers with a one-value enum). */
export const headerValues = {
  "PreviewCacheControl": "private, max-age=86400, immutable"
} as const;
