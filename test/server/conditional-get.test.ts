// Conditional GETs: every GET's answer carries an ETag; If-None-Match gets a
// 304 while nothing the account can read has changed, and any write it could
// read (by the photographer, the client, or the delivery worker) changes it.
// A 304 does not count against the rate limit.
import { expect, it } from 'vitest';
import { form, jpeg } from '../support/images.js';
import { describeOnEachDatabase, type TestServer } from '../support/server.js';
import { credentials } from '../../generated/constants.js';

const SHARE_HEADER = credentials.ShareAccessToken.header;

const ETAG = /^W\/"[A-Za-z0-9_-]{22}"$/;
/** A versioned resource's own ETag (galleries, photos, webhooks: what If-Match takes) is strong; the rest are weak. */
const ANY_ETAG = /^(W\/)?"[A-Za-z0-9_-]{22}"$/;

async function etagOf(server: TestServer, path: string, key?: string, headers: Record<string, string> = {}) {
  const res = await server.request('GET', path, { key, headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('etag')).toMatch(ANY_ETAG);
  return res.headers.get('etag')!;
}

async function conditional(server: TestServer, path: string, etag: string, key?: string, headers: Record<string, string> = {}) {
  return server.request('GET', path, { key, headers: { 'If-None-Match': etag, ...headers } });
}

async function galleryWithPhoto(server: TestServer, key: string, body: Record<string, unknown> = {}) {
  const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Smith Wedding', ...body } })).body.data;
  const photos = (await server.request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'DSC_0001.jpg', bytes: await jpeg() }]) })).body.data;
  return { gallery, photo: photos[0], token: gallery.share_url.split('/').pop() as string };
}

