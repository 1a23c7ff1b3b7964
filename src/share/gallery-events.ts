// The events a client's actions fire (viewed, downloaded, validated): the
// gallery as it is after the change, plus what each event adds — typed by
// the event's schema, so an event cannot drift from its documented payload.
import type { Transaction } from 'kysely';
import type { EventDataMap } from '../../generated/events.js';
import type { DomainContext } from '../context.js';
import type { GalleriesTable, Tables } from '../db/schema.js';
import { recordEvent } from '../events/outbox.js';
import { toGalleryResource } from '../galleries/gallery-resource.js';

export type ClientEventType = 'gallery.viewed' | 'gallery.downloaded' | 'gallery.validated';

/** Re-reads the gallery in the transaction (counters just changed) and writes its event. */
export async function recordGalleryEvent<T extends ClientEventType>(
  ctx: Pick<DomainContext, 'clock' | 'config'>,
  trx: Transaction<Tables>,
  galleryId: string,
  type: T,
  extra: (gallery: GalleriesTable) => Omit<EventDataMap[T], 'gallery'>,
): Promise<void> {
  const gallery = await trx.selectFrom('galleries').selectAll().where('id', '=', galleryId).executeTakeFirstOrThrow();
  const data = { gallery: toGalleryResource(gallery, ctx.config.shareBaseUrl), ...extra(gallery) } as EventDataMap[T];
  await recordEvent({ db: trx, clock: ctx.clock }, { accountId: gallery.account_id, type, galleryId, data });
}
