// Galleries: the rules of listing, creating, changing and deleting them.
// Knows nothing of HTTP; throws ApiError values from the catalogue.
import { livemodeFlag } from '../accounts/livemode.js';
import type { Account } from '../accounts/accounts.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { endAccessTokens } from '../share/share-access.js';
import { sql, type Kysely } from 'kysely';
import type { components, operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import { dialectOf } from '../db/dialect.js';
import { preparedQuery, type PreparedQuery } from '../db/prepared.js';
import type { GalleriesTable, Tables } from '../db/schema.js';
import { ApiError, invalidField, notFound } from '../errors/index.js';
import { recordEvent } from '../events/outbox.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';
import { galleryFileKeys } from '../photos/photos.js';
import { parseInstant } from '../validation/instant.js';
import { hashPassword } from './passwords.js';
import { JsonText } from '../json-text.js';
import { galleryJson } from './gallery-json.js';
import { toGalleryResource, type GalleryResource } from './gallery-resource.js';
import type { AccountVersions } from '../db/account-versions.js';
import { COMMON_TERM_MATCHES, likePattern, searchByTrigrams, TRIGRAM } from './trigram-search.js';
import { inTransaction } from '../db/unit-of-work.js';
import { changedMeanwhile, checkPrecondition, foundOr412, type Precondition } from '../resources/preconditions.js';

type GalleryCreate = components['schemas']['GalleryCreate'];
type GalleryUpdate = components['schemas']['GalleryUpdate'];
export type GalleriesQuery = NonNullable<operations['listGalleries']['parameters']['query']> & PageQuery;

type GalleryContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries' | 'expiry' | 'storage' | 'logger'>;

const newShareToken = () => randomBytes(12).toString('base64url');
const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);


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

/**
 * What a name is searched by: Unicode NFC (so a composed "é" and an "e" +
 * combining accent are one letter), lower-cased. Names are stored NFC too.
 */
export const searchable = (text: string) => text.normalize('NFC').toLowerCase().normalize('NFC');

/**
 * `kept`: where a filtered list's total is kept while the account is unchanged (src/db/account-versions.ts):
 * paging through a search counts its matches once (a common term's count reads every match: 23 ms on
 * PostgreSQL for 5,000 of 100,000).
 */
export async function listGalleries(
  ctx: GalleryContext,
  accountId: string,
  query: GalleriesQuery,
  kept?: Pick<AccountVersions, 'derived'>,
): Promise<Page<JsonText<GalleryResource>>> {
  const shareUrlPrefix = `${ctx.config.shareBaseUrl}/`;
  const { limit, offset } = pageWindow(query);
  // PostgreSQL answers the LIKE below from its pg_trgm index; SQLite needs its FTS5 table asked directly.
  const search = query.search === undefined ? undefined : searchable(query.search);
  const term = search;
  if (term !== undefined && [...term].length >= TRIGRAM && dialectOf(ctx.db) === 'sqlite') {
    const args = { accountId, status: query.status ?? '', pattern: likePattern(term), term, shareUrlPrefix };
    const found = await searchByTrigrams(
      ctx.db,
      accountId,
      term,
      query,
      { limit, offset },
      galleryJson('sqlite', shareUrlPrefix, 'g'),
      (window) => pageGalleries[query.status ? 'statusAndSearch' : 'search'](ctx.db, { ...args, ...window }),
      kept,
    );
    return { items: found.rows.map((row) => new JsonText(row.json)), total: found.total };
  }
  const variant = search ? (query.status ? 'statusAndSearch' : 'search') : query.status ? 'status' : 'all';
  const args = { accountId, status: query.status ?? '', pattern: search ? likePattern(search) : '', term: search ?? '', shareUrlPrefix };
  const count = () => countGalleries[variant](ctx.db, args).then(([row]) => Number(row?.n ?? 0));
  // The unfiltered total is one row (kept by triggers); the others are counted, and kept.
  const total = variant === 'all' || !kept ? await count() : await kept.derived(accountId, `galleries-total:${variant}:${args.status}:${args.pattern}`, count);
  if (offset >= total) return { items: [], total };
  // A common term (PostgreSQL): its matches are dense in the account, so walking it newest first finds a page
  // after a few hundred rows (0.6 ms), where the trigram index reads and sorts every match (28 ms for 5,000).
  const page = search && total > COMMON_TERM_MATCHES ? walkGalleries[variant as 'search' | 'statusAndSearch'] : pageGalleries[variant];
  const rows = await page(ctx.db, { ...args, limit, offset });
  return { items: rows.map((row) => new JsonText(row.json)), total };
}

