// Downloads by the client: one original, or every photo (or the selection)
// as one zip streamed as it is built — one photo's file open at a time, so
// memory stays flat whatever the gallery's size. Each download is recorded
// and fires gallery.downloaded; a client whose copy is still fresh (304)
// downloads nothing and nothing is recorded.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type * as Archiver from 'archiver';
import { recordActivity, type ActivityType } from '../activity/activity.js';
import type { DomainContext } from '../context.js';
import type { GalleriesTable, PhotosTable } from '../db/schema.js';
import { ApiError } from '../errors/index.js';
import { importLazily } from '../lazy/require-lazily.js';
import { downloadName } from '../photos/download-name.js';
import { findPhotoRow, openPhotoFile } from '../photos/photos.js';
import { selectedPhotos } from '../selection/selection.js';
import { recordGalleryEvent } from './gallery-events.js';
import type { ShareGrant } from './share-access.js';
import { visitorData, visitorHash, type Visitor } from './visitors.js';

type DownloadContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries' | 'storage' | 'logger'>;

/**
 * A download's content version: what its bytes and name depend on (a photo's
 * original never changes). `stillFresh` says whether the client already holds
 * that version; then nothing is sent and nothing is recorded.
 */
export type StillFresh = (version: string) => boolean;

function checkDownloads(gallery: GalleriesTable, zip: boolean): void {
  if (gallery.download_enabled !== 1) throw new ApiError('downloads_disabled', 'Downloads are disabled for this gallery', null);
  if (zip && gallery.download_allow_zip !== 1) throw new ApiError('downloads_disabled', 'Zip downloads are disabled for this gallery', null);
}

async function recordDownload(ctx: DownloadContext, gallery: GalleriesTable, visitor: Visitor, photos: PhotosTable[], zip: boolean): Promise<void> {
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

export async function downloadSharedPhoto(
  ctx: DownloadContext,
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

async function zipPhotos(ctx: DownloadContext, galleryId: string, selection: boolean): Promise<PhotosTable[]> {
  const all = ctx.db.selectFrom('photos').selectAll().orderBy('position').orderBy('id');
  if (!selection) return all.where('gallery_id', '=', galleryId).execute();
  const ids = (await selectedPhotos(ctx, galleryId)).map((p) => p.id);
  return ids.length ? all.where('id', 'in', ids).execute() : [];
}

/** Streams the photos into a zip of stored entries (photos are compressed already: no CPU spent deflating). */
async function streamZip(ctx: DownloadContext, galleryId: string, photos: PhotosTable[]): Promise<Readable> {
  const { ZipArchive } = await archiver();
  const archive = new ZipArchive({ store: true });
  const names = zipEntryNames(photos.map((p) => downloadName(p.filename, p.content_type)));
  // One error listener for the whole archive (not one per photo: a 1,000-photo zip would leak 1,000).
  let failed: Error | null = null;
  let wakeOnError: ((err: Error) => void) | null = null;
  archive.on('error', (err: Error) => {
    failed = err;
    wakeOnError?.(err);
  });
  void (async () => {
    for (const [i, photo] of photos.entries()) {
      if (failed) throw failed;
      const source = await openPhotoFile(ctx, photo, 'original');
      const added = new Promise<void>((resolve, reject) => {
        archive.once('entry', () => resolve());
        wakeOnError = reject;
      });
      archive.append(source, { name: names[i]!, date: new Date(photo.created_at) });
      await added;
    }
    wakeOnError = null;
    await archive.finalize();
  })().catch((err: unknown) => {
    ctx.logger.error({ err, gallery_id: galleryId }, 'zip download failed while streaming');
    archive.destroy(err as Error);
  });
  return archive as unknown as Readable;
}

/** Every original (or the favourites) in one zip. */
export async function downloadSharedGallery(
  ctx: DownloadContext,
  grant: ShareGrant,
  options: { selection: boolean },
  visitor: Visitor,
  stillFresh: StillFresh,
): Promise<{ version: string; filename: string; stream: Readable | null }> {
  checkDownloads(grant.gallery, true);
  const galleryId = grant.gallery.id;
  const photos = await zipPhotos(ctx, galleryId, options.selection);
  if (!photos.length) throw new ApiError('not_found', options.selection ? 'The selection is empty' : 'The gallery has no photos', { id: galleryId });
  const slug = grant.gallery.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gallery';
  const filename = `${slug}${options.selection ? '-selection' : ''}.zip`;
  const version = createHash('sha256')
    .update([filename, ...photos.map((p) => `${p.sha256}|${p.filename}|${p.created_at}`)].join('\n'))
    .digest('base64url');
  if (stillFresh(version)) return { version, filename, stream: null };
  await recordDownload(ctx, grant.gallery, visitor, photos, true);
  return { version, filename, stream: await streamZip(ctx, galleryId, photos) };
}
