// The ApiKey security scheme: `Authorization: Bearer pk_live_…` names a live
// key, whose use is recorded (at most once a minute). Sets ctx.state.apiKey.
import type { Middleware } from 'koa';
import type { ApiKeyVerifier } from '../../accounts/api-key-cache.js';
import { recordApiKeyUse } from '../../accounts/api-keys.js';
import type { DomainContext } from '../../context.js';
import { ApiError } from '../../errors/index.js';
import type { RequestState } from '../context.js';

const BEARER = /^Bearer +(\S+) *$/i;
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="PikSend API"' };

export function authenticateApiKey(ctx: Pick<DomainContext, 'db' | 'clock'>, verify: ApiKeyVerifier): Middleware<RequestState> {
  return async (koa, next) => {
    const header = koa.get('Authorization');
    if (!header) throw new ApiError('unauthorized', 'Missing API key: send Authorization: Bearer pk_live_…', null, CHALLENGE);
    const key = BEARER.exec(header)?.[1];
    const verified = key ? await verify(key) : null;
    if (!verified) throw new ApiError('unauthorized', 'Invalid or revoked API key', null, CHALLENGE);
    koa.state.apiKey = verified;
    await recordApiKeyUse(ctx, verified);
    await next();
  };
}
