// Gallery search is index-backed on both databases (SQLite: an FTS5 trigram
// table; PostgreSQL: a pg_trgm GIN index) and must mean the same thing on both:
// case-insensitive substring of the name, `%`, `_` and quotes literal. The same
// galleries (same ids, same times) go into a server on each database; every
// search must give the same totals and pages on both, and what a plain
// `name.toLowerCase().includes(term.toLowerCase())` gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable } from '../support/dialects.js';
import { galleryRow } from '../support/rows.js';
import { startTestServer, type TestServer } from '../support/server.js';

const NAMES = [
  'Smith Wedding',
  'smith & jones',
  'The Smiths — reunion',
  'Blacksmith studio',
  '100% Party',
  '100 percent',
  'under_score',
  'underscore',
  'Quote "this"',
  "O'Brien christening",
  'Ünïcödé Straße',
  'STRASSE day',
  'İstanbul trip',
  'istanbul again',
  'Emoji 🙂 shoot',
  'aaaa',
  'aaaaaaa',
  'abababab',
  '99999999 party',
  'aa a',
  'back\\slash',
  'Kowalski engagement 2021',
  'Kowalski engagement 2022',
];
const TERMS = [
  'smith', 'SMITH', 'Smith W', 'mith', 'sm', 's', '%', '100%', '0%', '_', 'r_s', 'under_', '"', '"this"', "o'b", 'straße', 'strasse', 'ünï', 'Ü',
  'istanbul', 'İstanbul', 'i̇st', '🙂', 'ji 🙂', 'aaa', 'aaaa', 'aaaaaa', 'abab', 'babab', '9999', '99999999', 'aa a', 'a a', '  ', ' ', '\\', 'k\\s', 'back\\', 'kowalski engagement 2021', 'engagement 202', 'zebra', 'zzz',
];

const newestFirst = (list: { id: string; created_at: string }[]) =>
  [...list].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id)).map((g) => g.id);

