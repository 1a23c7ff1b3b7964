// The client's side of a share link: open the gallery (a view), unlock it with
// its password, list photos, download one or all, mark favourites, validate
// the selection. Each action is recorded as activity, updates the gallery's
// counters and, where the product says so, writes its event through the outbox
// in the same transaction.
import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Transaction } from 'kysely';
import type * as Archiver from 'archiver';
import { basePath } from '../../generated/constants.js';
import { pathOf } from '../../generated/paths.js';
import type { components } from '../../generated/openapi.js';
import { recordActivity, type ActivityType } from '../activity/activity.js';
import type { DomainContext } from '../context.js';
import type { GalleriesTable, PhotosTable, Tables } from '../db/schema.js';
import { ApiError, notFound } from '../errors/index.js';
import { recordEvent } from '../events/outbox.js';
import { downloadSettingsOf, selectionOf, toGalleryResource } from '../galleries/gallery-resource.js';
import { verifyPassword } from '../galleries/passwords.js';
import type { PageQuery, Page } from '../pagination.js';
import type { PreviewSize } from '../photos/images.js';
import { findPhotoRow, openPhotoFile, pagePhotos } from '../photos/photos.js';
import { selectedPhotos } from '../selection/selection.js';
import { importLazily } from '../lazy/require-lazily.js';
import { findSharedGallery, hashShareAccessToken, type ShareGrant } from './share-access.js';

export type SharedGalleryResource = components['schemas']['SharedGallery'];
export type SharedPhotoResource = components['schemas']['SharedPhoto'];
export type SharedSelectionResource = components['schemas']['SharedSelection'];
type ShareContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries' | 'storage' | 'logger'>;

/** Who is acting: the client's address and browser, only ever kept hashed. */
export interface Visitor {
  address: string;
  userAgent: string | null;
}

/** A view counts once per visitor in this window (a visitor session), not per page or photo request. */
export const VIEW_SESSION_MS = 30 * 60 * 1000;

/** Stable for one visitor within one gallery, unlinkable across galleries; never the raw address. */
export function visitorHash(gallery: Pick<GalleriesTable, 'id' | 'share_token'>, visitor: Visitor): string {
  return createHash('sha256').update(`${gallery.share_token}\0${gallery.id}\0${visitor.address}\0${visitor.userAgent ?? ''}`).digest('hex').slice(0, 32);
}

const visitorData = (gallery: GalleriesTable, visitor: Visitor) => ({
  visitor_hash: visitorHash(gallery, visitor),
  user_agent: visitor.userAgent?.slice(0, 512) ?? null,
});

async function favoriteCount(db: Pick<DomainContext, 'db'>['db'] | Transaction<Tables>, galleryId: string): Promise<number> {
  const row = await db.selectFrom('favorites').select((eb) => eb.fn.countAll<number>().as('n')).where('gallery_id', '=', galleryId).executeTakeFirstOrThrow();
  return Number(row.n);
}

function toSharedGallery(gallery: GalleriesTable, count: number): SharedGalleryResource {
  return {
    id: gallery.id,
    name: gallery.name,
    event_date: gallery.event_date,
    photo_count: gallery.photo_count,
    cover_photo_id: gallery.cover_photo_id,
    download_settings: downloadSettingsOf(gallery),
    selection: { ...selectionOf(gallery), count },
    expires_at: gallery.expires_at,
  };
}

/** Re-reads the gallery in the transaction (counters just changed) and writes its event. */
async function recordGalleryEvent(
  ctx: ShareContext,
  trx: Transaction<Tables>,
  galleryId: string,
  type: 'gallery.viewed' | 'gallery.downloaded' | 'gallery.validated',
  extra: (gallery: GalleriesTable) => Record<string, unknown>,
): Promise<void> {
  const gallery = await trx.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
  const accountId = gallery.account_id;
  await recordEvent({ db: trx, clock: ctx.clock }, { accountId, type, galleryId, data: { gallery: toGalleryResource(gallery, ctx.config.shareBaseUrl), ...extra(gallery) } });
}

export async function openSharedGallery(ctx: ShareContext, grant: ShareGrant, visitor: Visitor): Promise<SharedGalleryResource> {
  const counted = await recordView(ctx, grant, visitor);
  const { gallery } = grant;
  return toSharedGallery(counted ? { ...gallery, views: gallery.views + 1 } : gallery, await favoriteCount(ctx.db, gallery.id));
}

