// The one catalogue of error codes (the spec's ErrorCode enum) with their HTTP
// status, and the error value domain code throws. The server maps it to the
// envelope in one place (src/server/middleware/errors.ts).
import type { components } from '../../generated/openapi.js';

export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorDetails = Record<string, unknown> | null;

export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  plan_required: 403,
  downloads_disabled: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  selection_locked: 409,
  gallery_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  selection_invalid: 422,
  rate_limited: 429,
  internal_error: 500,
  not_implemented: 501,
};

export class ApiError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = null,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = STATUS_OF[code];
    this.headers = headers;
  }
}

export const invalidField = (field: string, issue: string, message = `Invalid request body field '${field}'`) =>
  new ApiError('invalid_request', message, { field, issue });

export const notFound = (what: string, id: string) => new ApiError('not_found', `${what} not found`, { id });
