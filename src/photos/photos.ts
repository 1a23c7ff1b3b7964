// Photos of a gallery: upload (checked by content, previews made, stored,
// all or nothing), list, get, delete, and their files. Knows nothing of HTTP
// beyond the uploaded files it is handed.
import { randomUUID } from 'node:crypto';

import { photoContentTypeValues, type components, type operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import { isLive } from '../accounts/livemode.js';
import type { GalleriesTable, PhotosTable } from '../db/schema.js';
import { ApiError, notFound } from '../errors/index.js';
import { findGalleryRow } from '../galleries/galleries.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';
import type { UploadedFile } from '../server/multipart.js';
import { StorageNotFoundError } from '../storage/storage.js';
import type { Readable } from 'node:stream';
import { photoMaxPixels } from '../../generated/constants.js';
import { DamagedImageError, makePreviews, readImageHeader, sniffContentType, TooManyPixelsError, type PhotoContentType, type PreviewSize } from './images.js';
import type { ImageQueue } from './image-queue.js';
import { inTransaction } from '../db/unit-of-work.js';
import { changedMeanwhile, checkPrecondition, foundOr412, type Precondition } from '../resources/preconditions.js';

export type PhotoResource = components['schemas']['Photo'];
export type PhotosQuery = NonNullable<operations['listPhotos']['parameters']['query']> & PageQuery;
type PhotoContext = Pick<DomainContext, 'db' | 'clock' | 'storage' | 'logger'>;

/** The accepted types as a person reads them ("JPEG, PNG or WebP"), from the spec's PhotoContentType. */
export const ACCEPTED_TYPES = (() => {
  const names = photoContentTypeValues.map((type) => type.replace(/^image\//, '').toUpperCase().replace(/^WEBP$/, 'WebP'));
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
})();

/** A photo as the API shows it: in its gallery's mode. */
export function toPhotoResource(row: PhotosTable, gallery: Pick<GalleriesTable, 'livemode'>): PhotoResource {
  return {
    id: row.id,
    livemode: isLive(gallery),
    gallery_id: row.gallery_id,
    filename: row.filename,
    content_type: row.content_type,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    position: row.position,
    created_at: row.created_at,
  };
}

/** Where a photo's files are kept: the original and one WebP preview per size. */
export const storageKeys = (row: Pick<PhotosTable, 'storage_key'>) => ({
  original: row.storage_key,
  thumbnail: `${row.storage_key}.thumbnail.webp`,
  web: `${row.storage_key}.web.webp`,
});
const allKeys = (row: Pick<PhotosTable, 'storage_key'>) => Object.values(storageKeys(row));

export async function listPhotos(ctx: Pick<DomainContext, 'db'>, accountId: string, galleryId: string, query: PhotosQuery): Promise<Page<PhotoResource>> {
  const gallery = await findGalleryRow(ctx.db, accountId, galleryId);
  return pagePhotos(ctx, galleryId, query, (row) => toPhotoResource(row, gallery));
}

/** One page of a gallery's photos in display order, shaped by `shape`. */
export async function pagePhotos<T>(ctx: Pick<DomainContext, 'db'>, galleryId: string, query: PageQuery, shape: (row: PhotosTable) => T): Promise<Page<T>> {
  const base = ctx.db.selectFrom('photos').where('gallery_id', '=', galleryId);
  const { limit, offset } = pageWindow(query);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('position').orderBy('id').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(shape), total: Number(count.n) };
}

export async function findPhotoRow(ctx: Pick<DomainContext, 'db'>, galleryId: string, photoId: string): Promise<PhotosTable> {
  const row = await ctx.db.selectFrom('photos').selectAll().where('id', '=', photoId).where('gallery_id', '=', galleryId).executeTakeFirst();
  if (!row) throw notFound('Photo', photoId);
  return row;
}

export async function getPhoto(ctx: Pick<DomainContext, 'db'>, accountId: string, galleryId: string, photoId: string): Promise<PhotoResource> {
  const gallery = await findGalleryRow(ctx.db, accountId, galleryId);
  return toPhotoResource(await findPhotoRow(ctx, galleryId, photoId), gallery);
}

interface CheckedFile extends UploadedFile {
  contentType: PhotoContentType;
  width: number;
  height: number;
  previews: Record<PreviewSize, string>;
}

/** Every file is an image we accept, whole: the first that is not answers for the upload. */
async function checkFiles(files: UploadedFile[], images: ImageQueue): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    const field = `files[${index}]`;
    if (file.bytes === 0) throw new ApiError('invalid_request', `'${file.filename}' is empty`, { field, issue: 'Is empty', filename: file.filename });
    const sniffed = sniffContentType(file.head);
    if (!sniffed || 'refused' in sniffed) {
      const received = sniffed && 'refused' in sniffed ? sniffed.refused : 'unknown';
      throw new ApiError('unsupported_media_type', `'${file.filename}' is ${received}, not a ${ACCEPTED_TYPES} image`, { received, filename: file.filename, field });
    }
    try {
      const header = await readImageHeader(file.path);
      const previews = await images.run(header.pixels, () => makePreviews(file.path));
      checked.push({ ...file, contentType: sniffed.accepted, width: header.width, height: header.height, previews });
    } catch (err) {
      if (err instanceof TooManyPixelsError) {
        throw new ApiError('payload_too_large', `'${file.filename}' has more than ${photoMaxPixels} pixels (${err.width} × ${err.height})`, {
          filename: file.filename,
          limit_pixels: photoMaxPixels,
          width: err.width,
          height: err.height,
        });
      }
      if (!(err instanceof DamagedImageError)) throw err;
      throw new ApiError('invalid_request', `'${file.filename}' is not a readable image`, { field, issue: err.message, filename: file.filename });
    }
  }
  return checked;
}

