// Unlocking a password-protected gallery: the password, tried at most
// SHARE_PASSWORD_ATTEMPTS times per link and client address per 15 minutes,
// buys a short-lived access token (`sat_…`, stored only hashed) bound to that
// password. A gallery without a password has nothing to unlock: 409.
import { randomBytes } from 'node:crypto';
import type { DomainContext } from '../context.js';
import { ApiError } from '../errors/index.js';
import { verifyPassword } from '../galleries/passwords.js';
import type { RateLimitDecision, RateLimitStore } from '../rate-limit/rate-limit.js';
import { limitOrRefuse } from '../rate-limit/too-many-requests.js';
import { findSharedGallery, hashShareAccessToken, passwordDigest } from './share-access.js';
import type { Visitor } from './visitors.js';
import { inTransaction } from '../db/unit-of-work.js';

/** Password attempts are counted per share link and client address, in windows of this length. */
export const PASSWORD_WINDOW_SECONDS = 15 * 60;

type AccessContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'logger'> & { rateLimits: RateLimitStore };

export async function createAccessToken(
  ctx: AccessContext,
  token: string,
  password: string,
  visitor: Visitor,
): Promise<{ token: { access_token: string; expires_at: string }; attempts: RateLimitDecision }> {
  const attempts = await limitOrRefuse(ctx, ctx.rateLimits, {
    key: `share-password:${token}:${visitor.address}`,
    limit: ctx.config.share.passwordAttempts,
    windowSeconds: PASSWORD_WINDOW_SECONDS,
    what: 'Too many password attempts',
  });
  const gallery = await findSharedGallery(ctx, token);
  if (gallery.password_hash === null) {
    throw new ApiError('conflict', 'This gallery has no password: its share link opens it without an access token', { password_protected: false });
  }
  if (!(await verifyPassword(password, gallery.password_hash))) throw new ApiError('unauthorized', 'Wrong password', null);
  const accessToken = `sat_${randomBytes(24).toString('base64url')}`;
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.share.accessTokenMinutes * 60_000).toISOString();
  await ctx.db.deleteFrom('share_access_tokens').where('expires_at', '<=', now.toISOString()).execute();
  await inTransaction(ctx.db, (trx) => trx.insertInto('share_access_tokens').values({ hash: hashShareAccessToken(accessToken), gallery_id: gallery.id, password_digest: passwordDigest(gallery.password_hash), expires_at: expiresAt }).execute());
  return { token: { access_token: accessToken, expires_at: expiresAt }, attempts };
}
