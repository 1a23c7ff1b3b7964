// The client's selection as the photographer sees it: the favourites, whether
// they were validated, and the exports photographers feed to Lightroom or
// Capture One.
import type { components } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import { isLive } from '../accounts/livemode.js';
import type { GalleriesTable } from '../db/schema.js';
import { findGalleryRow } from '../galleries/galleries.js';

export type SelectionResource = components['schemas']['Selection'];
export type ExportFormat = components['parameters']['ExportFormat'];

export async function selectedPhotos(ctx: Pick<DomainContext, 'db'>, galleryId: string) {
  return ctx.db
    .selectFrom('favorites')
    .innerJoin('photos', 'photos.id', 'favorites.photo_id')
    .select(['photos.id', 'photos.filename', 'photos.position', 'favorites.created_at as favorited_at'])
    .where('favorites.gallery_id', '=', galleryId)
    .orderBy('photos.position')
    .orderBy('photos.id')
    .execute();
}

function toSelection(gallery: GalleriesTable, photos: Awaited<ReturnType<typeof selectedPhotos>>): SelectionResource {
  return {
    gallery_id: gallery.id,
    livemode: isLive(gallery),
    state: gallery.selection_state,
    validated_at: gallery.selection_validated_at,
    min: gallery.selection_min,
    max: gallery.selection_max,
    count: photos.length,
    photos,
  };
}

export async function getSelection(ctx: Pick<DomainContext, 'db'>, accountId: string, galleryId: string): Promise<SelectionResource> {
  const gallery = await findGalleryRow(ctx.db, accountId, galleryId);
  return toSelection(gallery, await selectedPhotos(ctx, galleryId));
}

const csvField = (value: string | number) => {
  const text = String(value);
  // Quote what needs it, and neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gallery';

/** The selection as a file: CSV (filename, position, favorited_at) or the Lightroom/Capture One filter line. */
export async function exportSelection(
  ctx: Pick<DomainContext, 'db'>,
  accountId: string,
  galleryId: string,
  format: ExportFormat,
): Promise<{ body: string; contentType: 'text/csv' | 'text/plain'; filename: string }> {
  const gallery = await findGalleryRow(ctx.db, accountId, galleryId);
  const photos = await selectedPhotos(ctx, galleryId);
  if (format === 'lightroom') {
    // Lightroom's Library filter and Capture One's search take base names separated by ", ".
    const names = photos.map((p) => p.filename.replace(/\.[^.]+$/, ''));
    return { body: names.join(', '), contentType: 'text/plain', filename: `${slug(gallery.name)}-selection.txt` };
  }
  const lines = ['filename,position,favorited_at', ...photos.map((p) => [p.filename, p.position, p.favorited_at].map(csvField).join(','))];
  return { body: `${lines.join('\n')}\n`, contentType: 'text/csv', filename: `${slug(gallery.name)}-selection.csv` };
}