/** The list's queries, built once per variant (status filter, name search, both, neither); pages are shaped in SQL. */
type ListArgs = { accountId: string; status: string; pattern: string; term: string; shareUrlPrefix: string };
type ListVariant = 'all' | 'status' | 'search' | 'statusAndSearch';
const VARIANTS: ListVariant[] = ['all', 'status', 'search', 'statusAndSearch'];
/**
 * A search matches by LIKE (which the trigram index answers) or, for the walk of a common term, by the
 * same substring test in a form no trigram index answers (strpos/instr), so the planner walks the
 * account's newest-first index, as a page of a common term wants.
 */
type Match = 'like' | 'walk';
const listed = (db: Kysely<Tables>, variant: ListVariant, args: ListArgs, match: Match = 'like') => {
  let base = db.selectFrom('galleries').where('account_id', '=', args.accountId);
  if (variant === 'status' || variant === 'statusAndSearch') base = base.where('status', '=', args.status as GalleriesTable['status']);
  if (variant === 'search' || variant === 'statusAndSearch') {
    const walk = dialectOf(db) === 'postgres' ? sql<boolean>`strpos(name_search, ${args.term}) > 0` : sql<boolean>`instr(name_search, ${args.term}) > 0`;
    base = base.where(match === 'like' ? sql<boolean>`name_search like ${args.pattern} escape '\\'` : walk);
  }
  return base;
};
const argNames = (variant: ListVariant, match: Match = 'like'): (keyof ListArgs)[] => [
  'accountId',
  ...(variant === 'status' || variant === 'statusAndSearch' ? (['status'] as const) : []),
  ...(variant === 'search' || variant === 'statusAndSearch' ? ([match === 'like' ? 'pattern' : 'term'] as const) : []),
];
const countGalleries = Object.fromEntries(
  VARIANTS.map((v) => [
    v,
    v === 'all'
      ? // Unfiltered: the account's count, kept by triggers (migration 0006).
        preparedQuery((db: Kysely<Tables>, args: ListArgs) => db.selectFrom('accounts').select('gallery_count as n').where('id', '=', args.accountId), ['accountId'])
      : preparedQuery((db: Kysely<Tables>, args: ListArgs) => listed(db, v, args).select((eb) => eb.fn.countAll<number>().as('n')), argNames(v)),
  ]),
) as Record<ListVariant, PreparedQuery<Tables, ListArgs, { n: number }>>;
type GalleriesPageQuery = PreparedQuery<Tables, ListArgs & { limit: number; offset: number }, { json: string }>;
const pageOf = (v: ListVariant, match: Match): GalleriesPageQuery =>
  preparedQuery(
    (db: Kysely<Tables>, args: ListArgs & { limit: number; offset: number }) =>
      listed(db, v, args, match)
        .select(galleryJson(dialectOf(db), args.shareUrlPrefix).as('json'))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(args.limit)
        .offset(args.offset),
    ['shareUrlPrefix', ...argNames(v, match), 'limit', 'offset'],
  );
const pageGalleries = Object.fromEntries(VARIANTS.map((v) => [v, pageOf(v, 'like')])) as Record<ListVariant, GalleriesPageQuery>;
/** A common term's page: the same matches, walked newest first. */
const walkGalleries = { search: pageOf('search', 'walk'), statusAndSearch: pageOf('statusAndSearch', 'walk') };

const galleryRow = preparedQuery(
  (db: Kysely<Tables>, { id, accountId }: { id: string; accountId: string }) => db.selectFrom('galleries').selectAll().where('id', '=', id).where('account_id', '=', accountId),
  ['id', 'accountId'],
);

