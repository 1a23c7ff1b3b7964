// The ShareAccessToken security scheme: the share token in the path names the
// gallery (404 unknown, 410 expired); a password-protected gallery also needs
// `X-Share-Access-Token` (or `?access_token=`). Sets ctx.state.share.
import type { Middleware } from 'koa';
import type { DomainContext } from '../../context.js';
import { grantShareAccess } from '../../share/share-access.js';
import type { RequestState } from '../context.js';

export const SHARE_ACCESS_HEADER = 'X-Share-Access-Token';

export function authenticateShareAccess(ctx: Pick<DomainContext, 'db' | 'clock'>): Middleware<RequestState> {
  return async (koa, next) => {
    const token = (koa as unknown as { params: Record<string, string> }).params.token ?? '';
    // The header, or (for images and download links, which cannot send one) the access_token query parameter.
    const query = koa.query.access_token;
    const accessToken = koa.get(SHARE_ACCESS_HEADER) || (typeof query === 'string' ? query : undefined);
    koa.state.share = await grantShareAccess(ctx, token, accessToken);
    await next();
  };
}
