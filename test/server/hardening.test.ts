// The edges of input a hostile or careless client finds, each answered in the
// envelope with the field named, nothing stored differently from what was sent.
import { expect, it } from 'vitest';
import { createApiKey } from '../../src/accounts/api-keys.js';
import { describeOnEachDatabase } from '../support/server.js';
import { credentials } from '../../generated/constants.js';

const SHARE_HEADER = credentials.ShareAccessToken.header;

describeOnEachDatabase(
  'input edges',
  (server) => {
    it.each([
      ['a leap second', '2030-06-30T23:59:60Z', 'Must be an RFC 3339 date-time with a timezone and seconds 00-59, e.g. 2030-06-20T10:00:00Z'],
      ['a UTC instant past year 9999', '9999-12-31T23:59:59-23:59', 'Must be a date-time whose UTC instant falls in the years 0001 to 9999'],
      ['no timezone', '2030-06-30T10:00:00', 'Must be an RFC 3339 date-time with a timezone and seconds 00-59, e.g. 2030-06-20T10:00:00Z'],
      ['a five-digit year', '+10000-01-01T00:00:00Z', 'Must be an RFC 3339 date-time with a timezone and seconds 00-59, e.g. 2030-06-20T10:00:00Z'],
    ])('expires_at with %s is 400 naming the field, on create, update and in event filters', async (_what, value, issue) => {
      const { key } = await server().newAccount();
      const created = await server().request('POST', '/galleries', { key, body: { name: 'Dates', expires_at: value } });
      expect(created.status).toBe(400);
      expect(created.body.error.details).toEqual({ field: 'expires_at', issue });
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Dates' } })).body.data;
      const updated = await server().request('PATCH', `/galleries/${gallery.id}`, { key, body: { expires_at: value } });
      expect(updated.body.error.details).toEqual({ field: 'expires_at', issue });
      const events = await server().request('GET', `/events?created_after=${encodeURIComponent(value)}`, { key });
      expect(events.status).toBe(400);
      expect(events.body.error.details).toEqual({ field: 'created_after', issue });
    });

    it('an offset date-time is stored and answered as the same instant in UTC, and filters compare instants', async () => {
      const { key } = await server().newAccount();
      const gallery = await server().request('POST', '/galleries', { key, body: { name: 'Offset', expires_at: '2099-07-01T02:30:00+02:00' } });
      expect(gallery.body.data.expires_at).toBe('2099-07-01T00:30:00.000Z');
      const now = server().clock.now();
      const justBefore = new Date(now.getTime() - 1_000);
      // The same instant as justBefore, written with a +05:00 offset: as text it sorts after, as time it is before.
      const local = new Date(justBefore.getTime() + 5 * 3_600_000).toISOString().replace('Z', '+05:00').replace(/\.\d{3}/, '');
      const listed = await server().request('GET', `/events?created_after=${encodeURIComponent(local)}`, { key });
      expect(listed.body.pagination.total).toBe(1);
    });

    it('UUIDs are case-insensitive: an owned gallery in upper case is found, and ids in bodies too', async () => {
      const { key } = await server().newAccount();
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Case' } })).body.data;
      const upper = await server().request('GET', `/galleries/${gallery.id.toUpperCase()}`, { key });
      expect(upper.status).toBe(200);
      expect(upper.body.data.id).toBe(gallery.id);
      const patched = await server().request('PATCH', `/galleries/${gallery.id.toUpperCase()}`, { key, body: { cover_photo_id: null } });
      expect(patched.status).toBe(200);
    });

    it.each([
      ['page=0x10', 'page'],
      ['page=%201', 'page'],
      ['page=1e1', 'page'],
      ['per_page=20.0', 'per_page'],
    ])('%s is 400: integers in the query are plain decimal', async (query, field) => {
      const { key } = await server().newAccount();
      const res = await server().request('GET', `/galleries?${query}`, { key });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual({ field, issue: 'Must be an integer in plain decimal digits' });
    });

    it('a JSON body in another charset is 415; a lone surrogate is 400 naming the field, never stored altered', async () => {
      const { key } = await server().newAccount();
      const bogus = await server().request('POST', '/galleries', { key, rawBody: '{"name":"x"}', headers: { 'Content-Type': 'application/json; charset=bogus-9' } });
      expect(bogus.status).toBe(415);
      const surrogate = await server().request('POST', '/galleries', { key, rawBody: '{"name":"Smith \\ud800 Wedding"}', headers: { 'Content-Type': 'application/json' } });
      expect(surrogate.status).toBe(400);
      expect(surrogate.body.error.details).toEqual({ field: 'name', issue: 'Must not contain an unpaired UTF-16 surrogate' });
      const paired = await server().request('POST', '/galleries', { key, rawBody: '{"name":"Smith \\ud83d\\udcf7"}', headers: { 'Content-Type': 'application/json' } });
      expect(paired.body.data.name).toBe('Smith 📷');
      expect((await server().request('GET', '/galleries', { key })).body.pagination.total).toBe(1);
    });

    it('a client email needs a domain with a dot, as the spec states', async () => {
      const { key } = await server().newAccount();
      const res = await server().request('POST', '/galleries', { key, body: { name: 'Mail', client: { email: 'jane@localhost' } } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.field).toBe('client.email');
    });

    it('answers carry nosniff and no-store; share routes allow any origin (with preflight), API-key routes do not', async () => {
      const { key } = await server().newAccount();
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Headers' } })).body.data;
      const api = await server().request('GET', '/galleries', { key, headers: { Origin: 'https://app.example.com' } });
      expect(api.headers.get('x-content-type-options')).toBe('nosniff');
      expect(api.headers.get('cache-control')).toBe('no-store');
      expect(api.headers.get('access-control-allow-origin')).toBeNull();
      const token = gallery.share_url.split('/').pop();
      const shared = await server().request('GET', `/share/${token}`, { headers: { Origin: 'https://client.example.com' } });
      expect(shared.headers.get('access-control-allow-origin')).toBe('*');
      const preflight = await fetch(`${server().apiUrl}/share/${token}/favorites/00000000-0000-4000-8000-000000000000`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://client.example.com', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': SHARE_HEADER.toLowerCase() },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(new RegExp(SHARE_HEADER, 'i'));
    });

    it('refused keys are throttled per address: past the limit, 429 without a lookup, even for a valid key', async () => {
      const { key } = await server().newAccount();
      const wrong = `pk_live_${'A'.repeat(38)}`;
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await server().request('GET', '/me', { key: wrong })).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const blocked = await server().request('GET', '/me', { key });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      server().clock.advance(61_000);
      expect((await server().request('GET', '/me', { key })).status).toBe(200);
    });

    it('the rate limit is per account: two keys share one budget', async () => {
      const { key, account } = await server().newAccount();
      const { key: second } = await createApiKey({ db: server().database.db, clock: server().clock }, account);
      server().clock.advance(60_000);
      const remaining = [];
      for (const k of [key, second, key]) remaining.push((await server().request('GET', '/me', { key: k })).headers.get('x-ratelimit-remaining'));
      expect(remaining).toEqual(['4', '3', '2']);
    });

    it("another account's gallery is 404 on PATCH, password or not", async () => {
      const { key } = await server().newAccount();
      const other = await server().newAccount();
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Mine' } })).body.data;
      expect((await server().request('PATCH', `/galleries/${gallery.id}`, { key: other.key, body: { password: 'a new password' } })).status).toBe(404);
    });
  },
  { env: { AUTH_FAILURES_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '5' } },
);