export async function findGalleryRow(db: Kysely<Tables>, accountId: string, id: string): Promise<GalleriesTable> {
  const [row] = await galleryRow(db, { id, accountId });
  // Another account's gallery is indistinguishable from a missing one.
  if (!row) throw notFound('Gallery', id);
  return row;
}

export async function getGallery(ctx: GalleryContext, accountId: string, id: string): Promise<GalleryResource> {
  return toGalleryResource(await findGalleryRow(ctx.db, accountId, id), ctx.config.shareBaseUrl);
}

/**
 * A gallery of the scope's mode (a test key's galleries are test galleries), and its `gallery.created`.
 * `fixture` chooses the id and share token: only the sandbox's seed does, so the documentation's ids work on it.
 */
export async function createGallery(
  ctx: GalleryContext,
  scope: Pick<Account, 'id' | 'livemode'>,
  input: GalleryCreate,
  fixture?: { id: string; shareToken: string },
): Promise<GalleryResource> {
  const accountId = scope.id;
  const now = ctx.clock.now();
  const selectionMin = input.selection?.min ?? 0;
  const selectionMax = input.selection?.max ?? null;
  checkSelectionBounds(selectionMin, selectionMax);
  const row: GalleriesTable = {
    id: fixture?.id ?? randomUUID(),
    account_id: accountId,
    name: input.name.normalize('NFC'),
    name_search: searchable(input.name),
    client_name: input.client?.name?.normalize('NFC') ?? null,
    client_email: input.client?.email ?? null,
    event_date: input.event_date ?? null,
    status: 'active',
    share_token: fixture?.shareToken ?? newShareToken(),
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
    livemode: livemodeFlag(scope.livemode),
  };
  const gallery = toGalleryResource(row, ctx.config.shareBaseUrl);
  await inTransaction(ctx.db, async (trx) => {
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
  precondition?: Precondition,
): Promise<{ gallery: GalleryResource; version: number }> {
  const now = ctx.clock.now();
  // Ownership first: hashing (scrypt) is deliberately slow, and is only spent on the owner's request.
  await foundOr412(findGalleryRow(ctx.db, accountId, id), precondition, 'gallery');
  const passwordHash = typeof input.password === 'string' ? await hashPassword(input.password) : input.password;
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await foundOr412(findGalleryRow(trx, accountId, id), precondition, 'gallery');
    checkPrecondition(precondition, 'gallery', current.version);
    const patch: Partial<GalleriesTable> = { updated_at: now.toISOString() };

    if (input.name !== undefined) Object.assign(patch, { name: input.name.normalize('NFC'), name_search: searchable(input.name) });
    if (input.client?.name !== undefined) patch.client_name = input.client.name?.normalize('NFC') ?? null;
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

    const written = await trx.updateTable('galleries').set(patch).where('id', '=', id).where('version', '=', current.version ?? 1).executeTakeFirst();
    if (precondition && Number(written.numUpdatedRows) !== 1) throw changedMeanwhile(precondition, 'gallery');
    // Archived: the link is closed, and reopening it asks for the password again (a changed password ends tokens by itself).
    if (status === 'archived' && current.status !== 'archived') await endAccessTokens(trx, id);
    return { gallery: toGalleryResource({ ...current, ...patch }, ctx.config.shareBaseUrl), version: (current.version ?? 1) + 1 };
  });
  if (input.expires_at !== undefined) ctx.expiry.wake();
  return updated;
}

export async function deleteGallery(ctx: GalleryContext, accountId: string, id: string, precondition?: Precondition): Promise<void> {
  const files = await ctx.db.transaction().execute(async (trx) => {
    const current = await foundOr412(findGalleryRow(trx, accountId, id), precondition, 'gallery');
    checkPrecondition(precondition, 'gallery', current.version);
    const keys = await galleryFileKeys({ db: trx }, id);
    const deleted = await trx.deleteFrom('galleries').where('id', '=', id).where('version', '=', current.version ?? 1).executeTakeFirst();
    if (precondition && Number(deleted.numDeletedRows) !== 1) throw changedMeanwhile(precondition, 'gallery');
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
