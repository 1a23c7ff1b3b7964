// Galleries: the rules of listing, creating, changing and deleting them.
// Knows nothing of HTTP; throws ApiError values from the catalogue.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { components, operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import { dialectOf } from '../db/dialect.js';
import { SEARCH_KEY_RANGE } from '../db/migrations.js';
import type { GalleriesTable, Tables } from '../db/schema.js';
import { ApiError, invalidField, notFound } from '../errors/index.js';
import { recordEvent } from '../events/outbox.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';
import { galleryFileKeys } from '../photos/photos.js';
import { parseInstant } from '../validation/instant.js';
import { hashPassword } from './passwords.js';
import { toGalleryResource, type GalleryResource } from './gallery-resource.js';

type GalleryCreate = components['schemas']['GalleryCreate'];
type GalleryUpdate = components['schemas']['GalleryUpdate'];
export type GalleriesQuery = NonNullable<operations['listGalleries']['parameters']['query']> & PageQuery;

type GalleryContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries' | 'expiry' | 'storage' | 'logger'>;

const newShareToken = () => randomBytes(12).toString('base64url');
const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** `%` and `_` in a search match themselves, not "anything". */
export const likePattern = (term: string) => `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function futureTimestamp(field: string, value: string | null | undefined, now: Date): string | null | undefined {
  if (value === undefined || value === null) return value;
  const time = parseInstant(field, value);
  if (time.getTime() <= now.getTime()) throw invalidField(field, 'Must be in the future');
  return time.toISOString();
}

function checkSelectionBounds(min: number, max: number | null) {
  if (max !== null && min > max) {
    throw new ApiError('selection_invalid', 'selection.min cannot be greater than selection.max', { field: 'selection', min, max });
  }
}

/** Trigram indexes answer terms of 3 characters or more; shorter terms read the account's names (they match most anyway). */
const TRIGRAM = 3;

export async function listGalleries(
  ctx: GalleryContext,
  accountId: string,
  query: GalleriesQuery,
): Promise<Page<GalleryResource>> {
  // PostgreSQL answers the LIKE below from its pg_trgm index; SQLite needs its FTS5 table asked directly.
  const term = query.search?.toLowerCase();
  if (term !== undefined && [...term].length >= TRIGRAM && dialectOf(ctx.db) === 'sqlite') return searchByTrigrams(ctx, accountId, term, query);
  let base = ctx.db.selectFrom('galleries').where('account_id', '=', accountId);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.search) base = base.where(sql<boolean>`name_search like ${likePattern(query.search)} escape '\\'`);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(count.n);
  const { limit, offset } = pageWindow(query);
  if (offset >= total) return { items: [], total };
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
  return { items: rows.map((row) => toGalleryResource(row, ctx.config.shareBaseUrl)), total };
}

/** Past this many matches a term is common: the newest-first walk of the account finds a page of them sooner than sorting all. */
const COMMON_TERM_MATCHES = 500;

/**
 * SQLite: the account's galleries whose lower-cased name contains `term`, via
 * the FTS5 trigram index (migration 0005): a quoted phrase of trigrams matches
 * exactly the names containing it, `%`, `_` and quotes included, and the
 * account's key range bounds what the index reads. The count always comes from
 * the index; the page too for rare terms, from the newest-first walk for common ones.
 */
async function searchByTrigrams(ctx: GalleryContext, accountId: string, term: string, query: GalleriesQuery): Promise<Page<GalleryResource>> {
  const account = await sql<{ number: number }>`select number from gallery_search_accounts where account_id = ${accountId}`.execute(ctx.db);
  const number = account.rows[0]?.number;
  if (number === undefined) return { items: [], total: 0 };
  const phrase = `"${term.replace(/"/g, '""')}"`;
  const inAccount = sql`gallery_search_fts match ${phrase} and f.rowid between ${number * SEARCH_KEY_RANGE} and ${number * SEARCH_KEY_RANGE + SEARCH_KEY_RANGE - 1}`;
  const status = query.status ? sql`and g.status = ${query.status}` : sql``;
  const { limit, offset } = pageWindow(query);
  // The index is asked once for a rare term: its (few) matches are then read and sorted here.
  const keys = await sql<{ key: number }>`select f.rowid as key from gallery_search_fts f where ${inAccount} limit ${COMMON_TERM_MATCHES + 1}`.execute(ctx.db);
  if (keys.rows.length <= COMMON_TERM_MATCHES) {
    if (!keys.rows.length) return { items: [], total: 0 };
    const matched = await sql<GalleriesTable>`select g.* from gallery_search s cross join galleries g on g.id = s.gallery_id
      where s.key in (select value from json_each(${JSON.stringify(keys.rows.map((r) => r.key))})) ${status}
      order by g.created_at desc, g.id desc`.execute(ctx.db);
    return { items: matched.rows.slice(offset, offset + limit).map((row) => toGalleryResource(row, ctx.config.shareBaseUrl)), total: matched.rows.length };
  }
  // A common term: counted in the index, and a page found by walking the account newest first (matches are dense).
  const joined = query.status ? sql`cross join gallery_search s on s.key = f.rowid cross join galleries g on g.id = s.gallery_id` : sql``;
  const count = await sql<{ n: number }>`select count(*) as n from gallery_search_fts f ${joined} where ${inAccount} ${status}`.execute(ctx.db);
  const total = Number(count.rows[0]?.n ?? 0);
  if (offset >= total) return { items: [], total };
  let walk = ctx.db.selectFrom('galleries').selectAll().where('account_id', '=', accountId).where(sql<boolean>`name_search like ${likePattern(term)} escape '\\'`);
  if (query.status) walk = walk.where('status', '=', query.status);
  const rows = await walk.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
  return { items: rows.map((row) => toGalleryResource(row, ctx.config.shareBaseUrl)), total };
}

