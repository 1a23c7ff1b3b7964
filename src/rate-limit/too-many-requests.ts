// Every 429 the API answers, built in one place: the envelope's
// `rate_limited` code, the limit and the wait in its details, and Retry-After.
// `limitOrRefuse` counts a hit and refuses past the limit.
import type { DomainContext } from '../context.js';
import { ApiError } from '../errors/index.js';
import { consume, unlimited, type RateLimitDecision, type RateLimitStore } from './rate-limit.js';
import { headerNames } from '../../generated/constants.js';

/** What was exceeded, as the client reads it: "Too many password attempts", "Rate limit exceeded"… */
export function tooManyRequests(what: string, limit: number, retryAfterSeconds: number): ApiError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError('rate_limited', `${what}, retry in ${retryAfter} seconds`, { limit, retry_after: retryAfter }, { [headerNames.RetryAfter]: String(retryAfter) });
}

/**
 * Counts one hit for `key`; past `limit` in the window, 429. A store that is
 * down lets it through (logged; the budget then reads as whole). The decision
 * is what the answer's X-RateLimit-* headers say.
 */
export async function limitOrRefuse(
  ctx: Pick<DomainContext, 'clock' | 'logger'>,
  store: RateLimitStore,
  hit: { key: string; limit: number; windowSeconds: number; what: string },
): Promise<RateLimitDecision> {
  const now = ctx.clock.now().getTime();
  const decision = await consume(store, hit.key, hit.limit, hit.windowSeconds, now).catch((err: unknown) => {
    ctx.logger.warn({ err }, 'rate-limit store unavailable; request not counted');
    return unlimited(hit.limit, hit.windowSeconds, now);
  });
  if (!decision.allowed) throw tooManyRequests(hit.what, hit.limit, decision.retryAfter);
  return decision;
}
