// The ShareAccessToken security scheme: the share token in the path names the
// gallery (404 unknown, 410 expired); a password-protected gallery also needs
// `X-Share-Access-Token`. Sets ctx.state.share.
import type { Middleware } from 'koa';
import type { DomainContext } from '../../context.js';
import { grantShareAccess } from '../../share/share-access.js';
import type { RequestState } from '../context.js';

export const SHARE_ACCESS_HEADER = 'X-Share-Access-Token';

export function authenticateShareAccess(ctx: Pick<DomainContext, 'db' | 'clock'>): Middleware<RequestState> {
  return async (koa, next) => {
    const token = (koa as unknown as { params: Record<string, string> }).params.token ?? '';
    koa.state.share = await grantShareAccess(ctx, token, koa.get(SHARE_ACCESS_HEADER) || undefined);
    await next();
  };
}
