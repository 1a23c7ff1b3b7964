// I/O failures as the client sees them: a full or unwritable disk or
// database is 507 insufficient_storage (nothing was stored; an operator must
// make room), a store that does not answer is 503 service_unavailable with
// Retry-After (it passes). Recognised by the error codes of Node, SQLite,
// PostgreSQL and the S3 SDK; never with a server path in the answer.
import { ApiError } from './index.js';

/** Seconds a client waits before trying a store that did not answer. */
export const RETRY_AFTER_SECONDS = 5;

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'SQLITE_FULL', '53100', '53200']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', '25006']);
const UNANSWERED = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', '57P01', '57P03', '08006', '08001']);
const S3_UNAVAILABLE = new Set(['ServiceUnavailable', 'SlowDown', 'InternalError', 'RequestTimeout', 'TimeoutError', 'RequestTimeTooSkewed']);

type Fault = 'full' | 'not_writable' | 'unanswered';

/** What kind of I/O fault this is, looking through wrapped causes; null for anything else (a bug stays a 500). */
export function classifyIoFault(err: unknown, depth = 0): Fault | null {
  if (!err || typeof err !== 'object' || depth > 4) return null;
  const e = err as { code?: unknown; errno?: unknown; name?: unknown; message?: unknown; cause?: unknown; $metadata?: { httpStatusCode?: number } };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (FULL.has(code) || /No space left on device|database or disk is full|could not extend file/i.test(message)) return 'full';
  if (NOT_WRITABLE.has(code) || /Read-only file system|attempt to write a readonly database|unable to open .* for writing|write error/i.test(message)) return 'not_writable';
  if (UNANSWERED.has(code)) return 'unanswered';
  if (typeof e.name === 'string' && S3_UNAVAILABLE.has(e.name)) return 'unanswered';
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return 'unanswered';
  return classifyIoFault(e.cause, depth + 1);
}

/** The envelope error for an I/O fault, or null when `err` is not one. */
export function ioFaultError(err: unknown): ApiError | null {
  const fault = classifyIoFault(err);
  if (fault === 'full') return new ApiError('insufficient_storage', 'There is no room to store this right now; nothing was stored', null);
  if (fault === 'not_writable') return new ApiError('insufficient_storage', 'Storage is not writable right now; nothing was stored', null);
  if (fault === 'unanswered') return serviceUnavailable('Storage did not answer; nothing was stored');
  return null;
}

/** Every 503 the API answers: a passing condition, with the wait in its details and Retry-After. */
export function serviceUnavailable(what: string, retryAfterSeconds = RETRY_AFTER_SECONDS): ApiError {
  return new ApiError('service_unavailable', `${what}; retry in ${retryAfterSeconds} seconds`, { retry_after: retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) });
}