describe.skipIf(!postgresAvailable)('gallery search: the same answers on SQLite and PostgreSQL', () => {
  const servers: { server: TestServer; key: string; accountId: string }[] = [];
  let rows: { id: string; name: string; status: 'active' | 'archived'; created_at: string }[] = [];

  beforeAll(async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const server = await startTestServer(dialect);
      const { account, key } = await server.newAccount();
      servers.push({ server, key, accountId: account.id });
    }
    // Another account's galleries, identical names: never in this account's results.
    for (const { server } of servers) {
      const other = await server.newAccount();
      for (const name of NAMES.slice(0, 5)) await server.request('POST', '/galleries', { key: other.key, body: { name } });
    }
    // The same galleries (ids, times, statuses) in both, three rounds of names so pages have several entries.
    // And 520 that share a term ("crowd"): more matches than SQLite pages from its index (it walks the account instead).
    const names = [...Array.from({ length: NAMES.length * 3 }, (_, i) => `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` #${Math.floor(i / NAMES.length)}` : ''}`), ...Array.from({ length: 520 }, (_, i) => `Crowd ${i}`)];
    rows = names.map((name, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name,
      status: i % 4 === 3 ? ('archived' as const) : ('active' as const),
      // Not in insertion order: newest first must come from created_at, not from keys.
      created_at: new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % names.length) * 60_000).toISOString(),
    }));
    for (const { server, accountId } of servers) {
      for (const row of rows) {
        await server.database.db
          .insertInto('galleries')
          .values(galleryRow(row.id, accountId, { ...row, share_token: `tok${row.id.slice(-12)}${accountId.slice(0, 6)}`, updated_at: row.created_at }))
          .execute();
      }
    }
  });
  afterAll(async () => {
    for (const { server } of servers) await server.close();
  });

  async function search(query: string): Promise<{ ids: string[]; total: number }[]> {
    return Promise.all(
      servers.map(async ({ server, key }) => {
        const res = await server.request('GET', `/galleries?${query}`, { key });
        expect(res.status, query).toBe(200);
        return { ids: res.body.data.map((g: { id: string }) => g.id), total: res.body.pagination.total };
      }),
    );
  }

  it('gives the same totals and pages as each other and as a plain substring test, for every term', async () => {
    for (const term of TERMS) {
      const q = `search=${encodeURIComponent(term)}&per_page=100`;
      const [sqlite, postgres] = await search(q);
      expect(postgres, term).toEqual(sqlite);
      const expected = newestFirst(rows.filter((g) => g.name.toLowerCase().includes(term.toLowerCase())));
      expect(sqlite!.ids, term).toEqual(expected.slice(0, 100));
      expect(sqlite!.total, term).toBe(expected.length);
    }
  });

  it('agrees with a status filter and across pages, for rare and common terms', async () => {
    for (const term of ['smith', 'engagement', 'a', '%', 'crowd', 'crowd 1']) {
      for (const [query, status, page, perPage] of [
        ['status=archived', 'archived', 1, 20],
        ['status=active&per_page=2&page=2', 'active', 2, 2],
        ['per_page=3&page=3', undefined, 3, 3],
        ['per_page=100&page=5', undefined, 5, 100],
      ] as const) {
        const [sqlite, postgres] = await search(`search=${encodeURIComponent(term)}&${query}`);
        expect(postgres, `${term} ${query}`).toEqual(sqlite);
        const expected = newestFirst(rows.filter((g) => g.name.toLowerCase().includes(term) && (!status || g.status === status)));
        expect(sqlite, `${term} ${query}`).toEqual({ ids: expected.slice((page - 1) * perPage, page * perPage), total: expected.length });
      }
    }
  });

  it('follows renames and deletions at once', async () => {
    for (const { server, key } of servers) {
      const created = (await server.request('POST', '/galleries', { key, body: { name: 'Zebra crossing' } })).body.data;
      expect((await server.request('GET', '/galleries?search=zebra', { key })).body.pagination.total).toBe(1);
      await server.request('PATCH', `/galleries/${created.id}`, { key, body: { name: 'Giraffe crossing' } });
      expect((await server.request('GET', '/galleries?search=zebra', { key })).body.pagination.total).toBe(0);
      expect((await server.request('GET', '/galleries?search=giraffe', { key })).body.data.map((g: { id: string }) => g.id)).toEqual([created.id]);
      await server.request('DELETE', `/galleries/${created.id}`, { key });
      expect((await server.request('GET', '/galleries?search=giraffe', { key })).body.pagination.total).toBe(0);
    }
  });

  it('follows writes at once for terms whose totals are kept (3 characters: counted in the index; common: walked)', async () => {
    const total = async (server: TestServer, key: string, query: string) => (await server.request('GET', `/galleries?${query}`, { key })).body.pagination.total as number;
    for (const { server, key } of servers) {
      // "row": the 520 crowds, counted once and kept while the account is unchanged.
      const crowds = rows.filter((g) => g.name.toLowerCase().includes('row')).length;
      const archivedCrowds = rows.filter((g) => g.name.toLowerCase().includes('row') && g.status === 'archived').length;
      expect(await total(server, key, 'search=row')).toBe(crowds);
      expect(await total(server, key, 'search=row&status=archived')).toBe(archivedCrowds);
      expect(await total(server, key, 'search=zeb')).toBe(0);
      const created = (await server.request('POST', '/galleries', { key, body: { name: 'Rowboat zebra' } })).body.data;
      expect(await total(server, key, 'search=row')).toBe(crowds + 1);
      expect(await total(server, key, 'search=zeb')).toBe(1);
      await server.request('PATCH', `/galleries/${created.id}`, { key, body: { status: 'archived' } });
      expect(await total(server, key, 'search=row&status=archived')).toBe(archivedCrowds + 1);
      await server.request('PATCH', `/galleries/${created.id}`, { key, body: { name: 'Canoe' } });
      expect(await total(server, key, 'search=row')).toBe(crowds);
      expect(await total(server, key, 'search=zeb')).toBe(0);
      await server.request('DELETE', `/galleries/${created.id}`, { key });
      expect(await total(server, key, 'search=row&status=archived')).toBe(archivedCrowds);
    }
  });
});
