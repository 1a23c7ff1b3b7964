// Generated from openapi.yaml by `npm run generate`. Do not edit.
import * as parameters from './validators/parameters.js';
import * as bodies from './validators/bodies.js';
import * as responses from './validators/responses.js';
import type { CompiledValidator } from './validators/parameters.js';
import type { OperationRow } from '../src/codegen/operation-table.js';
import type { components } from './openapi.js';

export type { CompiledValidator };
export type OperationDefinition = OperationRow<CompiledValidator>;

export { apiVersion, serverUrl, basePath } from './constants.js';

export type ErrorCode = components['schemas']['ErrorCode'];
/** The HTTP status of each error code (x-http-status of the ErrorCode schema). */
export const errorStatus = {
  "invalid_request": 400,
  "unauthorized": 401,
  "plan_required": 403,
  "downloads_disabled": 403,
  "not_found": 404,
  "method_not_allowed": 405,
  "conflict": 409,
  "selection_locked": 409,
  "gallery_expired": 410,
  "payload_too_large": 413,
  "unsupported_media_type": 415,
  "selection_invalid": 422,
  "rate_limited": 429,
  "request_timeout": 408,
  "expectation_failed": 417,
  "headers_too_large": 431,
  "internal_error": 500,
  "service_unavailable": 503,
  "insufficient_storage": 507,
  "idempotency_key_in_use": 409,
  "idempotency_key_reused": 422,
  "precondition_failed": 412
} as const satisfies Record<ErrorCode, number>;

/** The security schemes of components.securitySchemes; 'none' is an operation with `security: []`. */
export const securitySchemes = ["ApiKey","ShareAccessToken"] as const;
export type SecurityScheme = (typeof securitySchemes)[number];

