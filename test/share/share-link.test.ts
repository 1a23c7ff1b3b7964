import contentDisposition from 'content-disposition';
// The client's side of a share link over HTTP: open, unlock, list, preview,
// download one and all, favourites, validation, and what the photographer sees
// of it (selection, exports, activity, counters).
import { Readable } from 'node:stream';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { expect, it } from 'vitest';
import { form, jpeg, png } from '../support/images.js';
import { describeOnEachDatabase, type TestServer } from '../support/server.js';
import { credentials } from '../../generated/constants.js';

const SHARE_HEADER = credentials.ShareAccessToken.header;

/** The entries of a zip: name → bytes. */
function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err);
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          (stream as Readable).on('data', (c: Buffer) => chunks.push(c));
          (stream as Readable).on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

async function galleryWithPhotos(server: TestServer, key: string, body: Record<string, unknown> = {}, count = 3) {
  const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Smith Wedding', ...body } })).body.data;
  const files = await Promise.all(Array.from({ length: count }, (_, i) => (i % 2 ? png(30 + i, 20) : jpeg(40 + i, 30))));
  const names = files.map((_, i) => `DSC_${String(i + 1).padStart(4, '0')}.${i % 2 ? 'png' : 'jpg'}`);
  const photos = (await server.request('POST', `/galleries/${gallery.id}/photos`, { key, form: form(files.map((bytes, i) => ({ name: names[i]!, bytes }))) })).body.data;
  return { gallery, token: gallery.share_url.split('/').pop() as string, photos, files };
}

