// The rate limit of the ApiKey scheme, per account (all its keys share one
// budget, as GitHub's does): every answer to a verified key carries
// X-RateLimit-*; past the limit, 429 with Retry-After. A conditional GET that
// will be answered 304 (ctx.state.notModified) is not counted, nor refused.
import type { Middleware, ParameterizedContext } from 'koa';
import type { DomainContext } from '../../context.js';
import { consume, peek, unlimited, type RateLimitDecision, type RateLimitStore } from '../../rate-limit/rate-limit.js';
import { tooManyRequests } from '../../rate-limit/too-many-requests.js';
import type { RequestState } from '../context.js';
import { headerNames } from '../../../generated/constants.js';

/** The three X-RateLimit-* headers of a budget: on every answer of a limited route, its 429s included. */
export function setRateLimitHeaders(koa: Pick<ParameterizedContext, 'set'>, decision: RateLimitDecision): void {
  koa.set(headerNames.XRateLimitLimit, String(decision.limit));
  koa.set(headerNames.XRateLimitRemaining, String(decision.remaining));
  koa.set(headerNames.XRateLimitReset, String(decision.reset));
}

export function rateLimitPerAccount(ctx: Pick<DomainContext, 'clock' | 'config' | 'logger'>, store: RateLimitStore): Middleware<RequestState> {
  const { limit: defaultLimit, windowSeconds } = ctx.config.rateLimit;
  return async (koa, next) => {
    const verified = koa.state.apiKey;
    if (!verified) throw new Error('rateLimitPerAccount runs after authenticateApiKey');
    const limit = verified.account.rate_limit ?? defaultLimit;
    const now = ctx.clock.now().getTime();
    const decision = await (koa.state.notModified ? peek : consume)(store, `account:${verified.account.id}`, limit, windowSeconds, now).catch((err: unknown) => {
      ctx.logger.warn({ err, request_id: koa.state.requestId }, 'rate-limit store unavailable; request not counted');
      return unlimited(limit, windowSeconds, now);
    });
    setRateLimitHeaders(koa, decision);
    if (!decision.allowed) {
      throw tooManyRequests('Rate limit exceeded', decision.limit, decision.retryAfter);
    }
    await next();
  };
}