/** A client opened the gallery (also when their copy is still fresh: a 304 is a view too). True if it counted. */
export async function recordView(ctx: ShareContext, grant: ShareGrant, visitor: Visitor): Promise<boolean> {
  const { gallery } = grant;
  const now = ctx.clock.now();
  const hash = visitorHash(gallery, visitor);
  const counted = await ctx.db.transaction().execute(async (trx) => {
    const recent = await trx
      .selectFrom('activity')
      .select('id')
      .where('gallery_id', '=', gallery.id)
      .where('type', '=', 'gallery.viewed')
      .where('visitor_hash', '=', hash)
      .where('occurred_at', '>', new Date(now.getTime() - VIEW_SESSION_MS).toISOString())
      .executeTakeFirst();
    if (recent) return false;
    await recordActivity(trx, { galleryId: gallery.id, type: 'gallery.viewed', at: now.toISOString(), visitorHash: hash });
    await trx.updateTable('galleries').set((eb) => ({ views: eb('views', '+', 1) })).where('id', '=', gallery.id).execute();
    await recordGalleryEvent(ctx, trx, gallery.id, 'gallery.viewed', (g) => ({ visitor: visitorData(g, visitor) }));
    return true;
  });
  if (counted) ctx.deliveries.wake();
  return counted;
}

/** The password for a short-lived access token (`sat_…`, stored hashed). */
export async function createAccessToken(ctx: ShareContext, token: string, password: string): Promise<{ access_token: string; expires_at: string }> {
  const gallery = await findSharedGallery(ctx, token);
  if (gallery.password_hash !== null && !(await verifyPassword(password, gallery.password_hash))) {
    throw new ApiError('unauthorized', 'Wrong password', null);
  }
  const accessToken = `sat_${randomBytes(24).toString('base64url')}`;
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.share.accessTokenMinutes * 60_000).toISOString();
  await ctx.db.deleteFrom('share_access_tokens').where('expires_at', '<=', now.toISOString()).execute();
  await ctx.db.insertInto('share_access_tokens').values({ hash: hashShareAccessToken(accessToken), gallery_id: gallery.id, expires_at: expiresAt }).execute();
  return { access_token: accessToken, expires_at: expiresAt };
}

/** A preview's path; for a protected gallery it carries the access token, so an <img> can load it. */
export const previewPath = (grant: Pick<ShareGrant, 'token' | 'accessToken'>, photoId: string, size: PreviewSize) =>
  basePath + pathOf.getSharedPhotoPreview({ token: grant.token, photo_id: photoId }, { size, access_token: grant.accessToken });

export async function listSharedPhotos(ctx: ShareContext, grant: ShareGrant, query: PageQuery): Promise<Page<SharedPhotoResource>> {
  const favorites = new Set((await ctx.db.selectFrom('favorites').select('photo_id').where('gallery_id', '=', grant.gallery.id).execute()).map((f) => f.photo_id));
  return pagePhotos(ctx, grant.gallery.id, query, (row) => ({
    id: row.id,
    filename: row.filename,
    content_type: row.content_type,
    width: row.width,
    height: row.height,
    position: row.position,
    is_favorite: favorites.has(row.id),
    thumbnail_url: previewPath(grant, row.id, 'thumbnail'),
    preview_url: previewPath(grant, row.id, 'web'),
  }));
}

export async function sharedPhotoPreview(ctx: ShareContext, grant: ShareGrant, photoId: string, size: PreviewSize): Promise<Readable> {
  return openPhotoFile(ctx, await findPhotoRow(ctx, grant.gallery.id, photoId), size);
}

function checkDownloads(gallery: GalleriesTable, zip: boolean): void {
  if (gallery.download_enabled !== 1) throw new ApiError('downloads_disabled', 'Downloads are disabled for this gallery', null);
  if (zip && gallery.download_allow_zip !== 1) throw new ApiError('downloads_disabled', 'Zip downloads are disabled for this gallery', null);
}

