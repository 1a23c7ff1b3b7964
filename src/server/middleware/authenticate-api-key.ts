// The ApiKey security scheme: `Authorization: Bearer pk_live_…` (or
// `pk_test_…`, the account's test mode) names a key, whose use is recorded
// (at most once a minute). Sets ctx.state.apiKey (its account is the scope).
// Refused keys are counted per client address: past AUTH_FAILURES_PER_MINUTE,
// the address gets 429 without its keys being looked up.
import type { Middleware } from 'koa';
import type { ApiKeyVerifier } from '../../accounts/api-key-cache.js';
import { recordApiKeyUse } from '../../accounts/api-keys.js';
import type { DomainContext } from '../../context.js';
import { ApiError } from '../../errors/index.js';
import type { RateLimitStore } from '../../rate-limit/rate-limit.js';
import { countHit, tooManyRequests } from '../../rate-limit/too-many-requests.js';
import type { RequestState } from '../context.js';

const BEARER = /^Bearer +(\S+) *$/i;
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="PikSend API"' };

export function authenticateApiKey(
  ctx: Pick<DomainContext, 'db' | 'clock' | 'config' | 'logger'>,
  verify: ApiKeyVerifier,
  failures: RateLimitStore,
): Middleware<RequestState> {
  const limit = ctx.config.authFailuresPerMinute;
  // Addresses over the limit, until when (this instance's memory: the counting itself is shared).
  const blocked = new Map<string, number>();
  const refuse = (until: number) => tooManyRequests('Too many refused API keys from this address', limit, (until - ctx.clock.now().getTime()) / 1000);
  return async (koa, next) => {
    const now = ctx.clock.now().getTime();
    const until = blocked.get(koa.ip);
    if (until !== undefined && until > now) throw refuse(until);
    if (until !== undefined) blocked.delete(koa.ip);
    const header = koa.get('Authorization');
    if (!header) throw new ApiError('unauthorized', 'Missing API key: send Authorization: Bearer pk_live_…', null, CHALLENGE);
    const key = BEARER.exec(header)?.[1];
    const verified = key ? await verify(key) : null;
    if (!verified || 'expired' in verified) {
      const decision = await countHit(ctx, failures, { key: `auth-failures:${koa.ip}`, limit, windowSeconds: 60, requestId: koa.state.requestId });
      if (!decision.allowed) {
        if (blocked.size > 10_000) blocked.clear();
        blocked.set(koa.ip, decision.reset * 1000);
        throw refuse(decision.reset * 1000);
      }
      if (verified) {
        throw new ApiError('unauthorized', `This API key expired at ${verified.expiresAt} (it was rolled): use the key that replaced it`, { expired_at: verified.expiresAt }, CHALLENGE);
      }
      throw new ApiError('unauthorized', 'Invalid or revoked API key', null, CHALLENGE);
    }
    koa.state.apiKey = verified;
    await recordApiKeyUse(ctx, verified);
    await next();
  };
}
