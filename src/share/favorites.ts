// The client marks and unmarks favourites: idempotent, at most the
// selection's max (422), never once the selection is validated (409).
import { recordActivity } from '../activity/activity.js';
import type { DomainContext } from '../context.js';
import { ApiError } from '../errors/index.js';
import { findPhotoRow } from '../photos/photos.js';
import { checkSelectionOpen, favoriteCount, sharedSelection, type SharedSelectionResource } from './selection-state.js';
import type { ShareGrant } from './share-access.js';
import { visitorHash, type Visitor } from './visitors.js';

export async function setFavorite(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  grant: ShareGrant,
  photoId: string,
  favorite: boolean,
  visitor: Visitor,
): Promise<SharedSelectionResource> {
  const galleryId = grant.gallery.id;
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    // The gallery row is updated first: concurrent changes to one selection queue behind it.
    await trx.updateTable('galleries').set({ updated_at: now }).where('id', '=', galleryId).execute();
    const gallery = await trx.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
    checkSelectionOpen(gallery);
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
