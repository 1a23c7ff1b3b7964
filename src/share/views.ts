// Opening a shared gallery: what the client sees of it, and the view it
// counts — once per visitor per 30 minutes (a visitor session), also when the
// client's copy is still fresh (a 304 is a view too); fires gallery.viewed.
import type { components } from '../../generated/openapi.js';
import { recordActivity } from '../activity/activity.js';
import type { DomainContext } from '../context.js';
import { isLive } from '../accounts/livemode.js';
import type { GalleriesTable } from '../db/schema.js';
import { downloadSettingsOf, selectionOf } from '../galleries/gallery-resource.js';
import { recordGalleryEvent } from './gallery-events.js';
import { favoriteCount } from './selection-state.js';
import type { ShareGrant } from './share-access.js';
import { visitorData, visitorHash, type Visitor } from './visitors.js';

export type SharedGalleryResource = components['schemas']['SharedGallery'];
type ViewContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries'>;

/** A view counts once per visitor in this window (a visitor session), not per page or photo request. */
export const VIEW_SESSION_MS = 30 * 60 * 1000;

function toSharedGallery(gallery: GalleriesTable, count: number): SharedGalleryResource {
  return {
    id: gallery.id,
    livemode: isLive(gallery),
    name: gallery.name,
    event_date: gallery.event_date,
    photo_count: gallery.photo_count,
    cover_photo_id: gallery.cover_photo_id,
    download_settings: downloadSettingsOf(gallery),
    selection: { ...selectionOf(gallery), count },
    expires_at: gallery.expires_at,
  };
}

export async function openSharedGallery(ctx: ViewContext, grant: ShareGrant, visitor: Visitor): Promise<SharedGalleryResource> {
  const counted = await recordView(ctx, grant, visitor);
  const { gallery } = grant;
  return toSharedGallery(counted ? { ...gallery, views: gallery.views + 1 } : gallery, await favoriteCount(ctx.db, gallery.id));
}

/** A client opened the gallery. True if it counted as a view. */
export async function recordView(ctx: ViewContext, grant: ShareGrant, visitor: Visitor): Promise<boolean> {
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
