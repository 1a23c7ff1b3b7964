// The share-link routes carry no API key: they are limited per share link and
// client address instead (SHARE_REQUESTS_PER_MINUTE), before anything else
// touches the database.
import type { RouterMiddleware } from '@koa/router';
import { shareTokenOf } from './authenticate-share-access.js';
import type { DomainContext } from '../../context.js';
import { ApiError } from '../../errors/index.js';
import { consume, type RateLimitStore } from '../../rate-limit/rate-limit.js';
import type { RequestState } from '../context.js';

/** Counts one hit for `key`; past `limit` in the window, 429 with Retry-After. A store that is down lets it through. */
export async function limitOrRefuse(
  ctx: Pick<DomainContext, 'clock' | 'logger'>,
  store: RateLimitStore,
  key: string,
  limit: number,
  windowSeconds: number,
  message: (retryAfter: number) => string,
): Promise<void> {
  const decision = await consume(store, key, limit, windowSeconds, ctx.clock.now().getTime()).catch((err: unknown) => {
    ctx.logger.warn({ err }, 'rate-limit store unavailable; request not counted');
    return null;
  });
  if (decision && !decision.allowed) {
    throw new ApiError('rate_limited', message(decision.retryAfter), { limit, retry_after: decision.retryAfter }, { 'Retry-After': String(decision.retryAfter) });
  }
}

export function rateLimitPerVisitor(ctx: Pick<DomainContext, 'clock' | 'config' | 'logger'>, store: RateLimitStore): RouterMiddleware<RequestState> {
  return async (koa, next) => {
    const token = shareTokenOf(koa);
    await limitOrRefuse(ctx, store, `share:${token}:${koa.ip}`, ctx.config.share.requestsPerMinute, 60, (s) => `Too many requests, retry in ${s} seconds`);
    await next();
  };
}
