// The share-link routes carry no API key: they are limited per share link and
// client address instead (SHARE_REQUESTS_PER_MINUTE), before anything else
// touches the database. Every answer says the budget (X-RateLimit-*), as the
// API-key routes' do.
import type { RouterMiddleware } from '@koa/router';
import type { DomainContext } from '../../context.js';
import { consume, unlimited, type RateLimitStore } from '../../rate-limit/rate-limit.js';
import { tooManyRequests } from '../../rate-limit/too-many-requests.js';
import { setRateLimitHeaders } from './rate-limit.js';
import type { RequestState } from '../context.js';
import { shareTokenOf } from './authenticate-share-access.js';

export function rateLimitPerVisitor(ctx: Pick<DomainContext, 'clock' | 'config' | 'logger'>, store: RateLimitStore): RouterMiddleware<RequestState> {
  return async (koa, next) => {
    const key = `share:${shareTokenOf(koa)}:${koa.ip}`;
    const limit = ctx.config.share.requestsPerMinute;
    const now = ctx.clock.now().getTime();
    const decision = await consume(store, key, limit, 60, now).catch((err: unknown) => {
      ctx.logger.warn({ err, request_id: koa.state.requestId }, 'rate-limit store unavailable; request not counted');
      return unlimited(limit, 60, now);
    });
    setRateLimitHeaders(koa, decision);
    if (!decision.allowed) throw tooManyRequests('Too many requests', limit, decision.retryAfter);
    await next();
  };
}
