// Gallery name search: case-insensitive substring of the name, `%`, `_` and
// quotes literal. PostgreSQL answers `name_search LIKE '%term%'` from its
// pg_trgm GIN index (migration 0005); SQLite's LIKE cannot use a trigram
// index, so on SQLite the FTS5 trigram table is asked directly, here.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { SEARCH_KEY_RANGE } from '../db/migrations/0005-gallery-name-trigram-index.js';
import type { AccountVersions } from '../db/account-versions.js';
import type { GalleriesTable, Tables } from '../db/schema.js';

/** A gallery as the list shows it: its resource's JSON text (galleryJson). */
interface Shown {
  json: string;
}

/** `%` and `_` in a search match themselves, not "anything". */
export const likePattern = (term: string) => `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Trigram indexes answer terms of 3 characters or more; shorter terms read the account's names (they match most anyway). */
export const TRIGRAM = 3;
/** Past this many matches a term is common: the newest-first walk of the account finds a page of them sooner than sorting all. */
export const COMMON_TERM_MATCHES = 500;
/** A long term is first looked up by its two rarest trigrams, if they leave at most this many candidates to check. */
const MAX_CANDIDATES = 2_000;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * SQLite: the account's galleries whose lower-cased name contains `term`
 * (lower-cased), newest first. The account is one key range of the index
 * (FTS5 reads only that range). The matches are found exactly, then:
 * - few (≤ COMMON_TERM_MATCHES): read and sorted here;
 * - many: counted, and the page found by `walk` (the account newest first,
 *   where matches are dense).
 * Finding them: a quoted phrase of trigrams matches exactly the names that
 * contain the term; a long phrase reads every trigram's entries, so a term of
 * 4+ characters is first looked up by its two rarest trigrams and the
 * candidates checked with instr() — the phrase only when that leaves too many.
 */
export async function searchByTrigrams(
  db: Kysely<Tables>,
  accountId: string,
  term: string,
  query: { status?: GalleriesTable['status'] },
  window: { limit: number; offset: number },
  json: RawBuilder<string>,
  walk: (window: { limit: number; offset: number }) => Promise<Shown[]>,
  kept?: Pick<AccountVersions, 'derived'>,
): Promise<{ rows: Shown[]; total: number }> {
  const account = await sql<{ number: number }>`select number from gallery_search_accounts where account_id = ${accountId}`.execute(db);
  const number = account.rows[0]?.number;
  if (number === undefined) return { rows: [], total: 0 };
  const range = sql`f.rowid between ${number * SEARCH_KEY_RANGE} and ${number * SEARCH_KEY_RANGE + SEARCH_KEY_RANGE - 1}`;
  const status = query.status ? sql`and g.status = ${query.status}` : sql``;

  const keys = await rareTrigramMatches(db, term, range);
  if (keys !== null) {
    // All the matches, exactly.
    if (keys.length <= COMMON_TERM_MATCHES || query.status) return sortedPage(db, keys, status, !!query.status, window, json, keys.length <= COMMON_TERM_MATCHES ? null : walk);
    return { rows: window.offset >= keys.length ? [] : await walk(window), total: keys.length };
  }
  // The phrase: counted in the index first; a few matches are then read by key, many paged by the walk.
  const joined = query.status ? sql`cross join gallery_search s on s.key = f.rowid cross join galleries g on g.id = s.gallery_id` : sql``;
  // Kept with the account's version, like PostgreSQL's filtered totals: a common term's count reads all its
  // index entries (1 ms for 5,000 of 100,000), its page only a few hundred rows of the walk.
  const count = () =>
    sql<{ n: number }>`select count(*) as n from gallery_search_fts f ${joined} where gallery_search_fts match ${quoted(term)} and ${range} ${status}`
      .execute(db)
      .then((result) => Number(result.rows[0]?.n ?? 0));
  const total = kept ? await kept.derived(accountId, `galleries-total:phrase:${query.status ?? ''}:${term}`, count) : await count();
  if (total > COMMON_TERM_MATCHES) return { rows: window.offset >= total ? [] : await walk(window), total };
  if (total === 0) return { rows: [], total: 0 };
  const found = await sql<{ key: number }>`select f.rowid as key from gallery_search_fts f where gallery_search_fts match ${quoted(term)} and ${range}`.execute(db);
  return sortedPage(db, found.rows.map((r) => r.key), status, !!query.status, window, json, null);
}

/** The galleries of these keys (and status, if `hasStatus`), newest first, and the window of them; or, past COMMON_TERM_MATCHES after the status filter, the walk's page. */
async function sortedPage(
  db: Kysely<Tables>,
  keys: number[],
  status: ReturnType<typeof sql>,
  hasStatus: boolean,
  window: { limit: number; offset: number },
  json: RawBuilder<string>,
  walk: ((window: { limit: number; offset: number }) => Promise<Shown[]>) | null,
): Promise<{ rows: Shown[]; total: number }> {
  if (!keys.length) return { rows: [], total: 0 };
  const inKeys = sql`s.key in (select value from json_each(${JSON.stringify(keys)}))`;
  if (walk) {
    const count = await sql<{ n: number }>`select count(*) as n from gallery_search s cross join galleries g on g.id = s.gallery_id where ${inKeys} ${status}`.execute(db);
    const total = Number(count.rows[0]?.n ?? 0);
    return { rows: window.offset >= total ? [] : await walk(window), total };
  }
  // Only the window's rows are shaped into JSON (a page of 20 of 71 matches: the other 51 cost as much again).
  const total = hasStatus
    ? Number((await sql<{ n: number }>`select count(*) as n from gallery_search s cross join galleries g on g.id = s.gallery_id where ${inKeys} ${status}`.execute(db)).rows[0]?.n ?? 0)
    : keys.length;
  if (window.offset >= total) return { rows: [], total };
  const matched = await sql<Shown>`select ${json} as json from gallery_search s cross join galleries g on g.id = s.gallery_id
    where ${inKeys} ${status} order by g.created_at desc, g.id desc limit ${window.limit} offset ${window.offset}`.execute(db);
  return { rows: matched.rows, total };
}

/**
 * How many names hold a trigram (FTS5's vocabulary; reading it costs about as
 * much as the trigram's index entries), remembered for a minute per database.
 * Only the choice of trigrams depends on it — results never do — so a stale
 * count costs time, not correctness.
 */
const vocabulary = new WeakMap<Kysely<Tables>, Map<string, { documents: number; at: number }>>();
const VOCABULARY_TTL_MS = 60_000;
const VOCABULARY_MAX_ENTRIES = 20_000;

async function documentsWith(db: Kysely<Tables>, trigram: string): Promise<number> {
  let known = vocabulary.get(db);
  if (!known) vocabulary.set(db, (known = new Map()));
  const now = Date.now();
  const hit = known.get(trigram);
  if (hit && now - hit.at < VOCABULARY_TTL_MS) return hit.documents;
  const row = await sql<{ doc: number }>`select doc from gallery_search_vocab where term = ${trigram}`.execute(db);
  const documents = row.rows[0]?.doc ?? 0;
  known.delete(trigram);
  if (known.size >= VOCABULARY_MAX_ENTRIES) known.delete(known.keys().next().value!);
  known.set(trigram, { documents, at: now });
  return documents;
}

/** The exact matches of a 4+ character term through its two rarest trigrams, or null (short term, or too many candidates). */
async function rareTrigramMatches(db: Kysely<Tables>, term: string, range: ReturnType<typeof sql>): Promise<number[] | null> {
  const chars = [...term];
  if (chars.length <= TRIGRAM) return null;
  const trigrams = [...new Set(chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join('')))];
  const docs = new Map<string, number>();
  for (const trigram of trigrams) docs.set(trigram, await documentsWith(db, trigram));
  const [first, second] = [...trigrams].sort((a, b) => docs.get(a)! - docs.get(b)!);
  // Even the rarest is common (across all accounts): the candidates would be too many to check.
  if (docs.get(first!)! > 2 * MAX_CANDIDATES) return null;
  // A term may repeat one trigram ("aaaa", "9999…"): then that one alone.
  const rarest = second === undefined ? quoted(first!) : `${quoted(first!)} AND ${quoted(second)}`;
  const candidates = await sql<{ key: number }>`select f.rowid as key from gallery_search_fts f
    where gallery_search_fts match ${rarest} and ${range} limit ${MAX_CANDIDATES + 1}`.execute(db);
  if (candidates.rows.length > MAX_CANDIDATES) return null;
  if (!candidates.rows.length) return [];
  const matched = await sql<{ key: number }>`select key from gallery_search
    where key in (select value from json_each(${JSON.stringify(candidates.rows.map((r) => r.key))})) and instr(name_search, ${term}) > 0`.execute(db);
  return matched.rows.map((r) => r.key);
}