describeOnEachDatabase('conditional GETs', (server) => {
  it('answers 304 with no body while nothing changed, and the same ETag', async () => {
    const { key } = await server().newAccount();
    await galleryWithPhoto(server(), key);
    const etag = await etagOf(server(), '/galleries', key);
    const again = await conditional(server(), '/galleries', etag, key);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('x-request-id')).toBeTruthy();
    // Still 304 after many polls: the key's last use (written by authentication) is not a change.
    for (let i = 0; i < 3; i++) expect((await conditional(server(), '/galleries', etag, key)).status).toBe(304);
  });

  it('compares as RFC 9110 says: lists, weak or strong form, *, and a stale or foreign ETag gets the answer', async () => {
    const { key } = await server().newAccount();
    const etag = await etagOf(server(), '/galleries', key);
    const strong = etag.slice(2);
    expect((await conditional(server(), '/galleries', `W/"stale", ${etag}`, key)).status).toBe(304);
    expect((await conditional(server(), '/galleries', strong, key)).status).toBe(304);
    expect((await conditional(server(), '/galleries', '*', key)).status).toBe(304);
    for (const other of ['W/"stale"', 'garbage', '""', 'W/', `${etag}x`]) {
      const res = await conditional(server(), '/galleries', other, key);
      expect(res.status, other).toBe(200);
      expect(res.headers.get('etag')).toBe(etag);
    }
    // fetch() sends Cache-Control: no-cache with every If-None-Match (the Fetch standard); it is for caches, not for us.
    expect((await conditional(server(), '/galleries', etag, key, { 'Cache-Control': 'no-cache', Pragma: 'no-cache' })).status).toBe(304);
    // An ETag belongs to one URL and one account.
    expect((await conditional(server(), '/galleries?page=1', etag, key)).status).toBe(200);
    const other = await server().newAccount();
    expect((await conditional(server(), '/galleries', etag, other.key)).status).toBe(200);
    const tooLong = await conditional(server(), '/galleries', `W/"${'a'.repeat(5000)}"`, key);
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers.get('etag')).toBeNull();
  });

  it('changes with every write the account could read: the photographer, the client and the API key list alike', async () => {
    const { key } = await server().newAccount();
    const { gallery, photo, token } = await galleryWithPhoto(server(), key, { selection: { enabled: true, min: 1, max: 3 } });
    const writes: [string, () => Promise<unknown>][] = [
      ['gallery updated', () => server().request('PATCH', `/galleries/${gallery.id}`, { key, body: { name: 'Renamed' } })],
      ['photo uploaded', async () => server().request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'DSC_0002.jpg', bytes: await jpeg(50, 40) }]) })],
      ['client viewed', () => server().request('GET', `/share/${token}`, { headers: { 'User-Agent': 'Phone A' } })],
      ['client favourited', () => server().request('PUT', `/share/${token}/favorites/${photo.id}`)],
      ['client unfavourited', () => server().request('DELETE', `/share/${token}/favorites/${photo.id}`)],
      ['webhook created', () => server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/hooks', events: ['gallery.created'] } })],
      ['photo deleted', () => server().request('DELETE', `/galleries/${gallery.id}/photos/${photo.id}`, { key })],
      ['gallery deleted', () => server().request('DELETE', `/galleries/${gallery.id}`, { key })],
    ];
    let etag = await etagOf(server(), '/galleries', key);
    for (const [what, write] of writes) {
      await write();
      const res = await conditional(server(), '/galleries', etag, key);
      expect(res.status, what).toBe(200);
      expect(res.headers.get('etag'), what).not.toBe(etag);
      etag = res.headers.get('etag')!;
    }
    // Another account's writes are not this account's changes.
    const other = await server().newAccount();
    await server().request('POST', '/galleries', { key: other.key, body: { name: 'Not yours' } });
    expect((await conditional(server(), '/galleries', etag, key)).status).toBe(304);
  });

  it('every GET of the API carries one (what a client polls: gallery, photos, selection, activity, events, webhooks)', async () => {
    const { key } = await server().newAccount();
    const { gallery, photo } = await galleryWithPhoto(server(), key);
    const webhook = (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/hooks', events: ['gallery.created'] } })).body.data;
    const events = (await server().request('GET', '/events', { key })).body.data;
    const paths = [
      '/me',
      `/galleries/${gallery.id}`,
      `/galleries/${gallery.id}/photos`,
      `/galleries/${gallery.id}/photos/${photo.id}`,
      `/galleries/${gallery.id}/photos/${photo.id}/preview?size=thumbnail`,
      `/galleries/${gallery.id}/selection`,
      `/galleries/${gallery.id}/selection/export?format=csv`,
      `/galleries/${gallery.id}/activity`,
      '/webhooks',
      `/webhooks/${webhook.id}`,
      `/webhooks/${webhook.id}/deliveries`,
      '/events',
      `/events/${events[0].id}`,
    ];
    for (const path of paths) {
      const etag = await etagOf(server(), path, key);
      const res = await conditional(server(), path, etag, key);
      expect(res.status, path).toBe(304);
      expect(res.bytes.length, path).toBe(0);
    }
  });

  it('errors carry no ETag, and refusals come first: a free plan gets 403 whatever it sends', async () => {
    const { key } = await server().newAccount();
    const missing = await server().request('GET', '/galleries/00000000-0000-4000-8000-000000000000', { key });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const missingList = await server().request('GET', '/galleries/00000000-0000-4000-8000-000000000000/photos', { key });
    expect(missingList.status).toBe(404);
    expect(missingList.headers.get('etag')).toBeNull();
    const free = await server().newAccount('free');
    const res = await conditional(server(), '/galleries', '*', free.key);
    expect(res.status).toBe(403);
    expect(res.headers.get('etag')).toBeNull();
    // A write answers no conditional-GET ETag; a create carries the new resource's own (for If-Match).
    const created = await server().request('POST', '/galleries', { key, body: { name: 'Posted' }, headers: { 'If-None-Match': '*' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
  });

  it('on share links: one ETag per access token, and a 304 to a client opening the gallery is still a view', async () => {
    const { key } = await server().newAccount();
    const { gallery, token } = await galleryWithPhoto(server(), key);
    const phone = { 'User-Agent': 'Phone A' };
    const etag = await etagOf(server(), `/share/${token}`, undefined, phone);
    expect((await conditional(server(), `/share/${token}/photos`, await etagOf(server(), `/share/${token}/photos`), undefined)).status).toBe(304);
    // Another visitor, holding the same copy (the first visitor's view changed the account, so look again first).
    const fresh = await etagOf(server(), `/share/${token}`, undefined, phone);
    const laptop = await conditional(server(), `/share/${token}`, fresh, undefined, { 'User-Agent': 'Laptop B' });
    expect(laptop.status).toBe(304);
    expect((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.counters.views).toBe(2);
    expect(etag).toMatch(ETAG);

    const locked = await galleryWithPhoto(server(), key, { password: 'correct horse' });
    const unlock = async () => (await server().request('POST', `/share/${locked.token}/access`, { body: { password: 'correct horse' } })).body.data.access_token as string;
    const [first, second] = [await unlock(), await unlock()];
    const path = `/share/${locked.token}/photos`;
    const withFirst = await etagOf(server(), path, undefined, { [SHARE_HEADER]: first });
    expect((await conditional(server(), path, withFirst, undefined, { [SHARE_HEADER]: first })).status).toBe(304);
    expect((await conditional(server(), path, withFirst, undefined, { [SHARE_HEADER]: second })).status).toBe(200);
    // Without a valid token: refused, ETag or not.
    expect((await conditional(server(), path, withFirst, undefined)).status).toBe(401);
  });

  it('downloads carry their file\'s ETag: other changes keep it, and a 304 is not a download', async () => {
    const { key } = await server().newAccount();
    const { gallery, photo, token } = await galleryWithPhoto(server(), key);
    const photoPath = `/share/${token}/photos/${photo.id}/download`;
    const zipPath = `/share/${token}/download`;
    const photoEtag = await etagOf(server(), photoPath);
    const zipEtag = await etagOf(server(), zipPath);
    const counted = async () => (await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.counters.downloads;
    const before = await counted();
    await server().request('PATCH', `/galleries/${gallery.id}`, { key, body: { client: { name: 'Jane Smith' } } });
    expect((await conditional(server(), photoPath, photoEtag)).status).toBe(304);
    expect((await conditional(server(), zipPath, zipEtag)).status).toBe(304);
    expect(await counted()).toBe(before);
    // Another photo changes the zip, not the single photo.
    await server().request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'DSC_0009.jpg', bytes: await jpeg(44, 33) }]) });
    expect((await conditional(server(), photoPath, photoEtag)).status).toBe(304);
    const zip = await conditional(server(), zipPath, zipEtag);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('etag')).not.toBe(zipEtag);
    expect(await counted()).toBe(before + 1);
  });

  it('/health: the ETag covers the statuses it reports, not the latency', async () => {
    const etag = await etagOf(server(), '/health');
    const res = await conditional(server(), '/health', etag);
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
  });
});

describeOnEachDatabase(
  'conditional GETs and the rate limit',
  (server) => {
    it('a 304 is not counted, and is served past the limit; an unconditional request is refused', async () => {
      const { key } = await server().newAccount();
      const first = await server().request('GET', '/galleries', { key });
      const etag = first.headers.get('etag')!;
      expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
      for (let i = 0; i < 5; i++) {
        const res = await conditional(server(), '/galleries', etag, key);
        expect(res.status).toBe(304);
        expect(res.headers.get('x-ratelimit-remaining')).toBe('2');
      }
      await server().request('GET', '/me', { key });
      await server().request('GET', '/me', { key });
      expect((await server().request('GET', '/galleries', { key })).status).toBe(429);
      const past = await conditional(server(), '/galleries', etag, key);
      expect(past.status).toBe(304);
      expect(past.headers.get('x-ratelimit-remaining')).toBe('0');
    });
  },
  { env: { RATE_LIMIT_PER_MINUTE: '3' } },
);
