// Who may see a shared gallery: the share token in the link names the
// gallery; a password-protected gallery also needs a live access token
// (from POST /share/{token}/access) issued for its current password — a
// changed or removed password ends every token at once, and so do archiving,
// expiry and deletion. Knows nothing of HTTP.
import { createHash } from 'node:crypto';
import { basePath, credentials, parameterRules } from '../../generated/constants.js';
import { pathOf } from '../../generated/paths.js';
import type { DomainContext } from '../context.js';
import type { Transaction } from 'kysely';
import type { GalleriesTable, Tables } from '../db/schema.js';
import { ApiError, notFound } from '../errors/index.js';

export interface ShareGrant {
  /** The gallery behind the link, as stored. */
  gallery: GalleriesTable;
  /** The share token of the link. */
  token: string;
  /** The access token that unlocked a password-protected gallery (links made for the client carry it). */
  accessToken?: string;
}

/** The spec's ShareToken pattern: anything else names no gallery (and never reaches the database). */
export const SHARE_TOKEN_SHAPE = new RegExp(parameterRules.ShareToken.pattern);
/** The spec's pattern of an access token (`sat_…`): anything else is never looked up. */
export const ACCESS_TOKEN_SHAPE = new RegExp(credentials.ShareAccessToken.pattern);

export const hashShareAccessToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What an access token is bound to: the gallery's password as it was when the token was issued. */
export const passwordDigest = (passwordHash: string | null) => createHash('sha256').update(passwordHash ?? '').digest('hex');

/** Ends every access token of a gallery (it was archived or expired: reopening it asks for the password again). */
export async function endAccessTokens(db: Pick<DomainContext, 'db'>['db'] | Transaction<Tables>, galleryId: string): Promise<void> {
  await db.deleteFrom('share_access_tokens').where('gallery_id', '=', galleryId).execute();
}

export function isExpired(gallery: Pick<GalleriesTable, 'status' | 'expires_at'>, now: Date): boolean {
  return gallery.status === 'expired' || (gallery.expires_at !== null && Date.parse(gallery.expires_at) <= now.getTime());
}

/** The gallery a share token names, if it is still shared: 404 for unknown, archived or deleted, 410 once expired. */
export async function findSharedGallery(ctx: Pick<DomainContext, 'db' | 'clock'>, token: string): Promise<GalleriesTable> {
  const gallery = SHARE_TOKEN_SHAPE.test(token)
    ? await ctx.db.selectFrom('galleries').selectAll().where('share_token', '=', token).executeTakeFirst()
    : undefined;
  // An archived gallery is no longer shared: indistinguishable from a missing one.
  if (!gallery || gallery.status === 'archived') throw notFound('Shared gallery', token);
  if (isExpired(gallery, ctx.clock.now())) {
    throw new ApiError('gallery_expired', 'This gallery has expired', { expired_at: gallery.expires_at });
  }
  return gallery;
}

export async function grantShareAccess(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  token: string,
  accessToken: string | undefined,
): Promise<ShareGrant> {
  const gallery = await findSharedGallery(ctx, token);
  if (gallery.password_hash !== null) {
    const valid =
      accessToken !== undefined &&
      ACCESS_TOKEN_SHAPE.test(accessToken) &&
      (await ctx.db
        .selectFrom('share_access_tokens')
        .select('hash')
        .where('hash', '=', hashShareAccessToken(accessToken))
        .where('gallery_id', '=', gallery.id)
        .where('password_digest', '=', passwordDigest(gallery.password_hash))
        .where('expires_at', '>', ctx.clock.now().toISOString())
        .executeTakeFirst()) !== undefined;
    if (!valid) {
      throw new ApiError('unauthorized', 'This gallery is password-protected', {
        unlock: basePath + pathOf.createShareAccessToken({ token }),
      });
    }
  }
  return { gallery, token, ...(gallery.password_hash !== null && accessToken ? { accessToken } : {}) };
}
