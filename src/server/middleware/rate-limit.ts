// The rate limit of the ApiKey scheme, per account (all its keys share one
// budget, as GitHub's does): every answer to a verified key carries
// X-RateLimit-*; past the limit, 429 with Retry-After. A conditional GET that
// will be answered 304 (ctx.state.notModified) is not counted, nor refused.
import type { Middleware } from 'koa';
import type { DomainContext } from '../../context.js';
import type { RateLimitStore } from '../../rate-limit/rate-limit.js';
import { countHit, rateLimitHeaders, tooManyRequests } from '../../rate-limit/too-many-requests.js';
import type { RequestState } from '../context.js';

export function rateLimitPerAccount(ctx: Pick<DomainContext, 'clock' | 'config' | 'logger'>, store: RateLimitStore): Middleware<RequestState> {
  const { limit: defaultLimit, windowSeconds } = ctx.config.rateLimit;
  return async (koa, next) => {
    const verified = koa.state.apiKey;
    if (!verified) throw new Error('rateLimitPerAccount runs after authenticateApiKey');
    const limit = verified.account.rate_limit ?? defaultLimit;
    const hit = { key: `account:${verified.account.id}`, limit, windowSeconds, requestId: koa.state.requestId };
    const decision = await countHit(ctx, store, hit, koa.state.notModified === true);
    koa.set(rateLimitHeaders(decision));
    if (!decision.allowed) {
      throw tooManyRequests('Rate limit exceeded', decision.limit, decision.retryAfter);
    }
    await next();
  };
}
