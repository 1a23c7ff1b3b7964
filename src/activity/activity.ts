// What clients did in a gallery: one row per action (never the raw IP), listed
// for the photographer newest first.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { components, operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import type { Tables } from '../db/schema.js';
import { findGalleryRow } from '../galleries/galleries.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';

export type ActivityResource = components['schemas']['Activity'];
export type ActivityType = components['schemas']['ActivityType'];
export type ActivityQuery = NonNullable<operations['listGalleryActivity']['parameters']['query']> & PageQuery;

export async function recordActivity(
  db: Kysely<Tables> | Transaction<Tables>,
  entry: { galleryId: string; type: ActivityType; at: string; visitorHash: string | null; photoId?: string | null },
): Promise<void> {
  await db
    .insertInto('activity')
    .values({ id: randomUUID(), gallery_id: entry.galleryId, type: entry.type, occurred_at: entry.at, visitor_hash: entry.visitorHash, photo_id: entry.photoId ?? null })
    .execute();
}

export async function listActivity(ctx: Pick<DomainContext, 'db'>, accountId: string, galleryId: string, query: ActivityQuery): Promise<Page<ActivityResource>> {
  await findGalleryRow(ctx.db, accountId, galleryId);
  let base = ctx.db.selectFrom('activity').where('gallery_id', '=', galleryId);
  if (query.type) base = base.where('type', '=', query.type);
  const { limit, offset } = pageWindow(query);
  const [rows, count] = await Promise.all([
    base.select(['id', 'type', 'occurred_at', 'visitor_hash', 'photo_id']).orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows, total: Number(count.n) };
}
