// Retries the way the best SDKs do them: on a network error, 408, 429 and
// 5xx, with exponential backoff and full jitter, honouring Retry-After; a
// POST carries one generated Idempotency-Key for all its attempts, so a retry
// after a lost answer is answered by the server instead of run twice.
import { parameterRules } from '../../generated/constants.js';

export interface RetryOptions {
  /** Attempts after the first (default 2; 0 turns retries off). */
  maxRetries?: number;
  /** The first backoff, doubled each time (default 500 ms), and its cap (default 8 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Jitter source (tests). */
  random?: () => number;
}

const KEY_HEADER = parameterRules.IdempotencyKey.name;
const RETRIABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Methods retried: the idempotent ones, and POST (made idempotent by its key). */
const RETRIED_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'POST', 'OPTIONS']);

/** Seconds or an HTTP date → milliseconds to wait, or null. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export type FetchRequest = (request: Request) => Promise<Response>;

export function retryingFetch(options: RetryOptions = {}, base: FetchRequest = (request) => globalThis.fetch(request)): FetchRequest {
  const maxRetries = options.maxRetries ?? 2;
  const initial = options.initialDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 8_000;
  const random = options.random ?? Math.random;
  return async (original) => {
    const request = new Request(original);
    if (!RETRIED_METHODS.has(request.method) || maxRetries <= 0) return base(request);
    // One key for the logical request, the same on every attempt (unless the caller chose one).
    if (request.method === 'POST' && !request.headers.has(KEY_HEADER)) request.headers.set(KEY_HEADER, crypto.randomUUID());
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= maxRetries;
      let response: Response;
      try {
        response = await base(last ? request : request.clone());
      } catch (err) {
        if (last || (err as Error).name === 'AbortError') throw err;
        await sleep(backoff(attempt));
        continue;
      }
      if (last || !RETRIABLE_STATUSES.has(response.status)) return response;
      const wait = retryAfterMs(response.headers.get('Retry-After')) ?? backoff(attempt);
      await response.body?.cancel().catch(() => undefined);
      await sleep(Math.min(wait, 60_000));
    }
  };

  function backoff(attempt: number): number {
    return Math.floor(random() * Math.min(cap, initial * 2 ** attempt));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
