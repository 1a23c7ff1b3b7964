// Generated from openapi.yaml by `npm run generate`. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description Reports whether the API is up, its database reachable and its rate-limit store answering. Takes no API key.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current account
         * @description The account the API key belongs to, with its plan and rate limit, and the key's mode (`livemode`: `false` for a `pk_test_` key). The account's id is the same in both modes.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List galleries
         * @description List all your galleries with pagination and filters, newest first.
         */
        get: operations["listGalleries"];
        put?: never;
        /**
         * Create a gallery
         * @description Creates a gallery and fires `gallery.created`.
         */
        post: operations["createGallery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        /**
         * Get a gallery
         * @description Get detailed information about a specific gallery.
         */
        get: operations["getGallery"];
        put?: never;
        post?: never;
        /**
         * Delete a gallery
         * @description Deletes the gallery, its photos and its share link, and fires `gallery.deleted` with the gallery as it was.
         */
        delete: operations["deleteGallery"];
        options?: never;
        head?: never;
        /**
         * Update a gallery
         * @description Changes only the fields sent: rename, archive (`status: archived`) or
         *     unarchive (`status: active`), set or clear `expires_at`, set or remove
         *     (`null`) the password, change download and selection settings. An expired
         *     gallery becomes active again when `expires_at` is moved to the future.
         */
        patch: operations["updateGallery"];
        trace?: never;
    };
    "/galleries/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        /**
         * List photos
         * @description The gallery's photos in display order (`position`).
         */
        get: operations["listPhotos"];
        put?: never;
        /**
         * Upload photos
         * @description Uploads one or many files in one `multipart/form-data` request (field
         *     `files`, repeated). Each file's type is detected from its content, not
         *     its name or declared type: JPEG, PNG and WebP are accepted. A file over
         *     the size limit answers `413`; a file of another type `415`. Every part
         *     must be a file of the field `files` with a readable
         *     `Content-Disposition: form-data; name="files"; filename="…"`: another
         *     field, a plain (non-file) field, a part without a name or without a
         *     readable `Content-Disposition` answers `400` (such a part is never
         *     skipped in silence). Nothing is stored unless every file is accepted.
         */
        post: operations["uploadPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries/{id}/photos/{photo_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        /**
         * Get a photo
         * @description One photo's metadata.
         */
        get: operations["getPhoto"];
        put?: never;
        post?: never;
        /**
         * Delete a photo
         * @description Deletes the photo and its original; it also leaves the client's selection.
         */
        delete: operations["deletePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries/{id}/photos/{photo_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        /**
         * Get a photo preview
         * @description A WebP preview of the photo (thumbnail or web-sized), made at upload; never the original.
         */
        get: operations["getPhotoPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries/{id}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        /**
         * Get the client's selection
         * @description The photos the client marked as favourites, and whether the selection was validated.
         */
        get: operations["getSelection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries/{id}/selection/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        /**
         * Export the selection
         * @description The selected photos as a file to download: `csv` (one row per photo:
         *     filename, position, favorited_at) or `lightroom`, a single line of
         *     comma-separated filenames without extensions that Lightroom's Library
         *     filter and Capture One's search both accept.
         */
        get: operations["exportSelection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/galleries/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        /**
         * List gallery activity
         * @description What clients did in the gallery, newest first.
         */
        get: operations["listGalleryActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        /**
         * Open a shared gallery
         * @description What the client sees when opening the share link. Counts a view and
         *     fires `gallery.viewed`. A password-protected gallery needs the
         *     `X-Share-Access-Token` header from `POST /share/{token}/access`.
         */
        get: operations["openSharedGallery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/access": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a password-protected gallery
         * @description Exchanges the gallery password for a short-lived access token (send it
         *     as `X-Share-Access-Token`). Wrong passwords answer `401`; attempts are
         *     limited per share link and visitor (`SHARE_PASSWORD_ATTEMPTS` per 15
         *     minutes) and answer `429` beyond the limit; the `X-RateLimit-*`
         *     headers of its answer count those attempts.
         *
         *     A token is bound to the password it was issued for: when the
         *     photographer changes or removes the password, archives the gallery,
         *     or it expires or is deleted, every token issued before ends at once
         *     (`401`, or `404`/`410` for the link itself), and the client unlocks
         *     again. A gallery without a password has nothing to unlock: its share
         *     link opens it as it is, and this answers `409`.
         */
        post: operations["createShareAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/photos": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        /**
         * List the shared gallery's photos
         * @description The photos in display order, each with whether the client marked it as a favourite.
         */
        get: operations["listSharedPhotos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/photos/{photo_id}/preview": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        /**
         * Get a photo preview
         * @description A WebP preview (thumbnail for the grid, web-sized for the viewer), so a client page never loads originals to show a gallery. Not a download.
         */
        get: operations["getSharedPhotoPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/photos/{photo_id}/download": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        /**
         * Download one photo
         * @description The original file. Counts a download and fires `gallery.downloaded`.
         */
        get: operations["downloadSharedPhoto"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/download": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        /**
         * Download all photos as a zip
         * @description Every original (or, with `selection=true`, the client's favourites) in
         *     one zip, streamed as it is built. Counts a download and fires
         *     `gallery.downloaded` with `zip` true. Refused with `403` when the
         *     photographer disabled downloads or zip downloads.
         */
        get: operations["downloadSharedGallery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/favorites/{photo_id}": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a photo as favourite
         * @description Idempotent. Refused with `409 selection_locked` once the selection is validated.
         */
        put: operations["addFavorite"];
        post?: never;
        /**
         * Unmark a favourite
         * @description Idempotent. Refused with `409 selection_locked` once the selection is validated.
         */
        delete: operations["removeFavorite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/share/{token}/selection/validate": {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate the selection
         * @description The client confirms the selection. The count must lie within the
         *     gallery's `min` and `max` (`422 selection_invalid` otherwise); afterwards
         *     the selection is locked. Fires `gallery.validated`.
         */
        post: operations["validateSelection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Your webhook endpoints, newest first. Secrets are never listed.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook subscription
         * @description Subscribes an endpoint to events. The answer contains the signing
         *     secret (`whsec_…`): it is shown only here and on rotation, store it.
         *     In production the URL must be `https` and must not point to a loopback,
         *     private, link-local or metadata address. The payloads sent are listed in
         *     the *Webhooks* section.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description One webhook endpoint, without its secret.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Stops all deliveries to the endpoint, pending retries included.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook subscription
         * @description Change the URL, the events, the description, or enable / disable the endpoint. Re-enabling clears `disabled_reason`.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` delivery to the endpoint, signed like every other, even if the endpoint is disabled (a disabled endpoint gets that one attempt, no retries).
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Issues a new secret. The old one stays valid for `overlap_seconds`
         *     (at most 24 hours); meanwhile every delivery carries one `v1=` signature
         *     per secret, so receivers can switch without losing an event. Rotating
         *     again during an overlap replaces the old secret with the current one.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /**
         * List deliveries
         * @description Every delivery to the endpoint, newest first, with its attempts.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
                /**
                 * @description The delivery's id.
                 * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        /**
         * Get a delivery
         * @description One delivery with every attempt (time, duration, status code, first 2 KB of the response, error) and the next attempt.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
                /**
                 * @description The delivery's id.
                 * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver
         * @description Queues the same event (same id, same body) for one more immediate delivery to the endpoint.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Every event of your account in the key's mode (`livemode` says which:
         *     a test key lists test events only), newest first (by `sequence`),
         *     filtered by type and time window. `webhook.test` events are not part
         *     of the stream and are not listed.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id.
                 * @example evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f
                 */
                id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * Get an event
         * @description One event, exactly as it was (or will be) delivered.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The error envelope of every non-2xx response. */
        Error: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /**
                 * @description Human-readable explanation.
                 * @example Invalid gallery ID format
                 */
                message: string;
                /**
                 * @description Structured context, e.g. `field` and `issue` for invalid input.
                 * @example {
                 *       "field": "id",
                 *       "issue": "Must be a valid UUID"
                 *     }
                 */
                details: {
                    [key: string]: unknown;
                } | null;
            };
        };
        /**
         * @description Machine-readable error code. Each code always comes with the same HTTP
         *     status (`x-http-status`): invalid_request 400, unauthorized 401,
         *     plan_required and downloads_disabled 403, not_found 404,
         *     method_not_allowed 405, conflict and selection_locked 409,
         *     gallery_expired 410, payload_too_large 413, unsupported_media_type 415,
         *     selection_invalid 422, rate_limited 429, request_timeout 408,
         *     expectation_failed 417, headers_too_large 431, internal_error 500,
         *     service_unavailable 503, insufficient_storage 507,
         *     idempotency_key_in_use 409, idempotency_key_reused 422,
         *     precondition_failed 412.
         * @example invalid_request
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "unauthorized" | "plan_required" | "downloads_disabled" | "not_found" | "method_not_allowed" | "conflict" | "selection_locked" | "gallery_expired" | "payload_too_large" | "unsupported_media_type" | "selection_invalid" | "rate_limited" | "request_timeout" | "expectation_failed" | "headers_too_large" | "internal_error" | "service_unavailable" | "insufficient_storage" | "idempotency_key_in_use" | "idempotency_key_reused" | "precondition_failed";
        Pagination: {
            /** @example 1 */
            page: number;
            /** @example 20 */
            per_page: number;
            /**
             * @description Number of items across all pages.
             * @example 42
             */
            total: number;
            /** @example 3 */
            total_pages: number;
        };
        Health: {
            /**
             * @description `degraded` when the database is down (HTTP 503), or the shared rate-limit store or the photo storage is (HTTP 200: the API still serves what it can — reads, and writes that store no file).
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @example 1.0.0 */
            version: string;
            database: {
                /** @enum {string} */
                status: "up" | "down";
                latency_ms: number | null;
            };
            rate_limiter: {
                /**
                 * @description `memory` (one instance) or `redis` (shared by several, `RATE_LIMIT_REDIS_URL`).
                 * @enum {string}
                 */
                store: "memory" | "redis";
                /**
                 * @description `degraded` while Redis does not answer: limits are then counted in this instance's memory.
                 * @enum {string}
                 */
                status: "up" | "degraded";
            };
            /** @description Where photos are kept, and whether a file can be written there now (a probe file is written and removed). */
            storage: {
                /**
                 * @description `local` (DATA_DIR/photos) or `s3`.
                 * @enum {string}
                 */
                kind: "local" | "s3";
                /**
                 * @description `down` when a file cannot be written (disk full, not writable, S3 not answering): uploads answer 507 or 503 meanwhile.
                 * @enum {string}
                 */
                status: "up" | "down";
            };
        };
        Account: {
            /** Format: uuid */
            id: string;
            livemode: components["schemas"]["Livemode"];
            /**
             * Format: email
             * @description The account's address (the same rule as a gallery client's); an administrator sets it with `piksend accounts create`.
             */
            email: string;
            /** @enum {string} */
            plan: "pro" | "free";
            rate_limit: {
                limit: number;
                window_seconds: number;
            };
            /** Format: date-time */
            created_at: string;
        };
        AccountResponse: {
            data: components["schemas"]["Account"];
        };
        /**
         * @description `true` for live data, `false` for test data: made with a `pk_test_` key
         *     (see "Test mode"), or by a client on the share link of a test gallery. A
         *     key only ever sees objects of its own mode.
         * @example true
         */
        Livemode: boolean;
        /**
         * @example active
         * @enum {string}
         */
        GalleryStatus: "active" | "archived" | "expired";
        /** @description The photographer's client the gallery is for. */
        GalleryClient: {
            /** @example Jane Smith */
            name: string | null;
            /**
             * Format: email
             * @description An address with a domain of at least two labels (`jane@example.com`, not `jane@localhost`).
             * @example jane@example.com
             */
            email: string | null;
        };
        DownloadSettings: {
            /** @description Whether the client may download originals. */
            enabled: boolean;
            /** @description Whether the client may download the whole gallery as one zip. */
            allow_zip: boolean;
        };
        /** @description `min` and `max` bound how many favourites the client may validate; `max: null` means no upper bound. */
        SelectionRules: {
            enabled?: boolean;
            min?: number;
            max?: number | null;
        };
        GallerySelection: {
            enabled: boolean;
            min: number;
            max: number | null;
            state: components["schemas"]["SelectionState"];
            /** Format: date-time */
            validated_at: string | null;
        };
        /** @enum {string} */
        SelectionState: "open" | "validated";
        Gallery: {
            /** Format: uuid */
            readonly id: string;
            livemode: components["schemas"]["Livemode"];
            name: string;
            client: components["schemas"]["GalleryClient"];
            /** Format: date */
            event_date: string | null;
            status: components["schemas"]["GalleryStatus"];
            readonly photo_count: number;
            /** Format: uuid */
            cover_photo_id: string | null;
            /**
             * Format: uri
             * @description The link to send to the client.
             */
            readonly share_url: string;
            readonly password_protected: boolean;
            download_settings: components["schemas"]["DownloadSettings"];
            selection: components["schemas"]["GallerySelection"];
            readonly counters: {
                views: number;
                downloads: number;
                favorites: number;
            };
            /** Format: date-time */
            expires_at: string | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        GalleryCreate: {
            name: string;
            client?: components["schemas"]["GalleryClientInput"];
            /** Format: date */
            event_date?: string | null;
            /**
             * Format: date-time
             * @description When the share link stops working (`410` to clients) and `gallery.expired` fires. Must be in the future (`400 invalid_request` otherwise, naming `expires_at`); `null` never expires. Follows the API's date-time rule (see *Dates and times*).
             */
            expires_at?: string | null;
            /** @description Protects the share link; stored hashed, never returned. */
            password?: string;
            download_settings?: components["schemas"]["DownloadSettingsInput"];
            selection?: components["schemas"]["SelectionRules"];
        };
        GalleryUpdate: {
            name?: string;
            client?: components["schemas"]["GalleryClientInput"];
            /** Format: date */
            event_date?: string | null;
            /**
             * @description `archived` archives, `active` unarchives. `expired` is set only by expiry.
             * @enum {string}
             */
            status?: "active" | "archived";
            /**
             * Format: date-time
             * @description When the share link stops working (`410` to clients) and `gallery.expired` fires. Must be in the future (`400 invalid_request` otherwise, naming `expires_at`); `null` never expires. Follows the API's date-time rule (see *Dates and times*).
             */
            expires_at?: string | null;
            /** @description New password, or `null` to remove protection. */
            password?: string | null;
            /** Format: uuid */
            cover_photo_id?: string | null;
            download_settings?: components["schemas"]["DownloadSettingsInput"];
            selection?: components["schemas"]["SelectionRules"];
        };
        GalleryClientInput: {
            name?: string | null;
            /**
             * Format: email
             * @description An address with a domain of at least two labels (`jane@example.com`, not `jane@localhost`).
             */
            email?: string | null;
        };
        DownloadSettingsInput: {
            enabled?: boolean;
            allow_zip?: boolean;
        };
        GalleryResponse: {
            data: components["schemas"]["Gallery"];
        };
        GalleryList: {
            data: components["schemas"]["Gallery"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description Detected from the file's content.
         * @enum {string}
         */
        PhotoContentType: "image/jpeg" | "image/png" | "image/webp";
        Photo: {
            /** Format: uuid */
            id: string;
            livemode: components["schemas"]["Livemode"];
            /** Format: uuid */
            gallery_id: string;
            filename: string;
            content_type: components["schemas"]["PhotoContentType"];
            bytes: number;
            width: number;
            height: number;
            sha256: string;
            position: number;
            /** Format: date-time */
            created_at: string;
        };
        PhotoResponse: {
            data: components["schemas"]["Photo"];
        };
        PhotoList: {
            data: components["schemas"]["Photo"][];
            pagination: components["schemas"]["Pagination"];
        };
        PhotoUpload: {
            /**
             * @description One or many image files (JPEG, PNG, WebP), 50 MB each at most and
             *     200 megapixels at most (`x-max-pixels`): the largest medium-format
             *     sensors make about 150 MP (14204 × 10652), so every camera's photo
             *     fits, while a small file declaring a huge canvas (a 1 MB PNG of
             *     16000 × 16000 pixels, a decompression bomb) is refused from its
             *     header with `413`, before any of it is decoded. Images are decoded
             *     within a memory budget (`IMAGE_MEGAPIXELS_AT_ONCE`,
             *     `IMAGE_CONCURRENCY`); when as many uploads already wait as the
             *     server may hold (`IMAGE_QUEUE_LENGTH`), a new one answers `503`
             *     with `Retry-After`.
             */
            files: string[];
        };
        PhotoUploadResult: {
            data: components["schemas"]["Photo"][];
        };
        SelectedPhoto: {
            /** Format: uuid */
            id: string;
            filename: string;
            position: number;
            /** Format: date-time */
            favorited_at: string;
        };
        Selection: {
            /** Format: uuid */
            gallery_id: string;
            livemode: components["schemas"]["Livemode"];
            state: components["schemas"]["SelectionState"];
            /** Format: date-time */
            validated_at: string | null;
            min: number;
            max: number | null;
            count: number;
            photos: components["schemas"]["SelectedPhoto"][];
        };
        SelectionResponse: {
            data: components["schemas"]["Selection"];
        };
        /**
         * @example photo.downloaded
         * @enum {string}
         */
        ActivityType: "gallery.viewed" | "photo.downloaded" | "gallery.downloaded" | "favorite.added" | "favorite.removed" | "selection.validated";
        Activity: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["ActivityType"];
            /** Format: date-time */
            occurred_at: string;
            /** @description Salted hash of the visitor (never the raw IP), stable for a visitor within a gallery. */
            visitor_hash: string | null;
            /** Format: uuid */
            photo_id: string | null;
        };
        ActivityList: {
            data: components["schemas"]["Activity"][];
            pagination: components["schemas"]["Pagination"];
        };
        SharedGallery: {
            /** Format: uuid */
            id: string;
            livemode: components["schemas"]["Livemode"];
            name: string;
            /** Format: date */
            event_date: string | null;
            photo_count: number;
            /** Format: uuid */
            cover_photo_id: string | null;
            download_settings: components["schemas"]["DownloadSettings"];
            selection: components["schemas"]["SharedGallerySelection"];
            /** Format: date-time */
            expires_at: string | null;
        };
        SharedGallerySelection: {
            enabled: boolean;
            min: number;
            max: number | null;
            state: components["schemas"]["SelectionState"];
            /** Format: date-time */
            validated_at: string | null;
            count: number;
        };
        SharedGalleryResponse: {
            data: components["schemas"]["SharedGallery"];
        };
        SharedPhoto: {
            /** Format: uuid */
            id: string;
            filename: string;
            content_type: components["schemas"]["PhotoContentType"];
            width: number;
            height: number;
            position: number;
            is_favorite: boolean;
            /**
             * @description Path (under the API's host) of a small WebP preview, 400 px on its longer side; load these for the grid.
             * @example /api/v1/share/Zk3xQ9mP2vR7tL8w/photos/7c9e6679-7425-40de-944b-e07fc1f90ae7/preview?size=thumbnail
             */
            thumbnail_url: string;
            /**
             * @description Path of a web-sized WebP preview, 1600 px on its longer side; load it for the viewer, never the original.
             * @example /api/v1/share/Zk3xQ9mP2vR7tL8w/photos/7c9e6679-7425-40de-944b-e07fc1f90ae7/preview?size=web
             */
            preview_url: string;
        };
        SharedPhotoList: {
            data: components["schemas"]["SharedPhoto"][];
            pagination: components["schemas"]["Pagination"];
        };
        SharedSelection: {
            state: components["schemas"]["SelectionState"];
            /** Format: date-time */
            validated_at: string | null;
            min: number;
            max: number | null;
            count: number;
            photo_ids: string[];
        };
        SharedSelectionResponse: {
            data: components["schemas"]["SharedSelection"];
        };
        ShareAccessRequest: {
            password: string;
        };
        ShareAccessResponse: {
            data: {
                /** @description Send as `X-Share-Access-Token`. */
                access_token: string;
                /** Format: date-time */
                expires_at: string;
            };
        };
        /**
         * @description The events a webhook can subscribe to.
         * @example gallery.created
         * @enum {string}
         */
        EventType: "gallery.created" | "gallery.viewed" | "gallery.downloaded" | "gallery.validated" | "gallery.expired" | "gallery.deleted";
        /** @example evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f */
        EventIdValue: string;
        /**
         * Format: uri
         * @description Where to POST events: an absolute `http(s)` URL without credentials. In
         *     production it must be `https`, and a literal address (or `localhost`) in
         *     a loopback, private, link-local, unique-local or metadata range is
         *     refused with `400` naming the reason. Host names are not resolved when the
         *     URL is saved (an unresolvable one fails its delivery attempts instead);
         *     every delivery checks each address the name resolves to.
         * @example https://example.com/webhooks
         */
        WebhookUrl: string;
        Webhook: {
            /** Format: uuid */
            id: string;
            livemode: components["schemas"]["Livemode"];
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["EventType"][];
            description: string | null;
            enabled: boolean;
            /** @description Why PikSend disabled the endpoint (failed the whole retry schedule, or answered 410). */
            disabled_reason: string | null;
            /**
             * Format: date-time
             * @description While set, deliveries are also signed with the previous secret.
             */
            previous_secret_expires_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            livemode: components["schemas"]["Livemode"];
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["EventType"][];
            description: string | null;
            enabled: boolean;
            disabled_reason: string | null;
            /** Format: date-time */
            previous_secret_expires_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The signing secret. Shown only on creation and rotation. */
            secret: string;
        };
        WebhookCreate: {
            url: components["schemas"]["WebhookUrl"];
            events: components["schemas"]["EventType"][];
            description?: string | null;
        };
        WebhookUpdate: {
            url?: components["schemas"]["WebhookUrl"];
            events?: components["schemas"]["EventType"][];
            description?: string | null;
            enabled?: boolean;
        };
        WebhookRotateSecret: {
            /**
             * @description How long the old secret stays valid (0 revokes it at once, at most 24 h).
             * @default 3600
             */
            overlap_seconds: number;
        };
        WebhookResponse: {
            data: components["schemas"]["Webhook"];
        };
        WebhookWithSecretResponse: {
            data: components["schemas"]["WebhookWithSecret"];
        };
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description `pending` waits for its next attempt, `succeeded` got a 2xx, `failed` exhausted its retries or its endpoint was disabled.
         * @example failed
         * @enum {string}
         */
        DeliveryStatus: "pending" | "succeeded" | "failed";
        DeliveryAttempt: {
            /** Format: date-time */
            attempted_at: string;
            duration_ms: number;
            status_code: number | null;
            /** @description The first 2 KB of the receiver's answer, as UTF-8 text; bytes that are not valid UTF-8, and NUL, read as U+FFFD (�). */
            response_body: string | null;
            /** @description Network error or timeout, when there was no HTTP answer. */
            error: string | null;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            livemode: components["schemas"]["Livemode"];
            /** Format: uuid */
            webhook_id: string;
            event_id: components["schemas"]["EventIdValue"];
            /** @enum {string} */
            event_type: "gallery.created" | "gallery.viewed" | "gallery.downloaded" | "gallery.validated" | "gallery.expired" | "gallery.deleted" | "webhook.test";
            status: components["schemas"]["DeliveryStatus"];
            attempt_count: number;
            /** Format: date-time */
            next_attempt_at: string | null;
            last_status_code: number | null;
            attempts: components["schemas"]["DeliveryAttempt"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WebhookDeliveryResponse: {
            data: components["schemas"]["WebhookDelivery"];
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Fields shared by every event. */
        EventEnvelope: {
            id: components["schemas"]["EventIdValue"];
            livemode: components["schemas"]["Livemode"];
            type: string;
            /**
             * @description The event's place in your account's event stream: 1, 2, 3… in the
             *     order the changes were committed, with no gaps. Sort by it, and a
             *     jump tells you an event is missing (fetch it from `GET /events`).
             *     `webhook.test` events are outside the stream and carry 0.
             */
            sequence: number;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            api_version: "v1";
            /** @description Event-specific payload; always has the gallery (except `webhook.test`). */
            data: Record<string, never>;
        };
        /** @description Who viewed or downloaded; never the raw IP address. */
        Visitor: {
            /** @description Salted hash of the visitor, stable within a gallery. */
            visitor_hash: string;
            user_agent: string | null;
        };
        GalleryEventData: {
            gallery: components["schemas"]["Gallery"];
        };
        /**
         * @example {
         *       "id": "evt_0a1b2c3d4e5f60718293a4b5c6d7e8f9",
         *       "livemode": true,
         *       "type": "gallery.created",
         *       "sequence": 41,
         *       "created_at": "2026-06-21T10:00:00Z",
         *       "api_version": "v1",
         *       "data": {
         *         "gallery": {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "livemode": true,
         *           "name": "Smith Wedding",
         *           "client": {
         *             "name": "Jane Smith",
         *             "email": "jane@example.com"
         *           },
         *           "event_date": "2026-06-20",
         *           "status": "active",
         *           "photo_count": 0,
         *           "cover_photo_id": null,
         *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
         *           "password_protected": true,
         *           "download_settings": {
         *             "enabled": true,
         *             "allow_zip": true
         *           },
         *           "selection": {
         *             "enabled": true,
         *             "min": 20,
         *             "max": 50,
         *             "state": "open",
         *             "validated_at": null
         *           },
         *           "counters": {
         *             "views": 0,
         *             "downloads": 0,
         *             "favorites": 0
         *           },
         *           "expires_at": "2099-12-31T23:59:59Z",
         *           "created_at": "2026-06-21T10:00:00Z",
         *           "updated_at": "2026-06-21T10:00:00Z"
         *         }
         *       }
         *     }
         */
        GalleryCreatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "gallery.created";
            data?: components["schemas"]["GalleryEventData"];
        };
        GalleryViewedEventData: {
            gallery: components["schemas"]["Gallery"];
            visitor: components["schemas"]["Visitor"];
        };
        /**
         * @example {
         *       "id": "evt_1b2c3d4e5f60718293a4b5c6d7e8f90a",
         *       "livemode": true,
         *       "type": "gallery.viewed",
         *       "sequence": 42,
         *       "created_at": "2026-06-22T08:15:00Z",
         *       "api_version": "v1",
         *       "data": {
         *         "gallery": {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "livemode": true,
         *           "name": "Smith Wedding",
         *           "client": {
         *             "name": "Jane Smith",
         *             "email": "jane@example.com"
         *           },
         *           "event_date": "2026-06-20",
         *           "status": "active",
         *           "photo_count": 248,
         *           "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
         *           "password_protected": true,
         *           "download_settings": {
         *             "enabled": true,
         *             "allow_zip": true
         *           },
         *           "selection": {
         *             "enabled": true,
         *             "min": 20,
         *             "max": 50,
         *             "state": "open",
         *             "validated_at": null
         *           },
         *           "counters": {
         *             "views": 31,
         *             "downloads": 4,
         *             "favorites": 27
         *           },
         *           "expires_at": "2099-12-31T23:59:59Z",
         *           "created_at": "2026-06-21T10:00:00Z",
         *           "updated_at": "2026-06-22T08:15:00Z"
         *         },
         *         "visitor": {
         *           "visitor_hash": "5f4dcc3b5aa765d61d8327deb882cf99",
         *           "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1"
         *         }
         *       }
         *     }
         */
        GalleryViewedEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "gallery.viewed";
            data?: components["schemas"]["GalleryViewedEventData"];
        };
        GalleryDownloadedEventData: {
            gallery: components["schemas"]["Gallery"];
            photo_ids: string[];
            /** @description True when the whole gallery was downloaded as one zip. */
            zip: boolean;
            visitor: components["schemas"]["Visitor"];
        };
        /**
         * @example {
         *       "id": "evt_2c3d4e5f60718293a4b5c6d7e8f90a1b",
         *       "livemode": true,
         *       "type": "gallery.downloaded",
         *       "sequence": 43,
         *       "created_at": "2026-06-22T08:20:00Z",
         *       "api_version": "v1",
         *       "data": {
         *         "gallery": {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "livemode": true,
         *           "name": "Smith Wedding",
         *           "client": {
         *             "name": "Jane Smith",
         *             "email": "jane@example.com"
         *           },
         *           "event_date": "2026-06-20",
         *           "status": "active",
         *           "photo_count": 248,
         *           "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
         *           "password_protected": true,
         *           "download_settings": {
         *             "enabled": true,
         *             "allow_zip": true
         *           },
         *           "selection": {
         *             "enabled": true,
         *             "min": 20,
         *             "max": 50,
         *             "state": "open",
         *             "validated_at": null
         *           },
         *           "counters": {
         *             "views": 31,
         *             "downloads": 4,
         *             "favorites": 27
         *           },
         *           "expires_at": "2099-12-31T23:59:59Z",
         *           "created_at": "2026-06-21T10:00:00Z",
         *           "updated_at": "2026-06-22T08:15:00Z"
         *         },
         *         "photo_ids": [
         *           "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"
         *         ],
         *         "zip": false,
         *         "visitor": {
         *           "visitor_hash": "5f4dcc3b5aa765d61d8327deb882cf99",
         *           "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1"
         *         }
         *       }
         *     }
         */
        GalleryDownloadedEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "gallery.downloaded";
            data?: components["schemas"]["GalleryDownloadedEventData"];
        };
        GalleryValidatedEventData: {
            gallery: components["schemas"]["Gallery"];
            /** @description The validated photos. */
            selection: {
                /** Format: uuid */
                id: string;
                filename: string;
            }[];
        };
        /**
         * @example {
         *       "id": "evt_3d4e5f60718293a4b5c6d7e8f90a1b2c",
         *       "livemode": true,
         *       "type": "gallery.validated",
         *       "sequence": 44,
         *       "created_at": "2026-07-02T19:45:00Z",
         *       "api_version": "v1",
         *       "data": {
         *         "gallery": {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "livemode": true,
         *           "name": "Smith Wedding",
         *           "client": {
         *             "name": "Jane Smith",
         *             "email": "jane@example.com"
         *           },
         *           "event_date": "2026-06-20",
         *           "status": "active",
         *           "photo_count": 248,
         *           "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
         *           "password_protected": true,
         *           "download_settings": {
         *             "enabled": true,
         *             "allow_zip": true
         *           },
         *           "selection": {
         *             "enabled": true,
         *             "min": 20,
         *             "max": 50,
         *             "state": "validated",
         *             "validated_at": "2026-07-02T19:45:00Z"
         *           },
         *           "counters": {
         *             "views": 31,
         *             "downloads": 4,
         *             "favorites": 27
         *           },
         *           "expires_at": "2099-12-31T23:59:59Z",
         *           "created_at": "2026-06-21T10:00:00Z",
         *           "updated_at": "2026-07-02T19:45:00Z"
         *         },
         *         "selection": [
         *           {
         *             "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *             "filename": "DSC_0042.jpg"
         *           },
         *           {
         *             "id": "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f",
         *             "filename": "DSC_0107.jpg"
         *           }
         *         ]
         *       }
         *     }
         */
        GalleryValidatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "gallery.validated";
            data?: components["schemas"]["GalleryValidatedEventData"];
        };
        /**
         * @example {
         *       "id": "evt_4e5f60718293a4b5c6d7e8f90a1b2c3d",
         *       "livemode": true,
         *       "type": "gallery.expired",
         *       "sequence": 45,
         *       "created_at": "2026-09-30T23:59:59Z",
         *       "api_version": "v1",
         *       "data": {
         *         "gallery": {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "livemode": true,
         *           "name": "Smith Wedding",
         *           "client": {
         *             "name": "Jane Smith",
         *             "email": "jane@example.com"
         *           },
         *           "event_date": "2026-06-20",
         *           "status": "expired",
         *           "photo_count": 248,
         *           "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
         *           "password_protected": true,
         *           "download_settings": {
         *             "enabled": true,
         *             "allow_zip": true
         *           },
         *           "selection": {
         *             "enabled": true,
         *             "min": 20,
         *             "max": 50,
         *             "state": "open",
         *             "validated_at": null
         *           },
         *           "counters": {
         *             "views": 31,
         *             "downloads": 4,
         *             "favorites": 27
         *           },
         *           "expires_at": "2026-09-30T23:59:59Z",
         *           "created_at": "2026-06-21T10:00:00Z",
         *           "updated_at": "2026-09-30T23:59:59Z"
         *         }
         *       }
         *     }
         */
        GalleryExpiredEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "gallery.expired";
            data?: components["schemas"]["GalleryEventData"];
        };
        /**
         * @example {
         *       "id": "evt_5f60718293a4b5c6d7e8f90a1b2c3d4e",
         *       "livemode": true,
         *       "type": "gallery.deleted",
         *       "sequence": 46,
         *       "created_at": "2026-10-15T09:00:00Z",
         *       "api_version": "v1",
         *       "data": {
         *         "gallery": {
         *           "id": "550e8400-e29b-41d4-a716-446655440000",
         *           "livemode": true,
         *           "name": "Smith Wedding",
         *           "client": {
         *             "name": "Jane Smith",
         *             "email": "jane@example.com"
         *           },
         *           "event_date": "2026-06-20",
         *           "status": "active",
         *           "photo_count": 248,
         *           "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
         *           "password_protected": true,
         *           "download_settings": {
         *             "enabled": true,
         *             "allow_zip": true
         *           },
         *           "selection": {
         *             "enabled": true,
         *             "min": 20,
         *             "max": 50,
         *             "state": "open",
         *             "validated_at": null
         *           },
         *           "counters": {
         *             "views": 31,
         *             "downloads": 4,
         *             "favorites": 27
         *           },
         *           "expires_at": "2099-12-31T23:59:59Z",
         *           "created_at": "2026-06-21T10:00:00Z",
         *           "updated_at": "2026-06-22T08:15:00Z"
         *         }
         *       }
         *     }
         */
        GalleryDeletedEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "gallery.deleted";
            data?: components["schemas"]["GalleryEventData"];
        };
        WebhookTestEventData: {
            /** Format: uuid */
            webhook_id: string;
            /** @example This is a test event from PikSend. */
            message: string;
        };
        /**
         * @example {
         *       "id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
         *       "livemode": true,
         *       "type": "webhook.test",
         *       "sequence": 0,
         *       "created_at": "2026-06-05T08:00:00Z",
         *       "api_version": "v1",
         *       "data": {
         *         "webhook_id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
         *         "message": "This is a test event from PikSend."
         *       }
         *     }
         */
        WebhookTestEvent: components["schemas"]["EventEnvelope"] & {
            /** @enum {string} */
            type?: "webhook.test";
            data?: components["schemas"]["WebhookTestEventData"];
        };
        /** @description One event, as delivered to webhooks. */
        Event: components["schemas"]["GalleryCreatedEvent"] | components["schemas"]["GalleryViewedEvent"] | components["schemas"]["GalleryDownloadedEvent"] | components["schemas"]["GalleryValidatedEvent"] | components["schemas"]["GalleryExpiredEvent"] | components["schemas"]["GalleryDeletedEvent"];
        EventResponse: {
            data: components["schemas"]["Event"];
        };
        EventList: {
            data: components["schemas"]["Event"][];
            livemode: components["schemas"]["Livemode"];
            pagination: components["schemas"]["Pagination"];
        };
    };
    responses: {
        /** @description Invalid request parameters (here, the public documentation's own example of a malformed id). */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid gallery ID format",
                 *         "details": {
                 *           "field": "id",
                 *           "issue": "Must be a valid UUID"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestBody: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid request body field 'name'",
                 *         "details": {
                 *           "field": "name",
                 *           "issue": "Is required"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestEventId: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid event ID format",
                 *         "details": {
                 *           "field": "id",
                 *           "issue": "Has an invalid format"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestPagination: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid query parameter 'per_page'",
                 *         "details": {
                 *           "field": "per_page",
                 *           "issue": "Must be at most 100"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestQuery: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid query parameter 'verbose'",
                 *         "details": {
                 *           "field": "verbose",
                 *           "issue": "Is not a known query parameter"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestShareToken: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid share token format",
                 *         "details": {
                 *           "field": "token",
                 *           "issue": "Has an invalid format"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestWebhookBody: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid request body field 'events[0]'",
                 *         "details": {
                 *           "field": "events[0]",
                 *           "issue": "Must be one of: gallery.created, gallery.viewed, gallery.downloaded, gallery.validated, gallery.expired, gallery.deleted"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid request parameters. */
        BadRequestWebhookId: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_request",
                 *         "message": "Invalid webhook ID format",
                 *         "details": {
                 *           "field": "id",
                 *           "issue": "Must be a valid UUID"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Missing or invalid API key. A key that was rolled (`piksend keys roll`)
         *     and whose grace period ended gets its own message, `This API key
         *     expired at <time> (it was rolled): use the key that replaced it`, with
         *     `details.expired_at`; an unknown or revoked key gets `Invalid or revoked
         *     API key`.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "Missing or invalid API key",
                 *         "details": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The gallery is password-protected and the access token is missing, invalid or expired. */
        ShareAccessRequired: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "This gallery is password-protected",
                 *         "details": {
                 *           "unlock": "/api/v1/share/Zk3xQ9mP2vR7tL8w/access"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The password is wrong. */
        InvalidPassword: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "Wrong password",
                 *         "details": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The account is not on the Pro plan. */
        PlanRequired: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "plan_required",
                 *         "message": "API access requires the Pro plan",
                 *         "details": {
                 *           "plan": "free"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The photographer disabled downloads (or zip downloads) for this gallery. */
        DownloadsDisabled: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "downloads_disabled",
                 *         "message": "Downloads are disabled for this gallery",
                 *         "details": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Resource not found. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "not_found",
                 *         "message": "Gallery not found",
                 *         "details": {
                 *           "id": "550e8400-e29b-41d4-a716-446655440000"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource is not in a state that allows the change. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "conflict",
                 *         "message": "An expired gallery is reactivated by moving expires_at to the future",
                 *         "details": {
                 *           "field": "status"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The gallery has no password, so there is no access token to get; its share link opens it as it is. */
        NothingToUnlock: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "conflict",
                 *         "message": "This gallery has no password: its share link opens it without an access token",
                 *         "details": {
                 *           "password_protected": false
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The selection was validated and can no longer change. */
        SelectionLocked: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "selection_locked",
                 *         "message": "The selection was already validated",
                 *         "details": {
                 *           "validated_at": "2026-07-02T19:45:00Z"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The gallery has expired. */
        GalleryExpired: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "gallery_expired",
                 *         "message": "This gallery has expired",
                 *         "details": {
                 *           "expired_at": "2026-06-30T23:59:59Z"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body or an uploaded file is too large. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "payload_too_large",
                 *         "message": "Request body exceeds 1048576 bytes",
                 *         "details": {
                 *           "limit_bytes": 1048576
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body's content type, or an uploaded file's real type, is not accepted. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unsupported_media_type",
                 *         "message": "Content-Type must be application/json",
                 *         "details": {
                 *           "received": "text/plain"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The selection rules contradict each other (`min` above `max`). */
        SelectionRulesInvalid: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "selection_invalid",
                 *         "message": "selection.min cannot be greater than selection.max",
                 *         "details": {
                 *           "field": "selection",
                 *           "min": 10,
                 *           "max": 2
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too few or too many photos are selected for the gallery's `min` and `max`. */
        SelectionCountInvalid: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "selection_invalid",
                 *         "message": "Select between 20 and 50 photos",
                 *         "details": {
                 *           "count": 12,
                 *           "min": 20,
                 *           "max": 50
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "rate_limited",
                 *         "message": "Rate limit exceeded, retry in 17 seconds",
                 *         "details": {
                 *           "limit": 600,
                 *           "retry_after": 17
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource changed since the `ETag` sent in `If-Match` (or does not exist, for `If-Match` `*`); nothing was changed. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "precondition_failed",
                 *         "message": "The gallery changed since that ETag; read it again before changing it",
                 *         "details": {
                 *           "if_match": "\"kq0xN2vT7yPz4mLcAd3Jb8\""
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The first request with this `Idempotency-Key` is still running; retry after a moment (you will get its answer). */
        IdempotencyKeyInUse: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "idempotency_key_in_use",
                 *         "message": "A request with this Idempotency-Key is still running; retry in a moment",
                 *         "details": {
                 *           "idempotency_key": "5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description This `Idempotency-Key` was used for a different request (method, path or body); use a new key for a new request. */
        IdempotencyKeyReused: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "idempotency_key_reused",
                 *         "message": "This Idempotency-Key was used for a different request",
                 *         "details": {
                 *           "idempotency_key": "5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The photo store or the database is full (or not writable), so nothing
         *     was stored: the request changed nothing and can be sent again once an
         *     operator has made room. Never a server path in the answer.
         */
        InsufficientStorage: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "insufficient_storage",
                 *         "message": "There is no room to store this right now; nothing was stored",
                 *         "details": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A passing fault: the photo store did not answer, or the server is
         *     already processing as many images as it can hold in memory. Nothing
         *     was stored; send the request again after `Retry-After` seconds.
         */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "service_unavailable",
                 *         "message": "The server is processing as many images as it can; retry in 5 seconds",
                 *         "details": {
                 *           "retry_after": 5
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "Something went wrong on our side",
                 *         "details": {
                 *           "request_id": "req_01J0F8Z6Q9V7X2M4N5P8R1T3W6"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not modified: the `If-None-Match` ETag still matches, nothing this answer shows has changed. No body. Not counted against the rate limit (`X-RateLimit-Remaining` shows the budget without it). */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not modified: the `If-None-Match` ETag still matches, nothing this answer shows has changed. No body. */
        NotModifiedNoKey: {
            headers: {
                ETag: components["headers"]["ETag"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Not modified: the `If-None-Match` ETag still matches, nothing this answer shows has changed. No body. Counted against the share link's rate limit like any request to it. */
        NotModifiedShareLink: {
            headers: {
                ETag: components["headers"]["ETag"];
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Page number (default 1).
         * @example 1
         */
        Page: number;
        /**
         * @description Items per page (default 20, max 100).
         * @example 20
         */
        PerPage: number;
        /**
         * @description Filter by status: active, archived or expired.
         * @example active
         */
        GalleryStatusFilter: components["schemas"]["GalleryStatus"];
        /**
         * @description Search by gallery name (case-insensitive substring; `%` and `_` match themselves).
         * @example wedding
         */
        GallerySearch: string;
        /**
         * @description The gallery's id.
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        GalleryId: string;
        /**
         * @description The photo's id.
         * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
         */
        PhotoId: string;
        /**
         * @description The webhook's id.
         * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
         */
        WebhookId: string;
        /**
         * @description The delivery's id.
         * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
         */
        DeliveryId: string;
        /**
         * @description The event's id.
         * @example evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f
         */
        EventId: components["schemas"]["EventIdValue"];
        /**
         * @description The access token of a password-protected gallery, for requests that
         *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
         *     preview, a download link. The preview URLs listed for a protected
         *     gallery already carry it.
         * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
         */
        ShareAccessTokenQuery: string;
        /**
         * @description The token at the end of the gallery's `share_url`.
         * @example Zk3xQ9mP2vR7tL8w
         */
        ShareToken: string;
        /**
         * @description `thumbnail` (400 px on the longer side) or `web` (1600 px, the default). Previews are WebP, made at upload.
         * @example thumbnail
         */
        PreviewSize: "thumbnail" | "web";
        /**
         * @description `true`: only the photos the client marked as favourites (an empty selection answers `404`). Default: every photo.
         * @example false
         */
        ZipSelection: boolean;
        /**
         * @description `csv` (default) or `lightroom` (comma-separated filenames for Lightroom and Capture One).
         * @example csv
         */
        ExportFormat: "csv" | "lightroom";
        /**
         * @description Only this kind of activity.
         * @example photo.downloaded
         */
        ActivityTypeFilter: components["schemas"]["ActivityType"];
        /**
         * @description Only events of this type.
         * @example gallery.validated
         */
        EventTypeFilter: components["schemas"]["EventType"];
        /**
         * @description Only events created at or after this time.
         * @example 2026-07-01T00:00:00Z
         */
        CreatedAfter: string;
        /**
         * @description Only events created before this time.
         * @example 2026-08-01T00:00:00Z
         */
        CreatedBefore: string;
        /**
         * @description Only deliveries in this state.
         * @example failed
         */
        DeliveryStatusFilter: components["schemas"]["DeliveryStatus"];
        /**
         * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>`, one `v1=` per active secret. The HMAC key is the whole secret string, `whsec_` prefix included, as UTF-8 bytes.
         * @example t=1700000000,v1=b365a52bafa5e889d18f761025449885cf25b3f4e400b95279202d02e285054c
         */
        WebhookSignatureHeader: string;
        /**
         * @description The event type, e.g. `gallery.created`.
         * @example gallery.created
         */
        WebhookEventHeader: string;
        /**
         * @description The delivery id (one per endpoint and event; a redelivery has its own). Look it up with `GET /webhooks/{id}/deliveries/{delivery_id}`.
         * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
         */
        WebhookDeliveryHeader: string;
        /**
         * @description Standard Webhooks message id = the event id, the same on every retry and redelivery. De-duplicate on it.
         * @example evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f
         */
        StandardWebhookIdHeader: string;
        /**
         * @description Unix seconds when this attempt was signed (the same `t` as in `X-PikSend-Signature`).
         * @example 1700000000
         */
        StandardWebhookTimestampHeader: string;
        /**
         * @description Standard Webhooks signature(s), space-separated, one `v1,<base64>` per
         *     active secret: base64(HMAC-SHA256(key, `<webhook-id>.<webhook-timestamp>.<raw body>`)),
         *     where the key is the base64-decoded part of the secret after `whsec_`
         *     (what the `standardwebhooks` libraries do with the secret as given).
         * @example v1,XYp/y3k4dLyPUn5bXfspDMkzJTnbuZscopw0zsxfxhY=
         */
        StandardWebhookSignatureHeader: string;
        /**
         * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
         * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
         */
        IfNoneMatch: string;
        /**
         * @description Change or delete the resource only if it is still the one you read:
         *     send the `ETag` its `GET` (or your last write to it) returned. If the
         *     resource changed since — another tool edited it, a client viewed the
         *     gallery — the API answers `412 precondition_failed` and changes
         *     nothing: read it again, and decide. `*` means "if it exists" (`412`
         *     when it does not).
         * @example "kq0xN2vT7yPz4mLcAd3Jb8"
         */
        IfMatch: string;
        /**
         * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
         *     unique value per logical request (a UUID is ideal), the same on every
         *     retry of it. The first request runs and its answer — status,
         *     documented headers, body — is kept with a fingerprint of the request
         *     (method, path and body; for an upload, its files' SHA-256 and names)
         *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
         *     the same request gets that answer again, with `Idempotent-Replayed:
         *     true`, and runs nothing: no second gallery, no second event, no second
         *     webhook. The same key with a different request answers `422`
         *     (`idempotency_key_reused`); while the first request is still running,
         *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
         *     your account (share-link routes: to the shared gallery). Errors are
         *     not kept: a request that failed runs again when retried.
         * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Unique id of this request; quote it to support.
         * @example req_01J0F8Z6Q9V7X2M4N5P8R1T3W6
         */
        XRequestId: string;
        /**
         * @description Requests allowed per window: for the account in the key's mode (all its API keys of that mode share it), or, on the share-link routes, for the link and the client's address (`SHARE_REQUESTS_PER_MINUTE`).
         * @example 600
         */
        XRateLimitLimit: number;
        /**
         * @description Requests left in the current window.
         * @example 599
         */
        XRateLimitRemaining: number;
        /**
         * @description Unix time (seconds) when the current window resets.
         * @example 1782900060
         */
        XRateLimitReset: number;
        /**
         * @description Seconds to wait before retrying.
         * @example 17
         */
        RetryAfter: number;
        /**
         * @description The resource's own validator (strong), to send back in `If-Match` when changing or deleting it; it changes with every change to the resource.
         * @example "kq0xN2vT7yPz4mLcAd3Jb8"
         */
        ResourceETag: string;
        /**
         * @description Previews never change once made (a new upload is a new photo id), so the browser may keep them for a day without asking again.
         * @example private, max-age=86400, immutable
         */
        PreviewCacheControl: "private, max-age=86400, immutable";
        /**
         * @description URL of the created resource.
         * @example /api/v1/galleries/550e8400-e29b-41d4-a716-446655440000
         */
        Location: string;
        /**
         * @description `attachment` with the file name to save as.
         * @example attachment; filename="smith-wedding-selection.csv"
         */
        ContentDisposition: string;
        /**
         * @description Validator of this answer (a weak ETag). Send it back in `If-None-Match`: while nothing the answer shows has changed, the API answers `304 Not Modified` without a body.
         * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
         */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service and its database are up (`status` is `degraded` if only the shared rate-limit store is down). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "1.0.0",
                     *       "database": {
                     *         "status": "up",
                     *         "latency_ms": 1
                     *       },
                     *       "rate_limiter": {
                     *         "store": "memory",
                     *         "status": "up"
                     *       },
                     *       "storage": {
                     *         "kind": "local",
                     *         "status": "up"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            304: components["responses"]["NotModifiedNoKey"];
            400: components["responses"]["BadRequestQuery"];
            500: components["responses"]["InternalError"];
            /** @description The database is unreachable. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "degraded",
                     *       "version": "1.0.0",
                     *       "database": {
                     *         "status": "down",
                     *         "latency_ms": null
                     *       },
                     *       "rate_limiter": {
                     *         "store": "memory",
                     *         "status": "up"
                     *       },
                     *       "storage": {
                     *         "kind": "local",
                     *         "status": "up"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key's account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "6ba7b810-9dad-41d1-80b4-00c04fd430c8",
                     *         "livemode": true,
                     *         "email": "studio@example.com",
                     *         "plan": "pro",
                     *         "rate_limit": {
                     *           "limit": 600,
                     *           "window_seconds": 60
                     *         },
                     *         "created_at": "2026-01-15T09:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestQuery"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listGalleries: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Filter by status: active, archived or expired.
                 * @example active
                 */
                status?: components["parameters"]["GalleryStatusFilter"];
                /**
                 * @description Search by gallery name (case-insensitive substring; `%` and `_` match themselves).
                 * @example wedding
                 */
                search?: components["parameters"]["GallerySearch"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of galleries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "550e8400-e29b-41d4-a716-446655440000",
                     *           "livemode": true,
                     *           "name": "Smith Wedding",
                     *           "client": {
                     *             "name": "Jane Smith",
                     *             "email": "jane@example.com"
                     *           },
                     *           "event_date": "2026-06-20",
                     *           "status": "active",
                     *           "photo_count": 248,
                     *           "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *           "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
                     *           "password_protected": true,
                     *           "download_settings": {
                     *             "enabled": true,
                     *             "allow_zip": true
                     *           },
                     *           "selection": {
                     *             "enabled": true,
                     *             "min": 20,
                     *             "max": 50,
                     *             "state": "open",
                     *             "validated_at": null
                     *           },
                     *           "counters": {
                     *             "views": 31,
                     *             "downloads": 4,
                     *             "favorites": 27
                     *           },
                     *           "expires_at": "2099-12-31T23:59:59Z",
                     *           "created_at": "2026-06-21T10:00:00Z",
                     *           "updated_at": "2026-06-22T08:15:00Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GalleryList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestPagination"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createGallery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Smith Wedding",
                 *       "client": {
                 *         "name": "Jane Smith",
                 *         "email": "jane@example.com"
                 *       },
                 *       "event_date": "2026-06-20",
                 *       "expires_at": "2099-12-31T23:59:59Z",
                 *       "password": "correct horse",
                 *       "download_settings": {
                 *         "enabled": true,
                 *         "allow_zip": true
                 *       },
                 *       "selection": {
                 *         "enabled": true,
                 *         "min": 20,
                 *         "max": 50
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GalleryCreate"];
            };
        };
        responses: {
            /** @description The gallery was created. */
            201: {
                headers: {
                    ETag: components["headers"]["ResourceETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "livemode": true,
                     *         "name": "Smith Wedding",
                     *         "client": {
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com"
                     *         },
                     *         "event_date": "2026-06-20",
                     *         "status": "active",
                     *         "photo_count": 0,
                     *         "cover_photo_id": null,
                     *         "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
                     *         "password_protected": true,
                     *         "download_settings": {
                     *           "enabled": true,
                     *           "allow_zip": true
                     *         },
                     *         "selection": {
                     *           "enabled": true,
                     *           "min": 20,
                     *           "max": 50,
                     *           "state": "open",
                     *           "validated_at": null
                     *         },
                     *         "counters": {
                     *           "views": 0,
                     *           "downloads": 0,
                     *           "favorites": 0
                     *         },
                     *         "expires_at": "2099-12-31T23:59:59Z",
                     *         "created_at": "2026-06-21T10:00:00Z",
                     *         "updated_at": "2026-06-21T10:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GalleryResponse"];
                };
            };
            400: components["responses"]["BadRequestBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["SelectionRulesInvalid"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getGallery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gallery. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "livemode": true,
                     *         "name": "Smith Wedding",
                     *         "client": {
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com"
                     *         },
                     *         "event_date": "2026-06-20",
                     *         "status": "active",
                     *         "photo_count": 248,
                     *         "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *         "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
                     *         "password_protected": true,
                     *         "download_settings": {
                     *           "enabled": true,
                     *           "allow_zip": true
                     *         },
                     *         "selection": {
                     *           "enabled": true,
                     *           "min": 20,
                     *           "max": 50,
                     *           "state": "validated",
                     *           "validated_at": "2026-07-02T19:45:00Z"
                     *         },
                     *         "counters": {
                     *           "views": 31,
                     *           "downloads": 4,
                     *           "favorites": 27
                     *         },
                     *         "expires_at": "2099-12-31T23:59:59Z",
                     *         "created_at": "2026-06-21T10:00:00Z",
                     *         "updated_at": "2026-07-02T19:45:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GalleryResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteGallery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change or delete the resource only if it is still the one you read:
                 *     send the `ETag` its `GET` (or your last write to it) returned. If the
                 *     resource changed since — another tool edited it, a client viewed the
                 *     gallery — the API answers `412 precondition_failed` and changes
                 *     nothing: read it again, and decide. `*` means "if it exists" (`412`
                 *     when it does not).
                 * @example "kq0xN2vT7yPz4mLcAd3Jb8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gallery was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateGallery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change or delete the resource only if it is still the one you read:
                 *     send the `ETag` its `GET` (or your last write to it) returned. If the
                 *     resource changed since — another tool edited it, a client viewed the
                 *     gallery — the API answers `412 precondition_failed` and changes
                 *     nothing: read it again, and decide. `*` means "if it exists" (`412`
                 *     when it does not).
                 * @example "kq0xN2vT7yPz4mLcAd3Jb8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Smith Wedding — final",
                 *       "status": "archived",
                 *       "expires_at": null,
                 *       "password": null
                 *     }
                 */
                "application/json": components["schemas"]["GalleryUpdate"];
            };
        };
        responses: {
            /** @description The updated gallery. */
            200: {
                headers: {
                    ETag: components["headers"]["ResourceETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "livemode": true,
                     *         "name": "Smith Wedding — final",
                     *         "client": {
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com"
                     *         },
                     *         "event_date": "2026-06-20",
                     *         "status": "archived",
                     *         "photo_count": 248,
                     *         "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *         "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
                     *         "password_protected": false,
                     *         "download_settings": {
                     *           "enabled": true,
                     *           "allow_zip": true
                     *         },
                     *         "selection": {
                     *           "enabled": true,
                     *           "min": 20,
                     *           "max": 50,
                     *           "state": "open",
                     *           "validated_at": null
                     *         },
                     *         "counters": {
                     *           "views": 31,
                     *           "downloads": 4,
                     *           "favorites": 27
                     *         },
                     *         "expires_at": null,
                     *         "created_at": "2026-06-21T10:00:00Z",
                     *         "updated_at": "2026-07-10T12:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GalleryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["SelectionRulesInvalid"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listPhotos: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of photos. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *           "livemode": true,
                     *           "gallery_id": "550e8400-e29b-41d4-a716-446655440000",
                     *           "filename": "DSC_0042.jpg",
                     *           "content_type": "image/jpeg",
                     *           "bytes": 5242880,
                     *           "width": 6000,
                     *           "height": 4000,
                     *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *           "position": 1,
                     *           "created_at": "2026-06-21T10:05:00Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PhotoList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadPhotos: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PhotoUpload"];
            };
        };
        responses: {
            /** @description The stored photos, in upload order. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *           "livemode": true,
                     *           "gallery_id": "550e8400-e29b-41d4-a716-446655440000",
                     *           "filename": "DSC_0042.jpg",
                     *           "content_type": "image/jpeg",
                     *           "bytes": 5242880,
                     *           "width": 6000,
                     *           "height": 4000,
                     *           "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *           "position": 1,
                     *           "created_at": "2026-06-21T10:05:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PhotoUploadResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getPhoto: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *         "livemode": true,
                     *         "gallery_id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "filename": "DSC_0042.jpg",
                     *         "content_type": "image/jpeg",
                     *         "bytes": 5242880,
                     *         "width": 6000,
                     *         "height": 4000,
                     *         "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *         "position": 1,
                     *         "created_at": "2026-06-21T10:05:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PhotoResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deletePhoto: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change or delete the resource only if it is still the one you read:
                 *     send the `ETag` its `GET` (or your last write to it) returned. If the
                 *     resource changed since — another tool edited it, a client viewed the
                 *     gallery — the API answers `412 precondition_failed` and changes
                 *     nothing: read it again, and decide. `*` means "if it exists" (`412`
                 *     when it does not).
                 * @example "kq0xN2vT7yPz4mLcAd3Jb8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getPhotoPreview: {
        parameters: {
            query?: {
                /**
                 * @description `thumbnail` (400 px on the longer side) or `web` (1600 px, the default). Previews are WebP, made at upload.
                 * @example thumbnail
                 */
                size?: components["parameters"]["PreviewSize"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview image. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["PreviewCacheControl"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSelection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The selection. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "gallery_id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "livemode": true,
                     *         "state": "validated",
                     *         "validated_at": "2026-07-02T19:45:00Z",
                     *         "min": 20,
                     *         "max": 50,
                     *         "count": 1,
                     *         "photos": [
                     *           {
                     *             "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *             "filename": "DSC_0042.jpg",
                     *             "position": 1,
                     *             "favorited_at": "2026-07-01T18:02:00Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SelectionResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    exportSelection: {
        parameters: {
            query?: {
                /**
                 * @description `csv` (default) or `lightroom` (comma-separated filenames for Lightroom and Capture One).
                 * @example csv
                 */
                format?: components["parameters"]["ExportFormat"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as an attachment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example filename,position,favorited_at
                     *     DSC_0042.jpg,1,2026-07-01T18:02:00Z
                     */
                    "text/csv": string;
                    /** @example DSC_0042, DSC_0057, DSC_0103 */
                    "text/plain": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listGalleryActivity: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Only this kind of activity.
                 * @example photo.downloaded
                 */
                type?: components["parameters"]["ActivityTypeFilter"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The gallery's id.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["GalleryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of activity. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "2c5ea4c0-4067-41fb-a1d1-3a6c4d8f1b2e",
                     *           "type": "photo.downloaded",
                     *           "occurred_at": "2026-07-01T18:10:00Z",
                     *           "visitor_hash": "3b4c5d6e7f8091a2",
                     *           "photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    openSharedGallery: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gallery as the client sees it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "550e8400-e29b-41d4-a716-446655440000",
                     *         "livemode": true,
                     *         "name": "Smith Wedding",
                     *         "event_date": "2026-06-20",
                     *         "photo_count": 248,
                     *         "cover_photo_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *         "download_settings": {
                     *           "enabled": true,
                     *           "allow_zip": true
                     *         },
                     *         "selection": {
                     *           "enabled": true,
                     *           "min": 20,
                     *           "max": 50,
                     *           "state": "open",
                     *           "validated_at": null,
                     *           "count": 12
                     *         },
                     *         "expires_at": "2099-12-31T23:59:59Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SharedGalleryResponse"];
                };
            };
            304: components["responses"]["NotModifiedShareLink"];
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GalleryExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createShareAccessToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse"
                 *     }
                 */
                "application/json": components["schemas"]["ShareAccessRequest"];
            };
        };
        responses: {
            /** @description The access token. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "access_token": "sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c",
                     *         "expires_at": "2026-07-01T20:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ShareAccessResponse"];
                };
            };
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["InvalidPassword"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NothingToUnlock"];
            410: components["responses"]["GalleryExpired"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listSharedPhotos: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of photos. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *           "filename": "DSC_0042.jpg",
                     *           "content_type": "image/jpeg",
                     *           "width": 6000,
                     *           "height": 4000,
                     *           "position": 1,
                     *           "is_favorite": true,
                     *           "thumbnail_url": "/api/v1/share/Zk3xQ9mP2vR7tL8w/photos/7c9e6679-7425-40de-944b-e07fc1f90ae7/preview?size=thumbnail",
                     *           "preview_url": "/api/v1/share/Zk3xQ9mP2vR7tL8w/photos/7c9e6679-7425-40de-944b-e07fc1f90ae7/preview?size=web"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SharedPhotoList"];
                };
            };
            304: components["responses"]["NotModifiedShareLink"];
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GalleryExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSharedPhotoPreview: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
                /**
                 * @description `thumbnail` (400 px on the longer side) or `web` (1600 px, the default). Previews are WebP, made at upload.
                 * @example thumbnail
                 */
                size?: components["parameters"]["PreviewSize"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview image. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["PreviewCacheControl"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            304: components["responses"]["NotModifiedShareLink"];
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GalleryExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadSharedPhoto: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The original, as an attachment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            304: components["responses"]["NotModifiedShareLink"];
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            403: components["responses"]["DownloadsDisabled"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GalleryExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadSharedGallery: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
                /**
                 * @description `true`: only the photos the client marked as favourites (an empty selection answers `404`). Default: every photo.
                 * @example false
                 */
                selection?: components["parameters"]["ZipSelection"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zip, as an attachment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            304: components["responses"]["NotModifiedShareLink"];
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            403: components["responses"]["DownloadsDisabled"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GalleryExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addFavorite: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The selection after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "state": "open",
                     *         "validated_at": null,
                     *         "min": 20,
                     *         "max": 50,
                     *         "count": 13,
                     *         "photo_ids": [
                     *           "7c9e6679-7425-40de-944b-e07fc1f90ae7"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SharedSelectionResponse"];
                };
            };
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SelectionLocked"];
            410: components["responses"]["GalleryExpired"];
            422: components["responses"]["SelectionCountInvalid"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    removeFavorite: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
                /**
                 * @description The photo's id.
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                photo_id: components["parameters"]["PhotoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The selection after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "state": "open",
                     *         "validated_at": null,
                     *         "min": 20,
                     *         "max": 50,
                     *         "count": 12,
                     *         "photo_ids": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SharedSelectionResponse"];
                };
            };
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SelectionLocked"];
            410: components["responses"]["GalleryExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    validateSelection: {
        parameters: {
            query?: {
                /**
                 * @description The access token of a password-protected gallery, for requests that
                 *     cannot carry the `X-Share-Access-Token` header — an `<img>` of a
                 *     preview, a download link. The preview URLs listed for a protected
                 *     gallery already carry it.
                 * @example sat_4f9d0c2b7e1a4d6f8b3c5e7a9d1f2b4c
                 */
                access_token?: components["parameters"]["ShareAccessTokenQuery"];
            };
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The token at the end of the gallery's `share_url`.
                 * @example Zk3xQ9mP2vR7tL8w
                 */
                token: components["parameters"]["ShareToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The validated selection. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "state": "validated",
                     *         "validated_at": "2026-07-02T19:45:00Z",
                     *         "min": 1,
                     *         "max": 50,
                     *         "count": 1,
                     *         "photo_ids": [
                     *           "7c9e6679-7425-40de-944b-e07fc1f90ae7"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SharedSelectionResponse"];
                };
            };
            400: components["responses"]["BadRequestShareToken"];
            401: components["responses"]["ShareAccessRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SelectionLocked"];
            410: components["responses"]["GalleryExpired"];
            422: components["responses"]["SelectionCountInvalid"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of webhooks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *           "livemode": true,
                     *           "url": "https://example.com/webhooks",
                     *           "events": [
                     *             "gallery.created"
                     *           ],
                     *           "description": "CRM sync",
                     *           "enabled": true,
                     *           "disabled_reason": null,
                     *           "previous_secret_expires_at": null,
                     *           "created_at": "2026-06-01T08:00:00Z",
                     *           "updated_at": "2026-06-01T08:00:00Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestPagination"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhooks",
                 *       "events": [
                 *         "gallery.created"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The subscription, with its secret. */
            201: {
                headers: {
                    ETag: components["headers"]["ResourceETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "livemode": true,
                     *         "url": "https://example.com/webhooks",
                     *         "events": [
                     *           "gallery.created"
                     *         ],
                     *         "description": null,
                     *         "enabled": true,
                     *         "disabled_reason": null,
                     *         "previous_secret_expires_at": null,
                     *         "created_at": "2026-06-01T08:00:00Z",
                     *         "updated_at": "2026-06-01T08:00:00Z",
                     *         "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            400: components["responses"]["BadRequestWebhookBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "livemode": true,
                     *         "url": "https://example.com/webhooks",
                     *         "events": [
                     *           "gallery.created",
                     *           "gallery.validated"
                     *         ],
                     *         "description": "CRM sync",
                     *         "enabled": false,
                     *         "disabled_reason": "Every attempt failed for 3 days (last: HTTP 500)",
                     *         "previous_secret_expires_at": null,
                     *         "created_at": "2026-06-01T08:00:00Z",
                     *         "updated_at": "2026-06-04T08:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change or delete the resource only if it is still the one you read:
                 *     send the `ETag` its `GET` (or your last write to it) returned. If the
                 *     resource changed since — another tool edited it, a client viewed the
                 *     gallery — the API answers `412 precondition_failed` and changes
                 *     nothing: read it again, and decide. `*` means "if it exists" (`412`
                 *     when it does not).
                 * @example "kq0xN2vT7yPz4mLcAd3Jb8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Change or delete the resource only if it is still the one you read:
                 *     send the `ETag` its `GET` (or your last write to it) returned. If the
                 *     resource changed since — another tool edited it, a client viewed the
                 *     gallery — the API answers `412 precondition_failed` and changes
                 *     nothing: read it again, and decide. `*` means "if it exists" (`412`
                 *     when it does not).
                 * @example "kq0xN2vT7yPz4mLcAd3Jb8"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "gallery.created",
                 *         "gallery.validated"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The updated webhook. */
            200: {
                headers: {
                    ETag: components["headers"]["ResourceETag"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "livemode": true,
                     *         "url": "https://example.com/webhooks",
                     *         "events": [
                     *           "gallery.created",
                     *           "gallery.validated"
                     *         ],
                     *         "description": "CRM sync",
                     *         "enabled": true,
                     *         "disabled_reason": null,
                     *         "previous_secret_expires_at": null,
                     *         "created_at": "2026-06-01T08:00:00Z",
                     *         "updated_at": "2026-06-05T08:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery was queued; follow it with `GET /webhooks/{id}/deliveries/{delivery_id}`. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
                     *         "livemode": true,
                     *         "webhook_id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "event_id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
                     *         "event_type": "webhook.test",
                     *         "status": "pending",
                     *         "attempt_count": 0,
                     *         "next_attempt_at": "2026-06-05T08:00:00Z",
                     *         "last_status_code": null,
                     *         "attempts": [],
                     *         "created_at": "2026-06-05T08:00:00Z",
                     *         "updated_at": "2026-06-05T08:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "overlap_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["WebhookRotateSecret"];
            };
        };
        responses: {
            /** @description The webhook with its new secret. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "livemode": true,
                     *         "url": "https://example.com/webhooks",
                     *         "events": [
                     *           "gallery.created"
                     *         ],
                     *         "description": null,
                     *         "enabled": true,
                     *         "disabled_reason": null,
                     *         "previous_secret_expires_at": "2026-06-05T09:00:00Z",
                     *         "created_at": "2026-06-01T08:00:00Z",
                     *         "updated_at": "2026-06-05T08:00:00Z",
                     *         "secret": "whsec_Qm9uZXlQZW5ueVN0dWRpbzIwMjZLZXlz"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Only deliveries in this state.
                 * @example failed
                 */
                status?: components["parameters"]["DeliveryStatusFilter"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
                     *           "livemode": true,
                     *           "webhook_id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *           "event_id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
                     *           "event_type": "gallery.created",
                     *           "status": "failed",
                     *           "attempt_count": 2,
                     *           "next_attempt_at": "2026-06-05T08:05:05Z",
                     *           "last_status_code": 500,
                     *           "attempts": [
                     *             {
                     *               "attempted_at": "2026-06-05T08:00:00Z",
                     *               "duration_ms": 182,
                     *               "status_code": 500,
                     *               "response_body": "Internal Server Error",
                     *               "error": null
                     *             },
                     *             {
                     *               "attempted_at": "2026-06-05T08:00:05Z",
                     *               "duration_ms": 15000,
                     *               "status_code": null,
                     *               "response_body": null,
                     *               "error": "Timed out after 15000 ms"
                     *             }
                     *           ],
                     *           "created_at": "2026-06-05T08:00:00Z",
                     *           "updated_at": "2026-06-05T08:00:20Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
                /**
                 * @description The delivery's id.
                 * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
                     *         "livemode": true,
                     *         "webhook_id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "event_id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
                     *         "event_type": "gallery.created",
                     *         "status": "succeeded",
                     *         "attempt_count": 1,
                     *         "next_attempt_at": null,
                     *         "last_status_code": 200,
                     *         "attempts": [
                     *           {
                     *             "attempted_at": "2026-06-05T08:00:00Z",
                     *             "duration_ms": 87,
                     *             "status_code": 200,
                     *             "response_body": "ok",
                     *             "error": null
                     *           }
                     *         ],
                     *         "created_at": "2026-06-05T08:00:00Z",
                     *         "updated_at": "2026-06-05T08:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried POST safe (the IETF `Idempotency-Key` header): send one
                 *     unique value per logical request (a UUID is ideal), the same on every
                 *     retry of it. The first request runs and its answer — status,
                 *     documented headers, body — is kept with a fingerprint of the request
                 *     (method, path and body; for an upload, its files' SHA-256 and names)
                 *     for 24 hours (`IDEMPOTENCY_KEY_HOURS`). A retry with the same key and
                 *     the same request gets that answer again, with `Idempotent-Replayed:
                 *     true`, and runs nothing: no second gallery, no second event, no second
                 *     webhook. The same key with a different request answers `422`
                 *     (`idempotency_key_reused`); while the first request is still running,
                 *     `409` (`idempotency_key_in_use`): retry later. Keys are scoped to
                 *     your account (share-link routes: to the shared gallery). Errors are
                 *     not kept: a request that failed runs again when retried.
                 * @example 5b3c6e1a-2f4d-4c8b-9a7e-0d1f2e3c4b5a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook's id.
                 * @example 3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b
                 */
                id: components["parameters"]["WebhookId"];
                /**
                 * @description The delivery's id.
                 * @example 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d
                 */
                delivery_id: components["parameters"]["DeliveryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new delivery was queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "0e2f5a7c-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
                     *         "livemode": true,
                     *         "webhook_id": "3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b",
                     *         "event_id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
                     *         "event_type": "gallery.created",
                     *         "status": "pending",
                     *         "attempt_count": 0,
                     *         "next_attempt_at": "2026-06-05T09:00:00Z",
                     *         "last_status_code": null,
                     *         "attempts": [],
                     *         "created_at": "2026-06-05T09:00:00Z",
                     *         "updated_at": "2026-06-05T09:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            400: components["responses"]["BadRequestWebhookId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            507: components["responses"]["InsufficientStorage"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Page number (default 1).
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page (default 20, max 100).
                 * @example 20
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Only events of this type.
                 * @example gallery.validated
                 */
                type?: components["parameters"]["EventTypeFilter"];
                /**
                 * @description Only events created at or after this time.
                 * @example 2026-07-01T00:00:00Z
                 */
                created_after?: components["parameters"]["CreatedAfter"];
                /**
                 * @description Only events created before this time.
                 * @example 2026-08-01T00:00:00Z
                 */
                created_before?: components["parameters"]["CreatedBefore"];
            };
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
                     *           "livemode": true,
                     *           "type": "gallery.deleted",
                     *           "created_at": "2026-07-10T12:00:00Z",
                     *           "sequence": 41,
                     *           "api_version": "v1",
                     *           "data": {
                     *             "gallery": {
                     *               "id": "550e8400-e29b-41d4-a716-446655440000",
                     *               "livemode": true,
                     *               "name": "Smith Wedding",
                     *               "client": {
                     *                 "name": "Jane Smith",
                     *                 "email": "jane@example.com"
                     *               },
                     *               "event_date": "2026-06-20",
                     *               "status": "archived",
                     *               "photo_count": 248,
                     *               "cover_photo_id": null,
                     *               "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
                     *               "password_protected": false,
                     *               "download_settings": {
                     *                 "enabled": true,
                     *                 "allow_zip": true
                     *               },
                     *               "selection": {
                     *                 "enabled": false,
                     *                 "min": 0,
                     *                 "max": null,
                     *                 "state": "open",
                     *                 "validated_at": null
                     *               },
                     *               "counters": {
                     *                 "views": 31,
                     *                 "downloads": 4,
                     *                 "favorites": 0
                     *               },
                     *               "expires_at": null,
                     *               "created_at": "2026-06-21T10:00:00Z",
                     *               "updated_at": "2026-07-10T12:00:00Z"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "livemode": true,
                     *       "pagination": {
                     *         "page": 1,
                     *         "per_page": 20,
                     *         "total": 1,
                     *         "total_pages": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EventList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestPagination"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description ETags of answers you already hold (comma-separated, weak or strong, or `*`). When one still matches, the API answers `304 Not Modified` with no body; on API-key routes a 304 does not count against the rate limit.
                 * @example W/"d3Jb8kq0xN2vT7yPz4mLcA"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The event's id.
                 * @example evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f
                 */
                id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f",
                     *         "livemode": true,
                     *         "type": "gallery.created",
                     *         "created_at": "2026-06-21T10:00:00Z",
                     *         "sequence": 42,
                     *         "api_version": "v1",
                     *         "data": {
                     *           "gallery": {
                     *             "id": "550e8400-e29b-41d4-a716-446655440000",
                     *             "livemode": true,
                     *             "name": "Smith Wedding",
                     *             "client": {
                     *               "name": "Jane Smith",
                     *               "email": "jane@example.com"
                     *             },
                     *             "event_date": "2026-06-20",
                     *             "status": "active",
                     *             "photo_count": 248,
                     *             "cover_photo_id": null,
                     *             "share_url": "https://piksend.com/g/Zk3xQ9mP2vR7tL8w",
                     *             "password_protected": false,
                     *             "download_settings": {
                     *               "enabled": true,
                     *               "allow_zip": true
                     *             },
                     *             "selection": {
                     *               "enabled": false,
                     *               "min": 0,
                     *               "max": null,
                     *               "state": "open",
                     *               "validated_at": null
                     *             },
                     *             "counters": {
                     *               "views": 0,
                     *               "downloads": 0,
                     *               "favorites": 0
                     *             },
                     *             "expires_at": null,
                     *             "created_at": "2026-06-21T10:00:00Z",
                     *             "updated_at": "2026-06-21T10:00:00Z"
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestEventId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["PlanRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["invalid_request", "unauthorized", "plan_required", "downloads_disabled", "not_found", "method_not_allowed", "conflict", "selection_locked", "gallery_expired", "payload_too_large", "unsupported_media_type", "selection_invalid", "rate_limited", "request_timeout", "expectation_failed", "headers_too_large", "internal_error", "service_unavailable", "insufficient_storage", "idempotency_key_in_use", "idempotency_key_reused", "precondition_failed"];
export const healthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["status"]> = ["ok", "degraded"];
export const healthDatabaseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["database"]["status"]> = ["up", "down"];
export const healthRate_limiterStoreValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["rate_limiter"]["store"]> = ["memory", "redis"];
export const healthRate_limiterStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["rate_limiter"]["status"]> = ["up", "degraded"];
export const healthStorageKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["storage"]["kind"]> = ["local", "s3"];
export const healthStorageStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Health"]["storage"]["status"]> = ["up", "down"];
export const accountPlanValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Account"]["plan"]> = ["pro", "free"];
export const galleryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryStatus"]> = ["active", "archived", "expired"];
export const selectionStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SelectionState"]> = ["open", "validated"];
export const galleryUpdateStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryUpdate"]["status"]> = ["active", "archived"];
export const photoContentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PhotoContentType"]> = ["image/jpeg", "image/png", "image/webp"];
export const activityTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ActivityType"]> = ["gallery.viewed", "photo.downloaded", "gallery.downloaded", "favorite.added", "favorite.removed", "selection.validated"];
export const eventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EventType"]> = ["gallery.created", "gallery.viewed", "gallery.downloaded", "gallery.validated", "gallery.expired", "gallery.deleted"];
export const deliveryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeliveryStatus"]> = ["pending", "succeeded", "failed"];
export const webhookDeliveryEvent_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["event_type"]> = ["gallery.created", "gallery.viewed", "gallery.downloaded", "gallery.validated", "gallery.expired", "gallery.deleted", "webhook.test"];
export const eventEnvelopeApi_versionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EventEnvelope"]["api_version"]> = ["v1"];
export const galleryCreatedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryCreatedEvent"]["type"]> = ["gallery.created"];
export const galleryViewedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryViewedEvent"]["type"]> = ["gallery.viewed"];
export const galleryDownloadedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryDownloadedEvent"]["type"]> = ["gallery.downloaded"];
export const galleryValidatedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryValidatedEvent"]["type"]> = ["gallery.validated"];
export const galleryExpiredEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryExpiredEvent"]["type"]> = ["gallery.expired"];
export const galleryDeletedEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GalleryDeletedEvent"]["type"]> = ["gallery.deleted"];
export const webhookTestEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookTestEvent"]["type"]> = ["webhook.test"];
export const componentsParametersPreviewSizeValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["PreviewSize"]> = ["thumbnail", "web"];
export const componentsParametersExportFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["ExportFormat"]> = ["csv", "lightroom"];
export const componentsHeadersPreviewCacheControlValues: ReadonlyArray<FlattenedDeepRequired<components>["headers"]["PreviewCacheControl"]> = ["private, max-age=86400, immutable"];