async function recordDownload(ctx: ShareContext, gallery: GalleriesTable, visitor: Visitor, photos: PhotosTable[], zip: boolean): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const hash = visitorHash(gallery, visitor);
  const type: ActivityType = zip ? 'gallery.downloaded' : 'photo.downloaded';
  await ctx.db.transaction().execute(async (trx) => {
    await recordActivity(trx, { galleryId: gallery.id, type, at: now, visitorHash: hash, photoId: zip ? null : photos[0]!.id });
    await trx.updateTable('galleries').set((eb) => ({ downloads: eb('downloads', '+', 1) })).where('id', '=', gallery.id).execute();
    await recordGalleryEvent(ctx, trx, gallery.id, 'gallery.downloaded', (g) => ({ photo_ids: photos.map((p) => p.id), zip, visitor: visitorData(g, visitor) }));
  });
  ctx.deliveries.wake();
}

/**
 * A download's content version: what its bytes and name depend on (a photo's
 * original never changes). `stillFresh` says whether the client already holds
 * that version; then nothing is sent and nothing is recorded — no bytes, no download.
 */
export type StillFresh = (version: string) => boolean;

export async function downloadSharedPhoto(
  ctx: ShareContext,
  grant: ShareGrant,
  photoId: string,
  visitor: Visitor,
  stillFresh: StillFresh,
): Promise<{ version: string; photo: PhotosTable; stream: Readable | null }> {
  checkDownloads(grant.gallery, false);
  const photo = await findPhotoRow(ctx, grant.gallery.id, photoId);
  const version = `${photo.sha256}|${photo.filename}`;
  if (stillFresh(version)) return { version, photo, stream: null };
  const stream = await openPhotoFile(ctx, photo, 'original');
  await recordDownload(ctx, grant.gallery, visitor, [photo], false);
  return { version, photo, stream };
}

/** archiver, imported on the first zip download. */
const archiver = importLazily<typeof Archiver>('archiver');

/** Zip entry names: the photos' filenames, made unique ("a.jpg", "a (2).jpg"). */
export function zipEntryNames(filenames: string[]): string[] {
  const seen = new Map<string, number>();
  return filenames.map((raw) => {
    const name = raw.replace(/[/\\]/g, '_').replace(/^\.+/, '_') || 'photo';
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  });
}

/**
 * Every original (or the favourites) in one zip, streamed as it is built: one
 * photo's file is open at a time, so memory stays flat whatever the gallery's size.
 */
export async function downloadSharedGallery(
  ctx: ShareContext,
  grant: ShareGrant,
  options: { selection: boolean },
  visitor: Visitor,
  stillFresh: StillFresh,
): Promise<{ version: string; filename: string; stream: Readable | null }> {
  checkDownloads(grant.gallery, true);
  const galleryId = grant.gallery.id;
  let photos: PhotosTable[];
  if (options.selection) {
    const ids = (await selectedPhotos(ctx, galleryId)).map((p) => p.id);
    photos = ids.length ? await ctx.db.selectFrom('photos').selectAll().where('id', 'in', ids).orderBy('position').orderBy('id').execute() : [];
  } else {
    photos = await ctx.db.selectFrom('photos').selectAll().where('gallery_id', '=', galleryId).orderBy('position').orderBy('id').execute();
  }
  if (!photos.length) throw new ApiError('not_found', options.selection ? 'The selection is empty' : 'The gallery has no photos', { id: galleryId });
  const slug = grant.gallery.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gallery';
  const filename = `${slug}${options.selection ? '-selection' : ''}.zip`;
  const version = createHash('sha256')
    .update([filename, ...photos.map((p) => `${p.sha256}|${p.filename}|${p.created_at}`)].join('\n'))
    .digest('base64url');
  if (stillFresh(version)) return { version, filename, stream: null };
  await recordDownload(ctx, grant.gallery, visitor, photos, true);

  // Photos are stored compressed already: stored entries, no CPU spent deflating.
  const { ZipArchive } = await archiver();
  const archive = new ZipArchive({ store: true });
  const names = zipEntryNames(photos.map((p) => p.filename));
  void (async () => {
    for (const [i, photo] of photos.entries()) {
      const source = await openPhotoFile(ctx, photo, 'original');
      const added = new Promise<void>((resolve, reject) => {
        archive.once('entry', () => resolve());
        archive.once('error', reject);
      });
      archive.append(source, { name: names[i]!, date: new Date(photo.created_at) });
      await added;
    }
    await archive.finalize();
  })().catch((err: unknown) => {
    ctx.logger.error({ err, gallery_id: galleryId }, 'zip download failed while streaming');
    archive.destroy(err as Error);
  });
  return { version, filename, stream: archive as unknown as Readable };
}

