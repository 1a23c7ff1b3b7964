// The share-link routes carry no API key: they are limited per share link and
// client address instead (SHARE_REQUESTS_PER_MINUTE), before anything else
// touches the database. Every answer says the budget (X-RateLimit-*), as the
// API-key routes' do.
import type { RouterMiddleware } from '@koa/router';
import type { DomainContext } from '../../context.js';
import type { RateLimitStore } from '../../rate-limit/rate-limit.js';
import { countHit, rateLimitHeaders, tooManyRequests } from '../../rate-limit/too-many-requests.js';
import type { RequestState } from '../context.js';
import { shareTokenOf } from './authenticate-share-access.js';

export function rateLimitPerVisitor(ctx: Pick<DomainContext, 'clock' | 'config' | 'logger'>, store: RateLimitStore): RouterMiddleware<RequestState> {
  return async (koa, next) => {
    const limit = ctx.config.share.requestsPerMinute;
    const decision = await countHit(ctx, store, { key: `share:${shareTokenOf(koa)}:${koa.ip}`, limit, windowSeconds: 60, requestId: koa.state.requestId });
    koa.set(rateLimitHeaders(decision));
    if (!decision.allowed) throw tooManyRequests('Too many requests', limit, decision.retryAfter);
    await next();
  };
}
