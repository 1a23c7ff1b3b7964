import { describe, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../support/server.js';

const SEED_ID = '550e8400-e29b-41d4-a716-446655440000';

describeOnEachDatabase('galleries', (server) => {
  it('creates a gallery: 201, Location, the documented shape, no password echoed', async () => {
    const { key } = await server().newAccount();
    const res = await server().request('POST', '/galleries', {
      key,
      body: {
        name: 'Smith Wedding',
        client: { name: 'Jane Smith', email: 'jane@example.com' },
        event_date: '2026-06-20',
        password: 'correct horse',
        selection: { enabled: true, min: 2, max: 5 },
        download_settings: { enabled: true, allow_zip: false },
      },
    });
    expect(res.status).toBe(201);
    const gallery = res.body.data;
    expect(res.headers.get('location')).toBe(`/api/v1/galleries/${gallery.id}`);
    expect(gallery).toMatchObject({
      name: 'Smith Wedding',
      client: { name: 'Jane Smith', email: 'jane@example.com' },
      event_date: '2026-06-20',
      status: 'active',
      photo_count: 0,
      password_protected: true,
      download_settings: { enabled: true, allow_zip: false },
      selection: { enabled: true, min: 2, max: 5, state: 'open', validated_at: null },
      counters: { views: 0, downloads: 0, favorites: 0 },
    });
    expect(gallery.share_url).toMatch(/^https:\/\/piksend\.com\/g\/[A-Za-z0-9_-]{16}$/);
    expect(res.text).not.toContain('correct horse');

    const fetched = await server().request('GET', `/galleries/${gallery.id}`, { key });
    expect(fetched.status).toBe(200);
    expect(fetched.body.data).toEqual(gallery);
  });

  it('records gallery.created in the same transaction, listable from /events', async () => {
    const { key } = await server().newAccount();
    const created = await server().request('POST', '/galleries', { key, body: { name: 'Outbox' } });
    const events = await server().request('GET', '/events?type=gallery.created', { key });
    expect(events.body.pagination.total).toBe(1);
    expect(events.body.data[0]).toMatchObject({ type: 'gallery.created', api_version: 'v1', data: { gallery: created.body.data } });
    const one = await server().request('GET', `/events/${events.body.data[0].id}`, { key });
    expect(one.body.data).toEqual(events.body.data[0]);
  });

  it('lists newest first with exact pagination totals', async () => {
    const { key } = await server().newAccount();
    for (let i = 1; i <= 45; i++) {
      await server().request('POST', '/galleries', { key, body: { name: `Gallery ${String(i).padStart(2, '0')}` } });
      server().clock.advance(1000);
    }
    const first = await server().request('GET', '/galleries', { key });
    expect(first.body.pagination).toEqual({ page: 1, per_page: 20, total: 45, total_pages: 3 });
    expect(first.body.data).toHaveLength(20);
    expect(first.body.data[0].name).toBe('Gallery 45');
    const last = await server().request('GET', '/galleries?page=3&per_page=20', { key });
    expect(last.body.data.map((g: any) => g.name)).toEqual(['Gallery 05', 'Gallery 04', 'Gallery 03', 'Gallery 02', 'Gallery 01']);
    const beyond = await server().request('GET', '/galleries?page=9', { key });
    expect(beyond.body).toEqual({ data: [], pagination: { page: 9, per_page: 20, total: 45, total_pages: 3 } });
    const hundred = await server().request('GET', '/galleries?per_page=100', { key });
    expect(hundred.body.data).toHaveLength(45);
  });

  it('filters by status and archives / unarchives with PATCH', async () => {
    const { key } = await server().newAccount();
    const a = (await server().request('POST', '/galleries', { key, body: { name: 'Keep' } })).body.data;
    const b = (await server().request('POST', '/galleries', { key, body: { name: 'Old' } })).body.data;
    const archived = await server().request('PATCH', `/galleries/${b.id}`, { key, body: { status: 'archived' } });
    expect(archived.body.data.status).toBe('archived');
    const active = await server().request('GET', '/galleries?status=active', { key });
    expect(active.body.data.map((g: any) => g.id)).toEqual([a.id]);
    expect((await server().request('GET', '/galleries?status=archived', { key })).body.data.map((g: any) => g.id)).toEqual([b.id]);
    expect((await server().request('GET', '/galleries?status=expired', { key })).body.pagination.total).toBe(0);
    await server().request('PATCH', `/galleries/${b.id}`, { key, body: { status: 'active' } });
    expect((await server().request('GET', '/galleries?status=active', { key })).body.pagination.total).toBe(2);
  });

  it('searches names case-insensitively; hostile input matches literally', async () => {
    const { key } = await server().newAccount();
    const names = ['Smith Wedding', 'SMITH family', "O'Brien 100% fun", 'snake_case shoot', 'Café Élodie', 'Plain'];
    for (const name of names) await server().request('POST', '/galleries', { key, body: { name } });
    const search = async (term: string) => {
      const res = await server().request('GET', `/galleries?search=${encodeURIComponent(term)}`, { key });
      expect(res.status).toBe(200);
      return res.body.data.map((g: any) => g.name).sort();
    };
    expect(await search('smith')).toEqual(['SMITH family', 'Smith Wedding']);
    expect(await search("o'brien")).toEqual(["O'Brien 100% fun"]);
    expect(await search('%')).toEqual(["O'Brien 100% fun"]);
    expect(await search('_')).toEqual(['snake_case shoot']);
    expect(await search('café')).toEqual(['Café Élodie']);
    expect(await search('ÉLODIE')).toEqual(['Café Élodie']);
    expect(await search("'; drop table galleries; --")).toEqual([]);
    expect(await search('\\')).toEqual([]);
    expect((await server().request('GET', '/galleries', { key })).body.pagination.total).toBe(names.length);
  });

  it('updates only the fields sent, hashes the password and can remove it', async () => {
    const { key } = await server().newAccount();
    const g = (await server().request('POST', '/galleries', { key, body: { name: 'Before', client: { name: 'A', email: 'a@example.com' } } })).body.data;
    server().clock.advance(5000);
    const expires = new Date(server().clock.now().getTime() + 86_400_000).toISOString();
    const res = await server().request('PATCH', `/galleries/${g.id}`, {
      key,
      body: { name: 'After', client: { email: null }, password: 'secret-pass', expires_at: expires, selection: { enabled: true, max: 10 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      name: 'After',
      client: { name: 'A', email: null },
      password_protected: true,
      expires_at: expires,
      selection: { enabled: true, min: 0, max: 10 },
    });
    expect(res.body.data.updated_at).not.toBe(g.updated_at);
    expect(res.body.data.created_at).toBe(g.created_at);
    const row = await server().database.db.selectFrom('galleries').select('password_hash').where('id', '=', g.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('secret-pass');
    const cleared = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { password: null, expires_at: null } });
    expect(cleared.body.data).toMatchObject({ password_protected: false, expires_at: null });
  });

  it('refuses rule-breaking updates with the documented errors', async () => {
    const { key } = await server().newAccount();
    const g = (await server().request('POST', '/galleries', { key, body: { name: 'Rules' } })).body.data;
    const minOverMax = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { selection: { min: 10, max: 5 } } });
    expect(minOverMax.status).toBe(422);
    expect(minOverMax.body.error.code).toBe('selection_invalid');
    const past = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { expires_at: '2000-01-01T00:00:00Z' } });
    expect(past.status).toBe(400);
    expect(past.body.error.details).toEqual({ field: 'expires_at', issue: 'Must be in the future' });
    const cover = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { cover_photo_id: SEED_ID } });
    expect(cover.status).toBe(400);
    expect(cover.body.error.details.field).toBe('cover_photo_id');
    const readOnly = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { share_url: 'https://evil.example' } });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.error.details).toEqual({ field: 'share_url', issue: 'Is not a known field' });
    const empty = await server().request('PATCH', `/galleries/${g.id}`, { key, body: {} });
    expect(empty.status).toBe(400);
    const createBad = await server().request('POST', '/galleries', { key, body: { name: 'x', selection: { min: 3, max: 1 } } });
    expect(createBad.status).toBe(422);
  });

  it('reactivates an expired gallery only by moving expires_at to the future', async () => {
    const { key } = await server().newAccount();
    const g = (await server().request('POST', '/galleries', { key, body: { name: 'Expiring' } })).body.data;
    await server().database.db.updateTable('galleries').set({ status: 'expired' }).where('id', '=', g.id).execute();
    const refused = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { status: 'active' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    const later = new Date(server().clock.now().getTime() + 3_600_000).toISOString();
    const revived = await server().request('PATCH', `/galleries/${g.id}`, { key, body: { expires_at: later } });
    expect(revived.body.data.status).toBe('active');
  });

  it('deletes: 204, then 404, and gallery.deleted carries the gallery as it was', async () => {
    const { key } = await server().newAccount();
    const g = (await server().request('POST', '/galleries', { key, body: { name: 'Gone soon' } })).body.data;
    const del = await server().request('DELETE', `/galleries/${g.id}`, { key });
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expect((await server().request('GET', `/galleries/${g.id}`, { key })).status).toBe(404);
    expect((await server().request('DELETE', `/galleries/${g.id}`, { key })).status).toBe(404);
    const events = await server().request('GET', '/events?type=gallery.deleted', { key });
    expect(events.body.data[0].data.gallery).toEqual(g);
  });

  it('isolates accounts: another account\'s gallery is 404 for every operation', async () => {
    const owner = await server().newAccount();
    const other = await server().newAccount();
    const g = (await server().request('POST', '/galleries', { key: owner.key, body: { name: 'Private' } })).body.data;
    for (const [method, body] of [['GET'], ['PATCH', { name: 'Mine now' }], ['DELETE']] as const) {
      const res = await server().request(method, `/galleries/${g.id}`, { key: other.key, body });
      expect(res.status, method).toBe(404);
      expect(res.body.error).toEqual({ code: 'not_found', message: 'Gallery not found', details: { id: g.id } });
    }
    expect((await server().request('GET', '/galleries', { key: other.key })).body.pagination.total).toBe(0);
    expect((await server().request('GET', '/events', { key: other.key })).body.pagination.total).toBe(0);
    expect((await server().request('GET', `/galleries/${g.id}`, { key: owner.key })).body.data.name).toBe('Private');
  });

  it('reproduces the seed error example to the letter for a bad gallery id', async () => {
    const { key } = await server().newAccount();
    const res = await server().request('GET', '/galleries/not-a-uuid', { key });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: 'invalid_request', message: 'Invalid gallery ID format', details: { field: 'id', issue: 'Must be a valid UUID' } },
    });
  });

  it('refuses the NUL character anywhere (PostgreSQL text cannot hold it) with the field named', async () => {
    const { key } = await server().newAccount();
    const search = await server().request('GET', '/galleries?search=a%00b', { key });
    expect(search.status).toBe(400);
    expect(search.body.error.details).toEqual({ field: 'search', issue: 'Must not contain the NUL character (U+0000)' });
    const name = await server().request('POST', '/galleries', { key, body: { name: 'a\u0000b' } });
    expect(name.status).toBe(400);
    expect(name.body.error.details.field).toBe('name');
    const nested = await server().request('POST', '/galleries', { key, body: { name: 'ok', client: { name: '\u0000' } } });
    expect(nested.body.error.details.field).toBe('client.name');
    expect((await server().request('GET', '/galleries', { key })).body.pagination.total).toBe(0);
  });

  it('refuses numbers that overflow to Infinity (1e309), in the query and in JSON bodies', async () => {
    const { key } = await server().newAccount();
    const query = await server().request('GET', '/galleries?per_page=1e309', { key });
    expect(query.status).toBe(400);
    expect(query.body.error.details).toEqual({ field: 'per_page', issue: 'Must be an integer in plain decimal digits' });
    const body = await server().request('POST', '/galleries', {
      key,
      rawBody: '{"name":"x","selection":{"min":1e309}}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(body.status).toBe(400);
    expect(body.body.error.details.field).toBe('selection.min');
    expect((await server().request('GET', '/galleries', { key })).body.pagination.total).toBe(0);
  });

  it('refuses bad list parameters with the field named', async () => {
    const { key } = await server().newAccount();
    for (const [query, field] of [
      ['per_page=101', 'per_page'],
      ['per_page=0', 'per_page'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['status=deleted', 'status'],
      ['search=', 'search'],
      ['sort=name', 'sort'],
    ] as const) {
      const res = await server().request('GET', `/galleries?${query}`, { key });
      expect(res.status, query).toBe(400);
      expect(res.body.error.details.field, query).toBe(field);
    }
  });
});

describe('gallery search pattern', () => {
  it('escapes LIKE wildcards and the escape character', async () => {
    const { likePattern } = await import('../../src/galleries/trigram-search.js');
    expect(likePattern('100%_\\X')).toBe('%100\\%\\_\\\\x%');
  });
});