export async function addPhotos(ctx: PhotoContext & { images: ImageQueue }, accountId: string, galleryId: string, files: UploadedFile[]): Promise<PhotoResource[]> {
  const gallery = await findGalleryRow(ctx.db, accountId, galleryId);
  const checked = await checkFiles(files, ctx.images);
  const now = ctx.clock.now().toISOString();
  const rows: PhotosTable[] = checked.map((file) => {
    const id = randomUUID();
    return {
      id,
      gallery_id: galleryId,
      filename: file.filename.slice(0, 255),
      content_type: file.contentType,
      bytes: file.bytes,
      width: file.width,
      height: file.height,
      sha256: file.sha256,
      position: 0,
      storage_key: `galleries/${galleryId}/${id}`,
      created_at: now,
    };
  });
  const stored: string[] = [];
  try {
    for (const [i, row] of rows.entries()) {
      const keys = storageKeys(row);
      const file = checked[i]!;
      await ctx.storage.put(keys.original, file.path, file.contentType);
      stored.push(keys.original);
      for (const size of ['thumbnail', 'web'] as const) {
        await ctx.storage.put(keys[size], file.previews[size], 'image/webp');
        stored.push(keys[size]);
      }
    }
    await inTransaction(ctx.db, async (trx) => {
      // Updating the gallery row first serializes concurrent uploads to one gallery (row lock on PostgreSQL).
      const gallery = await trx
        .updateTable('galleries')
        .set((eb) => ({ photo_count: eb('photo_count', '+', rows.length), updated_at: now }))
        .where('id', '=', galleryId)
        .returning(['cover_photo_id'])
        .executeTakeFirst();
      if (!gallery) throw notFound('Gallery', galleryId);
      const last = await trx.selectFrom('photos').select((eb) => eb.fn.max('position').as('p')).where('gallery_id', '=', galleryId).executeTakeFirst();
      let position = Number(last?.p ?? 0);
      for (const row of rows) row.position = ++position;
      await trx.insertInto('photos').values(rows).execute();
      if (gallery.cover_photo_id === null) await trx.updateTable('galleries').set({ cover_photo_id: rows[0]!.id }).where('id', '=', galleryId).execute();
    });
  } catch (err) {
    await ctx.storage.delete(stored).catch((cleanupErr: unknown) => ctx.logger.warn({ err: cleanupErr }, 'could not remove the files of a failed upload'));
    throw err;
  }
  return rows.map((row) => toPhotoResource(row, gallery));
}

export async function deletePhoto(ctx: PhotoContext, accountId: string, galleryId: string, photoId: string, precondition?: Precondition): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const row = await ctx.db.transaction().execute(async (trx) => {
    await foundOr412(findGalleryRow(trx, accountId, galleryId), precondition, 'photo');
    const photo = await foundOr412(findPhotoRow({ db: trx }, galleryId, photoId), precondition, 'photo');
    checkPrecondition(precondition, 'photo', photo.version);
    await trx.deleteFrom('favorites').where('photo_id', '=', photoId).execute();
    const deleted = await trx.deleteFrom('photos').where('id', '=', photoId).where('version', '=', photo.version ?? 1).executeTakeFirst();
    if (precondition && Number(deleted.numDeletedRows) !== 1) throw changedMeanwhile(precondition, 'photo');
    const nextCover = trx.selectFrom('photos').select('id').where('gallery_id', '=', galleryId).orderBy('position').orderBy('id').limit(1);
    await trx
      .updateTable('galleries')
      .set((eb) => ({
        photo_count: eb('photo_count', '-', 1),
        favorites: eb.selectFrom('favorites').select((f) => f.fn.countAll<number>().as('n')).where('gallery_id', '=', galleryId),
        cover_photo_id: eb.case().when('cover_photo_id', '=', photoId).then(nextCover).else(eb.ref('cover_photo_id')).end(),
        updated_at: now,
      }))
      .where('id', '=', galleryId)
      .execute();
    return photo;
  });
  await ctx.storage.delete(allKeys(row)).catch((err: unknown) => ctx.logger.warn({ err, photo_id: photoId }, 'could not remove a deleted photo\'s files'));
}

/** The original or a preview, as a stream. */
export async function openPhotoFile(ctx: Pick<DomainContext, 'storage'>, row: PhotosTable, kind: 'original' | PreviewSize): Promise<Readable> {
  try {
    return await ctx.storage.get(storageKeys(row)[kind]);
  } catch (err) {
    if (err instanceof StorageNotFoundError) throw notFound('Photo file', row.id);
    throw err;
  }
}

/** Every file of a gallery's photos (to remove with the gallery). */
export async function galleryFileKeys(ctx: Pick<DomainContext, 'db'>, galleryId: string): Promise<string[]> {
  const rows = await ctx.db.selectFrom('photos').select('storage_key').where('gallery_id', '=', galleryId).execute();
  return rows.flatMap(allKeys);
}

