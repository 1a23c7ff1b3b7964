// The share-link routes carry no API key: they are limited per share link and
// client address instead (SHARE_REQUESTS_PER_MINUTE), before anything else
// touches the database.
import type { RouterMiddleware } from '@koa/router';
import type { DomainContext } from '../../context.js';
import type { RateLimitStore } from '../../rate-limit/rate-limit.js';
import { limitOrRefuse } from '../../rate-limit/too-many-requests.js';
import type { RequestState } from '../context.js';
import { shareTokenOf } from './authenticate-share-access.js';

export function rateLimitPerVisitor(ctx: Pick<DomainContext, 'clock' | 'config' | 'logger'>, store: RateLimitStore): RouterMiddleware<RequestState> {
  return async (koa, next) => {
    const key = `share:${shareTokenOf(koa)}:${koa.ip}`;
    await limitOrRefuse(ctx, store, { key, limit: ctx.config.share.requestsPerMinute, windowSeconds: 60, what: 'Too many requests' });
    await next();
  };
}