export async function findGalleryRow(db: Kysely<Tables>, accountId: string, id: string): Promise<GalleriesTable> {
  const row = await db.selectFrom('galleries').selectAll().where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  // Another account's gallery is indistinguishable from a missing one.
  if (!row) throw notFound('Gallery', id);
  return row;
}

export async function getGallery(ctx: GalleryContext, accountId: string, id: string): Promise<GalleryResource> {
  return toGalleryResource(await findGalleryRow(ctx.db, accountId, id), ctx.config.shareBaseUrl);
}

export async function createGallery(ctx: GalleryContext, accountId: string, input: GalleryCreate): Promise<GalleryResource> {
  const now = ctx.clock.now();
  const selectionMin = input.selection?.min ?? 0;
  const selectionMax = input.selection?.max ?? null;
  checkSelectionBounds(selectionMin, selectionMax);
  const row: GalleriesTable = {
    id: randomUUID(),
    account_id: accountId,
    name: input.name,
    name_search: input.name.toLowerCase(),
    client_name: input.client?.name ?? null,
    client_email: input.client?.email ?? null,
    event_date: input.event_date ?? null,
    status: 'active',
    share_token: newShareToken(),
    password_hash: input.password ? await hashPassword(input.password) : null,
    download_enabled: flag(input.download_settings?.enabled ?? true),
    download_allow_zip: flag(input.download_settings?.allow_zip ?? true),
    selection_enabled: flag(input.selection?.enabled ?? false),
    selection_min: selectionMin,
    selection_max: selectionMax,
    selection_state: 'open',
    selection_validated_at: null,
    cover_photo_id: null,
    photo_count: 0,
    views: 0,
    downloads: 0,
    favorites: 0,
    expires_at: futureTimestamp('expires_at', input.expires_at, now) ?? null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  const gallery = toGalleryResource(row, ctx.config.shareBaseUrl);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('galleries').values(row).execute();
    await recordEvent({ db: trx, clock: ctx.clock }, { accountId, type: 'gallery.created', galleryId: row.id, data: { gallery } });
  });
  ctx.deliveries.wake();
  if (row.expires_at) ctx.expiry.wake();
  return gallery;
}