describeOnEachDatabase(
  'share link',
  (server) => {
    it("says the link's budget on every answer (X-RateLimit-*, readable by the page's script) and the password attempts' on unlocking", async () => {
      const { key } = await server().newAccount();
      const { token } = await galleryWithPhotos(server(), key, {});
      const budget = (res: { headers: Headers }) => ['limit', 'remaining', 'reset'].map((h) => Number(res.headers.get(`x-ratelimit-${h}`)));
      const first = await server().request('GET', `/share/${token}`, { headers: { Origin: 'https://client.example.com' } });
      const second = await server().request('GET', `/share/${token}/photos`);
      expect(budget(first)[0]).toBe(600);
      expect(budget(second)[1]).toBe(budget(first)[1]! - 1);
      expect(first.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining/i);
      const locked = await server().request('POST', '/galleries', { key, body: { name: 'Locked', password: 'correct horse' } });
      const lockedToken = locked.body.data.share_url.split('/').pop();
      await server().request('POST', `/share/${lockedToken}/access`, { body: { password: 'wrong' } });
      const unlocked = await server().request('POST', `/share/${lockedToken}/access`, { body: { password: 'correct horse' } });
      expect(unlocked.status).toBe(201);
      expect(budget(unlocked).slice(0, 2)).toEqual([3, 1]);
    });

    it('opens the gallery for the client and counts one view per visitor session, not per request', async () => {
      const { key } = await server().newAccount();
      const { gallery, token } = await galleryWithPhotos(server(), key, { selection: { enabled: true, min: 1, max: 2 } });
      const opened = await server().request('GET', `/share/${token}`, { headers: { 'User-Agent': 'Phone A' } });
      expect(opened.status).toBe(200);
      expect(opened.body.data).toMatchObject({ id: gallery.id, name: 'Smith Wedding', photo_count: 3, selection: { enabled: true, min: 1, max: 2, state: 'open', count: 0 } });
      await server().request('GET', `/share/${token}`, { headers: { 'User-Agent': 'Phone A' } });
      await server().request('GET', `/share/${token}/photos`, { headers: { 'User-Agent': 'Phone A' } });
      await server().request('GET', `/share/${token}`, { headers: { 'User-Agent': 'Laptop B' } });
      expect((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.counters.views).toBe(2);
      server().clock.advance(31 * 60_000);
      await server().request('GET', `/share/${token}`, { headers: { 'User-Agent': 'Phone A' } });
      expect((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.counters.views).toBe(3);
      const views = (await server().request('GET', '/events?type=gallery.viewed', { key })).body.data;
      expect(views).toHaveLength(3);
      expect(views[0].data.visitor.visitor_hash).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(views)).not.toContain('127.0.0.1');
    });

    it('lists photos in order with favourite flags and preview links that work without the original', async () => {
      const { key } = await server().newAccount();
      const { token, photos } = await galleryWithPhotos(server(), key);
      const list = await server().request('GET', `/share/${token}/photos`);
      expect(list.body.data.map((p: { id: string }) => p.id)).toEqual(photos.map((p: { id: string }) => p.id));
      expect(list.body.data[0]).toMatchObject({ is_favorite: false, thumbnail_url: `/api/v1/share/${token}/photos/${photos[0].id}/preview?size=thumbnail` });
      const thumb = await server().request('GET', list.body.data[0].thumbnail_url.replace('/api/v1', ''));
      expect(thumb.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(thumb.bytes).metadata()).format).toBe('webp');
    });

    it('password-protected: 401 until the password is exchanged for an access token; wrong passwords are throttled per address', async () => {
      const { key } = await server().newAccount();
      const { token } = await galleryWithPhotos(server(), key, { password: 'correct horse' }, 1);
      expect((await server().request('GET', `/share/${token}/photos`)).status).toBe(401);
      const wrong = await server().request('POST', `/share/${token}/access`, { body: { password: 'battery staple' } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.message).toBe('Wrong password');
      const unlocked = await server().request('POST', `/share/${token}/access`, { body: { password: 'correct horse' } });
      expect(unlocked.status).toBe(201);
      expect(unlocked.body.data.access_token).toMatch(/^sat_/);
      expect(Date.parse(unlocked.body.data.expires_at) - server().clock.now().getTime()).toBe(120 * 60_000);
      const headers = { [SHARE_HEADER]: unlocked.body.data.access_token };
      expect((await server().request('GET', `/share/${token}/photos`, { headers })).status).toBe(200);
      // SHARE_PASSWORD_ATTEMPTS=3 per 15 minutes for one address: the 3rd attempt passed, the 4th is refused even with the right password.
      await server().request('POST', `/share/${token}/access`, { body: { password: 'nope' } });
      const throttled = await server().request('POST', `/share/${token}/access`, { body: { password: 'correct horse' } });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
      server().clock.advance(15 * 60_000);
      expect((await server().request('POST', `/share/${token}/access`, { body: { password: 'correct horse' } })).status).toBe(201);
      server().clock.advance(121 * 60_000);
      expect((await server().request('GET', `/share/${token}/photos`, { headers })).status).toBe(401);
    });

    it('downloads one original byte for byte, and all of them as a zip, counting downloads and firing events', async () => {
      const { key } = await server().newAccount();
      const { gallery, token, photos, files } = await galleryWithPhotos(server(), key);
      const one = await server().request('GET', `/share/${token}/photos/${photos[1].id}/download`);
      expect(one.status).toBe(200);
      expect(one.headers.get('content-type')).toBe('image/png');
      expect(contentDisposition.parse(one.headers.get('content-disposition')!)).toEqual({ type: 'attachment', parameters: { filename: 'DSC_0002.png' } });
      expect(one.bytes.equals(files[1]!)).toBe(true);
      server().clock.advance(1_000);
      const zip = await server().request('GET', `/share/${token}/download`);
      expect(zip.headers.get('content-type')).toBe('application/zip');
      expect(zip.headers.get('content-disposition')).toContain('smith-wedding.zip');
      const entries = await unzip(zip.bytes);
      expect([...entries.keys()]).toEqual(['DSC_0001.jpg', 'DSC_0002.png', 'DSC_0003.jpg']);
      files.forEach((bytes, i) => expect(entries.get([...entries.keys()][i]!)!.equals(bytes)).toBe(true));
      expect((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.counters.downloads).toBe(2);
      const events = (await server().request('GET', '/events?type=gallery.downloaded', { key })).body.data;
      expect(events.map((e: { data: { zip: boolean; photo_ids: string[] } }) => [e.data.zip, e.data.photo_ids.length])).toEqual([[true, 3], [false, 1]]);
      const activity = (await server().request('GET', `/galleries/${gallery.id}/activity`, { key })).body.data;
      expect(activity.map((a: { type: string }) => a.type)).toEqual(['gallery.downloaded', 'photo.downloaded']);
    });

    it('respects the download settings: 403 downloads_disabled', async () => {
      const { key } = await server().newAccount();
      const { gallery, token, photos } = await galleryWithPhotos(server(), key, { download_settings: { enabled: true, allow_zip: false } }, 1);
      expect((await server().request('GET', `/share/${token}/download`)).body.error.code).toBe('downloads_disabled');
      expect((await server().request('GET', `/share/${token}/photos/${photos[0].id}/download`)).status).toBe(200);
      await server().request('PATCH', `/galleries/${gallery.id}`, { key, body: { download_settings: { enabled: false } } });
      const refused = await server().request('GET', `/share/${token}/photos/${photos[0].id}/download`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('downloads_disabled');
    });

    it('favourites (idempotent, max enforced), validation (min/max → 422, then locked → 409), exports and the zip of the selection', async () => {
      const { key } = await server().newAccount();
      const { gallery, token, photos, files } = await galleryWithPhotos(server(), key, { selection: { enabled: true, min: 2, max: 2 } });
      const fav = (id: string, method = 'PUT') => server().request(method, `/share/${token}/favorites/${id}`);
      expect((await fav(photos[2].id)).body.data).toMatchObject({ count: 1, photo_ids: [photos[2].id] });
      expect((await fav(photos[2].id)).body.data.count).toBe(1);
      const tooFew = await server().request('POST', `/share/${token}/selection/validate`);
      expect(tooFew.status).toBe(422);
      expect(tooFew.body.error).toMatchObject({ code: 'selection_invalid', message: 'Select between 2 and 2 photos', details: { count: 1, min: 2, max: 2 } });
      await fav(photos[0].id);
      const tooMany = await fav(photos[1].id);
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.error.details).toEqual({ count: 2, min: 2, max: 2 });
      await fav(photos[1].id, 'DELETE');
      const validated = await server().request('POST', `/share/${token}/selection/validate`);
      expect(validated.body.data).toMatchObject({ state: 'validated', count: 2, photo_ids: [photos[0].id, photos[2].id] });
      const locked = await fav(photos[1].id);
      expect(locked.status).toBe(409);
      expect(locked.body.error).toMatchObject({ code: 'selection_locked', details: { validated_at: validated.body.data.validated_at } });
      expect((await server().request('POST', `/share/${token}/selection/validate`)).status).toBe(409);

      const selection = (await server().request('GET', `/galleries/${gallery.id}/selection`, { key })).body.data;
      expect(selection).toMatchObject({ state: 'validated', count: 2 });
      expect(selection.photos.map((p: { filename: string }) => p.filename)).toEqual(['DSC_0001.jpg', 'DSC_0003.jpg']);
      const csv = await server().request('GET', `/galleries/${gallery.id}/selection/export`, { key });
      expect(csv.headers.get('content-type')).toBe('text/csv');
      expect(csv.text.split('\n').slice(0, 2)).toEqual(['filename,position,favorited_at', `DSC_0001.jpg,1,${selection.photos[0].favorited_at}`]);
      const lightroom = await server().request('GET', `/galleries/${gallery.id}/selection/export?format=lightroom`, { key });
      expect(lightroom.text).toBe('DSC_0001, DSC_0003');
      expect(lightroom.headers.get('content-disposition')).toContain('smith-wedding-selection.txt');
      const zip = await unzip((await server().request('GET', `/share/${token}/download?selection=true`)).bytes);
      expect([...zip.keys()]).toEqual(['DSC_0001.jpg', 'DSC_0003.jpg']);
      expect(zip.get('DSC_0003.jpg')!.equals(files[2]!)).toBe(true);

      const [event] = (await server().request('GET', '/events?type=gallery.validated', { key })).body.data;
      expect(event.data.selection).toEqual([
        { id: photos[0].id, filename: 'DSC_0001.jpg' },
        { id: photos[2].id, filename: 'DSC_0003.jpg' },
      ]);
      const types = (await server().request('GET', `/galleries/${gallery.id}/activity?per_page=100`, { key })).body.data.map((a: { type: string }) => a.type);
      // The refused third favourite left no trace; removing a photo that was not a favourite neither.
      expect(types.filter((t: string) => t.startsWith('favorite.'))).toEqual(['favorite.added', 'favorite.added']);
      expect((await server().request('GET', `/galleries/${gallery.id}/activity?type=selection.validated`, { key })).body.pagination.total).toBe(1);
    });

    it('archived and deleted galleries are 404 to clients, expired ones 410', async () => {
      const { key } = await server().newAccount();
      const archived = await galleryWithPhotos(server(), key, {}, 1);
      await server().request('PATCH', `/galleries/${archived.gallery.id}`, { key, body: { status: 'archived' } });
      expect((await server().request('GET', `/share/${archived.token}/photos`)).status).toBe(404);
      const deleted = await galleryWithPhotos(server(), key, {}, 1);
      await server().request('DELETE', `/galleries/${deleted.gallery.id}`, { key });
      expect((await server().request('GET', `/share/${deleted.token}`)).status).toBe(404);
      const expiring = await galleryWithPhotos(server(), key, { expires_at: new Date(server().clock.now().getTime() + 1_000).toISOString() }, 1);
      server().clock.advance(2_000);
      const gone = await server().request('GET', `/share/${expiring.token}/photos/${expiring.photos[0].id}/download`);
      expect(gone.status).toBe(410);
      expect(gone.body.error.code).toBe('gallery_expired');
    });
  },
  { env: { SHARE_PASSWORD_ATTEMPTS: '3' } },
);