export const operations = [
  {
    "operationId": "getHealth",
    "method": "GET",
    "path": "/health",
    "routerPath": "/health",
    "tag": "Health",
    "security": "none",
    "parameters": [
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.getHealthQuery,
      "headers": parameters.getHealthHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag"
        ],
        "validator": responses.Health,
        "validatorName": "Health"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 503,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Health,
        "validatorName": "Health"
      }
    ],
    "etag": "content",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "getMe",
    "method": "GET",
    "path": "/me",
    "routerPath": "/me",
    "tag": "Account",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.getMeQuery,
      "headers": parameters.getMeHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.AccountResponse,
        "validatorName": "AccountResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "listGalleries",
    "method": "GET",
    "path": "/galleries",
    "routerPath": "/galleries",
    "tag": "Galleries",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "search",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.listGalleriesQuery,
      "headers": parameters.listGalleriesHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.GalleryList,
        "validatorName": "GalleryList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "createGallery",
    "method": "POST",
    "path": "/galleries",
    "routerPath": "/galleries",
    "tag": "Galleries",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": true,
      "contentTypes": [
        "application/json"
      ]
    },
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.createGalleryQuery,
      "headers": parameters.createGalleryHeaders,
      "body": bodies.createGalleryBody
    },
    "responses": [
      {
        "status": 201,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset",
          "Location"
        ],
        "validator": responses.GalleryResponse,
        "validatorName": "GalleryResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "gallery"
  },
  {
    "operationId": "getGallery",
    "method": "GET",
    "path": "/galleries/{id}",
    "routerPath": "/galleries/:id",
    "tag": "Galleries",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getGalleryParams,
      "query": parameters.getGalleryQuery,
      "headers": parameters.getGalleryHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.GalleryResponse,
        "validatorName": "GalleryResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "resource",
    "answersNotModified": false,
    "etagResource": "gallery"
  },
  {
    "operationId": "deleteGallery",
    "method": "DELETE",
    "path": "/galleries/{id}",
    "routerPath": "/galleries/:id",
    "tag": "Galleries",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.deleteGalleryParams,
      "query": parameters.deleteGalleryQuery,
      "headers": parameters.deleteGalleryHeaders
    },
    "responses": [
      {
        "status": 204,
        "contentTypes": [],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 412,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "gallery"
  },
  {
    "operationId": "updateGallery",
    "method": "PATCH",
    "path": "/galleries/{id}",
    "routerPath": "/galleries/:id",
    "tag": "Galleries",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": true,
      "contentTypes": [
        "application/json"
      ]
    },
    "uuidBodyFields": [
      "cover_photo_id"
    ],
    "validators": {
      "params": parameters.updateGalleryParams,
      "query": parameters.updateGalleryQuery,
      "headers": parameters.updateGalleryHeaders,
      "body": bodies.updateGalleryBody
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.GalleryResponse,
        "validatorName": "GalleryResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 412,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "gallery"
  },
  {
    "operationId": "listPhotos",
    "method": "GET",
    "path": "/galleries/{id}/photos",
    "routerPath": "/galleries/:id/photos",
    "tag": "Photos",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.listPhotosParams,
      "query": parameters.listPhotosQuery,
      "headers": parameters.listPhotosHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.PhotoList,
        "validatorName": "PhotoList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "uploadPhotos",
    "method": "POST",
    "path": "/galleries/{id}/photos",
    "routerPath": "/galleries/:id/photos",
    "tag": "Photos",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": true,
      "contentTypes": [
        "multipart/form-data"
      ]
    },
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.uploadPhotosParams,
      "query": parameters.uploadPhotosQuery,
      "headers": parameters.uploadPhotosHeaders
    },
    "responses": [
      {
        "status": 201,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.PhotoUploadResult,
        "validatorName": "PhotoUploadResult"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 503,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "getPhoto",
    "method": "GET",
    "path": "/galleries/{id}/photos/{photo_id}",
    "routerPath": "/galleries/:id/photos/:photo_id",
    "tag": "Photos",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getPhotoParams,
      "query": parameters.getPhotoQuery,
      "headers": parameters.getPhotoHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.PhotoResponse,
        "validatorName": "PhotoResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "resource",
    "answersNotModified": false,
    "etagResource": "photo"
  },
  {
    "operationId": "deletePhoto",
    "method": "DELETE",
    "path": "/galleries/{id}/photos/{photo_id}",
    "routerPath": "/galleries/:id/photos/:photo_id",
    "tag": "Photos",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.deletePhotoParams,
      "query": parameters.deletePhotoQuery,
      "headers": parameters.deletePhotoHeaders
    },
    "responses": [
      {
        "status": 204,
        "contentTypes": [],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 412,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "photo"
  },
  {
    "operationId": "getPhotoPreview",
    "method": "GET",
    "path": "/galleries/{id}/photos/{photo_id}/preview",
    "routerPath": "/galleries/:id/photos/:photo_id/preview",
    "tag": "Photos",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "size",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "size": "web"
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getPhotoPreviewParams,
      "query": parameters.getPhotoPreviewQuery,
      "headers": parameters.getPhotoPreviewHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "image/webp"
        ],
        "headers": [
          "Cache-Control",
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "getSelection",
    "method": "GET",
    "path": "/galleries/{id}/selection",
    "routerPath": "/galleries/:id/selection",
    "tag": "Selection",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getSelectionParams,
      "query": parameters.getSelectionQuery,
      "headers": parameters.getSelectionHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.SelectionResponse,
        "validatorName": "SelectionResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "exportSelection",
    "method": "GET",
    "path": "/galleries/{id}/selection/export",
    "routerPath": "/galleries/:id/selection/export",
    "tag": "Selection",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "format",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "format": "csv"
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.exportSelectionParams,
      "query": parameters.exportSelectionQuery,
      "headers": parameters.exportSelectionHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "text/csv",
          "text/plain"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset",
          "Content-Disposition"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "listGalleryActivity",
    "method": "GET",
    "path": "/galleries/{id}/activity",
    "routerPath": "/galleries/:id/activity",
    "tag": "Activity",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid gallery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "type",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.listGalleryActivityParams,
      "query": parameters.listGalleryActivityQuery,
      "headers": parameters.listGalleryActivityHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.ActivityList,
        "validatorName": "ActivityList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "openSharedGallery",
    "method": "GET",
    "path": "/share/{token}",
    "routerPath": "/share/:token",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.openSharedGalleryParams,
      "query": parameters.openSharedGalleryQuery,
      "headers": parameters.openSharedGalleryHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.SharedGalleryResponse,
        "validatorName": "SharedGalleryResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": true,
    "etagResource": null
  },
  {
    "operationId": "createShareAccessToken",
    "method": "POST",
    "path": "/share/{token}/access",
    "routerPath": "/share/:token/access",
    "tag": "Client access",
    "security": "none",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": true,
      "contentTypes": [
        "application/json"
      ]
    },
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.createShareAccessTokenParams,
      "query": parameters.createShareAccessTokenQuery,
      "headers": parameters.createShareAccessTokenHeaders,
      "body": bodies.createShareAccessTokenBody
    },
    "responses": [
      {
        "status": 201,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.ShareAccessResponse,
        "validatorName": "ShareAccessResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "listSharedPhotos",
    "method": "GET",
    "path": "/share/{token}/photos",
    "routerPath": "/share/:token/photos",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.listSharedPhotosParams,
      "query": parameters.listSharedPhotosQuery,
      "headers": parameters.listSharedPhotosHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.SharedPhotoList,
        "validatorName": "SharedPhotoList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "getSharedPhotoPreview",
    "method": "GET",
    "path": "/share/{token}/photos/{photo_id}/preview",
    "routerPath": "/share/:token/photos/:photo_id/preview",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "size",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "size": "web"
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getSharedPhotoPreviewParams,
      "query": parameters.getSharedPhotoPreviewQuery,
      "headers": parameters.getSharedPhotoPreviewHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "image/webp"
        ],
        "headers": [
          "Cache-Control",
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "downloadSharedPhoto",
    "method": "GET",
    "path": "/share/{token}/photos/{photo_id}/download",
    "routerPath": "/share/:token/photos/:photo_id/download",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.downloadSharedPhotoParams,
      "query": parameters.downloadSharedPhotoQuery,
      "headers": parameters.downloadSharedPhotoHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "image/jpeg",
          "image/png",
          "image/webp"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "Content-Disposition",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "content",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "downloadSharedGallery",
    "method": "GET",
    "path": "/share/{token}/download",
    "routerPath": "/share/:token/download",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "selection",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "boolean",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "selection": false
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.downloadSharedGalleryParams,
      "query": parameters.downloadSharedGalleryQuery,
      "headers": parameters.downloadSharedGalleryHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/zip"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "Content-Disposition",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "content",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "addFavorite",
    "method": "PUT",
    "path": "/share/{token}/favorites/{photo_id}",
    "routerPath": "/share/:token/favorites/:photo_id",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.addFavoriteParams,
      "query": parameters.addFavoriteQuery
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.SharedSelectionResponse,
        "validatorName": "SharedSelectionResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "removeFavorite",
    "method": "DELETE",
    "path": "/share/{token}/favorites/{photo_id}",
    "routerPath": "/share/:token/favorites/:photo_id",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "photo_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid photo ID format",
        "type": "string",
        "format": "uuid"
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.removeFavoriteParams,
      "query": parameters.removeFavoriteQuery
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.SharedSelectionResponse,
        "validatorName": "SharedSelectionResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "validateSelection",
    "method": "POST",
    "path": "/share/{token}/selection/validate",
    "routerPath": "/share/:token/selection/validate",
    "tag": "Client access",
    "security": "ShareAccessToken",
    "parameters": [
      {
        "name": "token",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid share token format",
        "type": "string",
        "format": null
      },
      {
        "name": "access_token",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.validateSelectionParams,
      "query": parameters.validateSelectionQuery,
      "headers": parameters.validateSelectionHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.SharedSelectionResponse,
        "validatorName": "SharedSelectionResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 410,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "listWebhooks",
    "method": "GET",
    "path": "/webhooks",
    "routerPath": "/webhooks",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.listWebhooksQuery,
      "headers": parameters.listWebhooksHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookList,
        "validatorName": "WebhookList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "createWebhook",
    "method": "POST",
    "path": "/webhooks",
    "routerPath": "/webhooks",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": true,
      "contentTypes": [
        "application/json"
      ]
    },
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.createWebhookQuery,
      "headers": parameters.createWebhookHeaders,
      "body": bodies.createWebhookBody
    },
    "responses": [
      {
        "status": 201,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset",
          "Location"
        ],
        "validator": responses.WebhookWithSecretResponse,
        "validatorName": "WebhookWithSecretResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "webhook"
  },
  {
    "operationId": "getWebhook",
    "method": "GET",
    "path": "/webhooks/{id}",
    "routerPath": "/webhooks/:id",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getWebhookParams,
      "query": parameters.getWebhookQuery,
      "headers": parameters.getWebhookHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookResponse,
        "validatorName": "WebhookResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "resource",
    "answersNotModified": false,
    "etagResource": "webhook"
  },
  {
    "operationId": "deleteWebhook",
    "method": "DELETE",
    "path": "/webhooks/{id}",
    "routerPath": "/webhooks/:id",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.deleteWebhookParams,
      "query": parameters.deleteWebhookQuery,
      "headers": parameters.deleteWebhookHeaders
    },
    "responses": [
      {
        "status": 204,
        "contentTypes": [],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 412,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "webhook"
  },
  {
    "operationId": "updateWebhook",
    "method": "PATCH",
    "path": "/webhooks/{id}",
    "routerPath": "/webhooks/:id",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": true,
      "contentTypes": [
        "application/json"
      ]
    },
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.updateWebhookParams,
      "query": parameters.updateWebhookQuery,
      "headers": parameters.updateWebhookHeaders,
      "body": bodies.updateWebhookBody
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookResponse,
        "validatorName": "WebhookResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 412,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": "webhook"
  },
  {
    "operationId": "testWebhook",
    "method": "POST",
    "path": "/webhooks/{id}/test",
    "routerPath": "/webhooks/:id/test",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.testWebhookParams,
      "query": parameters.testWebhookQuery,
      "headers": parameters.testWebhookHeaders
    },
    "responses": [
      {
        "status": 202,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookDeliveryResponse,
        "validatorName": "WebhookDeliveryResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "rotateWebhookSecret",
    "method": "POST",
    "path": "/webhooks/{id}/rotate-secret",
    "routerPath": "/webhooks/:id/rotate-secret",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": {
      "required": false,
      "contentTypes": [
        "application/json"
      ]
    },
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.rotateWebhookSecretParams,
      "query": parameters.rotateWebhookSecretQuery,
      "headers": parameters.rotateWebhookSecretHeaders,
      "body": bodies.rotateWebhookSecretBody
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookWithSecretResponse,
        "validatorName": "WebhookWithSecretResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 413,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 415,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "listWebhookDeliveries",
    "method": "GET",
    "path": "/webhooks/{id}/deliveries",
    "routerPath": "/webhooks/:id/deliveries",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.listWebhookDeliveriesParams,
      "query": parameters.listWebhookDeliveriesQuery,
      "headers": parameters.listWebhookDeliveriesHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookDeliveryList,
        "validatorName": "WebhookDeliveryList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "getWebhookDelivery",
    "method": "GET",
    "path": "/webhooks/{id}/deliveries/{delivery_id}",
    "routerPath": "/webhooks/:id/deliveries/:delivery_id",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "delivery_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid delivery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getWebhookDeliveryParams,
      "query": parameters.getWebhookDeliveryQuery,
      "headers": parameters.getWebhookDeliveryHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookDeliveryResponse,
        "validatorName": "WebhookDeliveryResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "redeliverWebhookDelivery",
    "method": "POST",
    "path": "/webhooks/{id}/deliveries/{delivery_id}/redeliver",
    "routerPath": "/webhooks/:id/deliveries/:delivery_id/redeliver",
    "tag": "Webhooks",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid webhook ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "delivery_id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid delivery ID format",
        "type": "string",
        "format": "uuid"
      },
      {
        "name": "idempotency-key",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.redeliverWebhookDeliveryParams,
      "query": parameters.redeliverWebhookDeliveryQuery,
      "headers": parameters.redeliverWebhookDeliveryHeaders
    },
    "responses": [
      {
        "status": 202,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.WebhookDeliveryResponse,
        "validatorName": "WebhookDeliveryResponse"
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 409,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 422,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 507,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "none",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "listEvents",
    "method": "GET",
    "path": "/events",
    "routerPath": "/events",
    "tag": "Events",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "integer",
        "format": null
      },
      {
        "name": "type",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      },
      {
        "name": "created_after",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": "date-time"
      },
      {
        "name": "created_before",
        "in": "query",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": "date-time"
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {
      "page": 1,
      "per_page": 20
    },
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "query": parameters.listEventsQuery,
      "headers": parameters.listEventsHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.EventList,
        "validatorName": "EventList"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  },
  {
    "operationId": "getEvent",
    "method": "GET",
    "path": "/events/{id}",
    "routerPath": "/events/:id",
    "tag": "Events",
    "security": "ApiKey",
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "invalidMessage": "Invalid event ID format",
        "type": "string",
        "format": null
      },
      {
        "name": "if-none-match",
        "in": "header",
        "required": false,
        "invalidMessage": null,
        "type": "string",
        "format": null
      }
    ],
    "queryDefaults": {},
    "requestBody": null,
    "uuidBodyFields": [],
    "validators": {
      "params": parameters.getEventParams,
      "query": parameters.getEventQuery,
      "headers": parameters.getEventHeaders
    },
    "responses": [
      {
        "status": 200,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "ETag",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": responses.EventResponse,
        "validatorName": "EventResponse"
      },
      {
        "status": 304,
        "contentTypes": [],
        "headers": [
          "ETag",
          "X-Request-Id",
          "X-RateLimit-Limit",
          "X-RateLimit-Remaining",
          "X-RateLimit-Reset"
        ],
        "validator": null,
        "validatorName": null
      },
      {
        "status": 400,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 401,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 403,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 404,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 429,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      },
      {
        "status": 500,
        "contentTypes": [
          "application/json"
        ],
        "headers": [
          "X-Request-Id"
        ],
        "validator": responses.Error,
        "validatorName": "Error"
      }
    ],
    "etag": "account",
    "answersNotModified": false,
    "etagResource": null
  }
] as const satisfies readonly OperationDefinition[];

export type OperationId = (typeof operations)[number]['operationId'];
/** The row of one operation, with its literal types (security, query defaults). */
export type OperationOf<O extends OperationId> = Extract<(typeof operations)[number], { operationId: O }>;
