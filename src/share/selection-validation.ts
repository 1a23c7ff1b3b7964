// The client confirms the selection: min/max enforced (422), then locked
// (409 afterwards); fires gallery.validated with the chosen photos.
import { recordActivity } from '../activity/activity.js';
import type { DomainContext } from '../context.js';
import { ApiError } from '../errors/index.js';
import { selectedPhotos } from '../selection/selection.js';
import { recordGalleryEvent } from './gallery-events.js';
import { checkSelectionOpen, sharedSelection, type SharedSelectionResource } from './selection-state.js';
import type { ShareGrant } from './share-access.js';
import { visitorHash, type Visitor } from './visitors.js';
import { inTransaction } from '../db/unit-of-work.js';

export async function validateSelection(
  ctx: Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries'>,
  grant: ShareGrant,
  visitor: Visitor,
): Promise<SharedSelectionResource> {
  const galleryId = grant.gallery.id;
  const now = ctx.clock.now().toISOString();
  const result = await inTransaction(ctx.db, async (trx) => {
    await trx.updateTable('galleries').set({ updated_at: now }).where('id', '=', galleryId).execute();
    const gallery = await trx.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
    checkSelectionOpen(gallery);
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
