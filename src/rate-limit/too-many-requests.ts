// Every 429 the API answers, built in one place: the envelope's
// `rate_limited` code, the limit and the wait in its details, and Retry-After.
// `countHit` counts a hit (a store that is down lets it through), `rateLimitHeaders`
// says the budget, `limitOrRefuse` refuses past the limit.
import type { DomainContext } from '../context.js';
import { ApiError } from '../errors/index.js';
import { consume, peek, unlimited, type RateLimitDecision, type RateLimitStore } from './rate-limit.js';
import { headerNames } from '../../generated/constants.js';

/** What was exceeded, as the client reads it: "Too many password attempts", "Rate limit exceeded"… */
export function tooManyRequests(what: string, limit: number, retryAfterSeconds: number): ApiError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError('rate_limited', `${what}, retry in ${retryAfter} seconds`, { limit, retry_after: retryAfter }, { [headerNames.RetryAfter]: String(retryAfter) });
}

/**
 * Counts one hit for `key` (`peekOnly`: reads the budget without counting it).
 * A store that is down lets the request through: logged, and the budget then
 * reads as whole.
 */
export async function countHit(
  ctx: Pick<DomainContext, 'clock' | 'logger'>,
  store: RateLimitStore,
  hit: { key: string; limit: number; windowSeconds: number; requestId?: string },
  peekOnly = false,
): Promise<RateLimitDecision> {
  const now = ctx.clock.now().getTime();
  return (peekOnly ? peek : consume)(store, hit.key, hit.limit, hit.windowSeconds, now).catch((err: unknown) => {
    ctx.logger.warn({ err, request_id: hit.requestId }, 'rate-limit store unavailable; request not counted');
    return unlimited(hit.limit, hit.windowSeconds, now);
  });
}

/** The three X-RateLimit-* headers of a budget: on every answer of a limited route, its 429s included. */
export const rateLimitHeaders = (decision: RateLimitDecision) => ({
  [headerNames.XRateLimitLimit]: String(decision.limit),
  [headerNames.XRateLimitRemaining]: String(decision.remaining),
  [headerNames.XRateLimitReset]: String(decision.reset),
});

/** Counts one hit; past `limit` in the window, 429. The decision is what the answer's X-RateLimit-* headers say. */
export async function limitOrRefuse(
  ctx: Pick<DomainContext, 'clock' | 'logger'>,
  store: RateLimitStore,
  hit: { key: string; limit: number; windowSeconds: number; what: string },
): Promise<RateLimitDecision> {
  const decision = await countHit(ctx, store, hit);
  if (!decision.allowed) throw tooManyRequests(hit.what, hit.limit, decision.retryAfter);
  return decision;
}
