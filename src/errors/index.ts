// The error value domain code throws: a code of the spec's ErrorCode enum,
// whose HTTP status the spec also gives (x-http-status, generated as
// `errorStatus`). The server maps it to the envelope in one place
// (src/server/middleware/error-envelope.ts).
import { errorStatus, type ErrorCode } from '../../generated/operations.js';

export type { ErrorCode };
export type ErrorDetails = Record<string, unknown> | null;

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
    this.status = errorStatus[code];
    this.headers = headers;
  }
}

export const invalidField = (field: string, issue: string, message = `Invalid request body field '${field}'`) =>
  new ApiError('invalid_request', message, { field, issue });

export const notFound = (what: string, id: string) => new ApiError('not_found', `${what} not found`, { id });
