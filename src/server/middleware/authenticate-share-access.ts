// The ShareAccessToken security scheme: the share token in the path names the
// gallery (404 unknown, 410 expired); a password-protected gallery also needs
// the scheme's header (or, where a header cannot be sent, its query
// parameter): both names come from the spec. Sets ctx.state.share.
import type { RouterMiddleware } from '@koa/router';
import { credentials, parameterRules } from '../../../generated/constants.js';
import type { DomainContext } from '../../context.js';
import { grantShareAccess } from '../../share/share-access.js';
import type { RequestState } from '../context.js';

const { header, query } = credentials.ShareAccessToken;

/** The share token of a share-link route's path (the ShareToken parameter). */
export const shareTokenOf = (ctx: { params: Record<string, string> }) => ctx.params[parameterRules.ShareToken.name] ?? '';

export function authenticateShareAccess(ctx: Pick<DomainContext, 'db' | 'clock'>): RouterMiddleware<RequestState> {
  return async (koa, next) => {
    // Images and download links cannot send a header: the query parameter carries the token there.
    const fromQuery = koa.query[query];
    const accessToken = koa.get(header) || (typeof fromQuery === 'string' ? fromQuery : undefined);
    koa.state.share = await grantShareAccess(ctx, shareTokenOf(koa), accessToken);
    await next();
  };
}
