// The client's selection as the share routes show it, and the rule that a
// validated selection no longer changes (409).
import type { Kysely, Transaction } from 'kysely';
import type { components } from '../../generated/openapi.js';
import type { GalleriesTable, Tables } from '../db/schema.js';
import { ApiError } from '../errors/index.js';

export type SharedSelectionResource = components['schemas']['SharedSelection'];
type Db = Kysely<Tables> | Transaction<Tables>;

export async function favoriteCount(db: Db, galleryId: string): Promise<number> {
  const row = await db.selectFrom('favorites').select((eb) => eb.fn.countAll<number>().as('n')).where('gallery_id', '=', galleryId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function sharedSelection(db: Db, galleryId: string): Promise<SharedSelectionResource> {
  const gallery = await db.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
  const ids = await db
    .selectFrom('favorites')
    .innerJoin('photos', 'photos.id', 'favorites.photo_id')
    .select('photos.id')
    .where('favorites.gallery_id', '=', galleryId)
    .orderBy('photos.position')
    .orderBy('photos.id')
    .execute();
  return {
    state: gallery.selection_state,
    validated_at: gallery.selection_validated_at,
    min: gallery.selection_min,
    max: gallery.selection_max,
    count: ids.length,
    photo_ids: ids.map((r) => r.id),
  };
}

/** A validated selection is locked: 409 for any change. */
export function checkSelectionOpen(gallery: GalleriesTable): void {
  if (gallery.selection_state === 'validated') {
    throw new ApiError('selection_locked', 'The selection was already validated', { validated_at: gallery.selection_validated_at });
  }
}
