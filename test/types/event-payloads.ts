// Compile-time checks (run by `npm run typecheck`, not by vitest): an event
// can only be recorded with the data its schema in openapi.yaml gives it
// (generated/events.ts). Each expect-error line below must stay an error.
import type { EventDataMap } from '../../generated/events.js';
import { recordEvent } from '../../src/events/outbox.js';
import { recordGalleryEvent } from '../../src/share/gallery-events.js';

declare const ctx: Parameters<typeof recordEvent>[0];
declare const gallery: EventDataMap['gallery.created']['gallery'];
declare const trx: Parameters<typeof recordGalleryEvent>[1];
declare const shareCtx: Parameters<typeof recordGalleryEvent>[0];

export const documented = () => recordEvent(ctx, { accountId: 'a', type: 'gallery.created', galleryId: null, data: { gallery } });

// @ts-expect-error gallery.created's data is { gallery }, not an empty object
export const missingGallery = () => recordEvent(ctx, { accountId: 'a', type: 'gallery.created', galleryId: null, data: {} });

// @ts-expect-error gallery.viewed needs its visitor
export const viewedWithoutVisitor = () => recordEvent(ctx, { accountId: 'a', type: 'gallery.viewed', galleryId: null, data: { gallery } });

// @ts-expect-error an undocumented field is not part of gallery.deleted's data
export const extraField = () => recordEvent(ctx, { accountId: 'a', type: 'gallery.deleted', galleryId: null, data: { gallery, reason: 'x' } });

// @ts-expect-error webhook.test is not an event of the account's stream
export const testEventInStream = () => recordEvent(ctx, { accountId: 'a', type: 'webhook.test', galleryId: null, data: { webhook_id: 'w', message: 'm' } });

// @ts-expect-error gallery.downloaded says whether it was a zip (a boolean)
export const wrongType = () => recordGalleryEvent(shareCtx, trx, 'g', 'gallery.downloaded', () => ({ photo_ids: [], zip: 'yes', visitor: { visitor_hash: 'h', user_agent: null } }));