export async function updateGallery(
  ctx: GalleryContext,
  accountId: string,
  id: string,
  input: GalleryUpdate,
): Promise<GalleryResource> {
  const now = ctx.clock.now();
  // Ownership first: hashing (scrypt) is deliberately slow, and is only spent on the owner's request.
  await findGalleryRow(ctx.db, accountId, id);
  const passwordHash = typeof input.password === 'string' ? await hashPassword(input.password) : input.password;
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await findGalleryRow(trx, accountId, id);
    const patch: Partial<GalleriesTable> = { updated_at: now.toISOString() };

    if (input.name !== undefined) Object.assign(patch, { name: input.name, name_search: input.name.toLowerCase() });
    if (input.client?.name !== undefined) patch.client_name = input.client.name;
    if (input.client?.email !== undefined) patch.client_email = input.client.email;
    if (input.event_date !== undefined) patch.event_date = input.event_date;
    if (passwordHash !== undefined) patch.password_hash = passwordHash;

    const expiresAt = futureTimestamp('expires_at', input.expires_at, now);
    if (expiresAt !== undefined) patch.expires_at = expiresAt;
    let status = current.status;
    if (status === 'expired' && expiresAt !== undefined) status = 'active';
    if (input.status === 'archived') status = 'archived';
    if (input.status === 'active') {
      const stillExpired = current.status === 'expired' && expiresAt === undefined;
      if (stillExpired) {
        throw new ApiError('conflict', 'An expired gallery is reactivated by moving expires_at to the future', { field: 'status' });
      }
      status = 'active';
    }
    patch.status = status;

    if (input.cover_photo_id !== undefined) {
      if (input.cover_photo_id !== null) {
        const photo = await trx
          .selectFrom('photos')
          .select('id')
          .where('id', '=', input.cover_photo_id)
          .where('gallery_id', '=', id)
          .executeTakeFirst();
        if (!photo) throw invalidField('cover_photo_id', 'Must be the id of a photo of this gallery');
      }
      patch.cover_photo_id = input.cover_photo_id;
    }
    if (input.download_settings?.enabled !== undefined) patch.download_enabled = flag(input.download_settings.enabled);
    if (input.download_settings?.allow_zip !== undefined) patch.download_allow_zip = flag(input.download_settings.allow_zip);
    if (input.selection) {
      const min = input.selection.min ?? current.selection_min;
      const max = input.selection.max !== undefined ? input.selection.max : current.selection_max;
      checkSelectionBounds(min, max);
      Object.assign(patch, { selection_min: min, selection_max: max });
      if (input.selection.enabled !== undefined) patch.selection_enabled = flag(input.selection.enabled);
    }

    await trx.updateTable('galleries').set(patch).where('id', '=', id).execute();
    return toGalleryResource({ ...current, ...patch }, ctx.config.shareBaseUrl);
  });
  if (input.expires_at !== undefined) ctx.expiry.wake();
  return updated;
}

export async function deleteGallery(ctx: GalleryContext, accountId: string, id: string): Promise<void> {
  const files = await ctx.db.transaction().execute(async (trx) => {
    const current = await findGalleryRow(trx, accountId, id);
    const keys = await galleryFileKeys({ db: trx }, id);
    await trx.deleteFrom('galleries').where('id', '=', id).execute();
    await recordEvent({ db: trx, clock: ctx.clock }, {
      accountId,
      type: 'gallery.deleted',
      galleryId: id,
      data: { gallery: toGalleryResource(current, ctx.config.shareBaseUrl) },
    });
    return keys;
  });
  ctx.deliveries.wake();
  // The files go after the commit: a failed delete leaves orphans (logged), never a gallery without its photos.
  await ctx.storage.delete(files).catch((err: unknown) => ctx.logger.warn({ err, gallery_id: id }, 'could not remove a deleted gallery\'s photo files'));
}
