// API-key authentication, the per-key rate limit and the Pro-plan check, for
// every operation whose security is the bearer key. Every response to a
// verified key carries the rate-limit headers.
import type { Middleware } from 'koa';
import { touchApiKey } from '../../accounts/accounts.js';
import type { ApiKeyVerifier } from '../../accounts/api-key-cache.js';
import { ApiError } from '../../errors/index.js';
import { consume, unlimited, type RateLimitStore } from '../../rate-limit/rate-limit.js';
import type { RequestState, Services } from '../context.js';

const BEARER = /^Bearer +(\S+) *$/i;
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="PikSend API"' };

export function authenticateApiKeyRequest(services: Services, verify: ApiKeyVerifier, rateLimits: RateLimitStore): Middleware<RequestState> {
  const { db, clock, config } = services;
  return async (ctx, next) => {
    const header = ctx.get('Authorization');
    if (!header) {
      throw new ApiError('unauthorized', 'Missing API key: send Authorization: Bearer pk_live_…', null, CHALLENGE);
    }
    const key = BEARER.exec(header)?.[1];
    const auth = key ? await verify(key) : null;
    if (!auth) throw new ApiError('unauthorized', 'Invalid or revoked API key', null, CHALLENGE);

    const limit = auth.account.rate_limit ?? config.rateLimit.limit;
    const now = clock.now().getTime();
    const decision = await consume(rateLimits, auth.keyId, limit, config.rateLimit.windowSeconds, now).catch((err: unknown) => {
      // A shared store that is down must not take the API down with it: let the request through.
      services.logger.warn({ err, request_id: ctx.state.requestId }, 'rate-limit store unavailable; request not counted');
      return unlimited(limit, config.rateLimit.windowSeconds, now);
    });
    ctx.set('X-RateLimit-Limit', String(decision.limit));
    ctx.set('X-RateLimit-Remaining', String(decision.remaining));
    ctx.set('X-RateLimit-Reset', String(decision.reset));
    if (!decision.allowed) {
      throw new ApiError(
        'rate_limited',
        `Rate limit exceeded, retry in ${decision.retryAfter} seconds`,
        { limit: decision.limit, retry_after: decision.retryAfter },
        { 'Retry-After': String(decision.retryAfter) },
      );
    }
    // Checked after counting, so a free plan's key also gets its rate-limit headers.
    if (auth.account.plan !== 'pro') {
      throw new ApiError('plan_required', 'API access requires the Pro plan', { plan: auth.account.plan });
    }
    ctx.state.account = auth.account;
    await touchApiKey(db, clock, auth);
    await next();
  };
}