async function sharedSelection(db: Pick<DomainContext, 'db'>['db'] | Transaction<Tables>, galleryId: string): Promise<SharedSelectionResource> {
  const gallery = await db.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
  const ids = await db.selectFrom('favorites').innerJoin('photos', 'photos.id', 'favorites.photo_id').select('photos.id').where('favorites.gallery_id', '=', galleryId).orderBy('photos.position').orderBy('photos.id').execute();
  return {
    state: gallery.selection_state,
    validated_at: gallery.selection_validated_at,
    min: gallery.selection_min,
    max: gallery.selection_max,
    count: ids.length,
    photo_ids: ids.map((r) => r.id),
  };
}

function checkOpen(gallery: GalleriesTable): void {
  if (gallery.selection_state === 'validated') {
    throw new ApiError('selection_locked', 'The selection was already validated', { validated_at: gallery.selection_validated_at });
  }
}

/** Marks or unmarks a favourite (idempotent); past the selection's max, 422. */
export async function setFavorite(ctx: ShareContext, grant: ShareGrant, photoId: string, favorite: boolean, visitor: Visitor): Promise<SharedSelectionResource> {
  const galleryId = grant.gallery.id;
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    // The gallery row is updated first: concurrent changes to one selection queue behind it.
    await trx.updateTable('galleries').set({ updated_at: now }).where('id', '=', galleryId).execute();
    const gallery = await trx.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
    checkOpen(gallery);
    await findPhotoRow({ db: trx }, galleryId, photoId);
    const existing = await trx.selectFrom('favorites').select('photo_id').where('gallery_id', '=', galleryId).where('photo_id', '=', photoId).executeTakeFirst();
    if (favorite && !existing) {
      const count = await favoriteCount(trx, galleryId);
      if (gallery.selection_enabled === 1 && gallery.selection_max !== null && count >= gallery.selection_max) {
        throw new ApiError('selection_invalid', `Select at most ${gallery.selection_max} photos`, { count, min: gallery.selection_min, max: gallery.selection_max });
      }
      await trx.insertInto('favorites').values({ gallery_id: galleryId, photo_id: photoId, created_at: now }).execute();
    } else if (!favorite && existing) {
      await trx.deleteFrom('favorites').where('gallery_id', '=', galleryId).where('photo_id', '=', photoId).execute();
    }
    if (favorite !== Boolean(existing)) {
      await recordActivity(trx, { galleryId, type: favorite ? 'favorite.added' : 'favorite.removed', at: now, visitorHash: visitorHash(gallery, visitor), photoId });
      await trx.updateTable('galleries').set({ favorites: await favoriteCount(trx, galleryId) }).where('id', '=', galleryId).execute();
    }
    return sharedSelection(trx, galleryId);
  });
}

/** The client confirms the selection: min/max enforced (422), then locked (409 afterwards); fires gallery.validated. */
export async function validateSelection(ctx: ShareContext, grant: ShareGrant, visitor: Visitor): Promise<SharedSelectionResource> {
  const galleryId = grant.gallery.id;
  const now = ctx.clock.now().toISOString();
  const result = await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('galleries').set({ updated_at: now }).where('id', '=', galleryId).execute();
    const gallery = await trx.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
    checkOpen(gallery);
    const photos = await selectedPhotos({ db: trx }, galleryId);
    const { selection_min: min, selection_max: max } = gallery;
    if (gallery.selection_enabled !== 1) {
      throw new ApiError('selection_invalid', 'The photographer has not opened this gallery for selection', { count: photos.length, min, max, enabled: false });
    }
    if (photos.length < min || (max !== null && photos.length > max) || photos.length === 0) {
      const range = max === null ? `at least ${Math.max(min, 1)}` : `between ${Math.max(min, 1)} and ${max}`;
      throw new ApiError('selection_invalid', `Select ${range} photos`, { count: photos.length, min, max });
    }
    await trx.updateTable('galleries').set({ selection_state: 'validated', selection_validated_at: now }).where('id', '=', galleryId).execute();
    await recordActivity(trx, { galleryId, type: 'selection.validated', at: now, visitorHash: visitorHash(gallery, visitor) });
    await recordGalleryEvent(ctx, trx, galleryId, 'gallery.validated', () => ({ selection: photos.map((p) => ({ id: p.id, filename: p.filename })) }));
    return sharedSelection(trx, galleryId);
  });
  ctx.deliveries.wake();
  return result;
}

