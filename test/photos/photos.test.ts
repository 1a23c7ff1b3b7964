// Photos over HTTP with real image files: upload (checked by content, all or
// nothing), list, get, previews, delete; the gallery's count and cover follow.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { photoUploadMaxFiles } from '../../generated/constants.js';
import { form, gif, jpeg, png, truncatedJpeg, webp } from '../support/images.js';
import { describeOnEachDatabase } from '../support/server.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describeOnEachDatabase(
  'photos',
  (server) => {
    const gallery = async (key: string, name = 'Photos') => (await server().request('POST', '/galleries', { key, body: { name } })).body.data;

    it('uploads several files in one request: 201 with dimensions, sha256 and positions; count and cover follow', async () => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const [a, b, c] = [await jpeg(64, 48), await png(40, 30), await webp(50, 50)];
      const res = await server().request('POST', `/galleries/${g.id}/photos`, {
        key,
        form: form([
          { name: 'DSC_0001.jpg', bytes: a, type: 'image/jpeg' },
          { name: 'scan.png', bytes: b },
          { name: 'web.webp', bytes: c },
        ]),
      });
      expect(res.status).toBe(201);
      expect(res.body.data.map((p: { filename: string; content_type: string; width: number; height: number; position: number; bytes: number; sha256: string }) => [p.filename, p.content_type, p.width, p.height, p.position, p.bytes, p.sha256])).toEqual([
        ['DSC_0001.jpg', 'image/jpeg', 64, 48, 1, a.length, sha256(a)],
        ['scan.png', 'image/png', 40, 30, 2, b.length, sha256(b)],
        ['web.webp', 'image/webp', 50, 50, 3, c.length, sha256(c)],
      ]);
      const after = (await server().request('GET', `/galleries/${g.id}`, { key })).body.data;
      expect(after).toMatchObject({ photo_count: 3, cover_photo_id: res.body.data[0].id });
      const more = await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form([{ name: 'later.jpg', bytes: await jpeg() }]) });
      expect(more.body.data[0].position).toBe(4);
      const list = await server().request('GET', `/galleries/${g.id}/photos?per_page=2&page=2`, { key });
      expect(list.body.data.map((p: { filename: string }) => p.filename)).toEqual(['web.webp', 'later.jpg']);
      expect(list.body.pagination).toEqual({ page: 2, per_page: 2, total: 4, total_pages: 2 });
    });

    it('serves WebP previews (thumbnail ≤ 400 px, web ≤ 1600 px), never the original', async () => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const photo = (await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form([{ name: 'big.jpg', bytes: await jpeg(2400, 1200) }]) })).body.data[0];
      const thumb = await server().request('GET', `/galleries/${g.id}/photos/${photo.id}/preview?size=thumbnail`, { key });
      expect(thumb.headers.get('content-type')).toBe('image/webp');
      expect(await sharp(thumb.bytes).metadata()).toMatchObject({ format: 'webp', width: 400, height: 200 });
      const web = await server().request('GET', `/galleries/${g.id}/photos/${photo.id}/preview`, { key });
      expect(await sharp(web.bytes).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 800 });
      expect((await server().request('GET', `/galleries/${g.id}/photos/${photo.id}/preview?size=huge`, { key })).status).toBe(400);
    });

    it.each([
      ['a GIF', async () => ({ name: 'anim.gif', bytes: await gif() }), 415, 'image/gif'],
      ['a text file named .jpg', async () => ({ name: 'notes.jpg', bytes: Buffer.from('just some text, not a photo\n'), type: 'image/jpeg' }), 415, 'text'],
      ['a truncated JPEG', async () => ({ name: 'cut.jpg', bytes: await truncatedJpeg() }), 400, null],
      ['an empty file', async () => ({ name: 'empty.jpg', bytes: Buffer.alloc(0) }), 400, null],
    ])('refuses %s, naming the file, and stores nothing of the upload', async (_what, make, status, received) => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const bad = await make();
      const res = await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form([{ name: 'good.jpg', bytes: await jpeg() }, bad]) });
      expect(res.status).toBe(status);
      expect(res.body.error.message).toContain(bad.name);
      expect(res.body.error.details).toMatchObject({ filename: bad.name, ...(received ? { received } : { field: 'files[1]' }) });
      expect((await server().request('GET', `/galleries/${g.id}`, { key })).body.data.photo_count).toBe(0);
      expect(await filesUnder(join(server().config.dataDir, 'photos', 'galleries', g.id))).toEqual([]);
    });

    it('answers 413 for a file over the size limit, naming it', async () => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const big = Buffer.concat([await jpeg(), Buffer.alloc(300 * 1024)]);
      const res = await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form([{ name: 'huge.jpg', bytes: big }]) });
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'payload_too_large', details: { limit_bytes: 256 * 1024, filename: 'huge.jpg' } });
    });

    it(`refuses more than the spec's ${photoUploadMaxFiles} files in one upload (400) and stores none of them`, async () => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const small = await jpeg(8, 8);
      const files = Array.from({ length: photoUploadMaxFiles + 1 }, (_, i) => ({ name: `f${i}.jpg`, bytes: small }));
      const res = await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form(files) });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', details: { field: 'files' } });
      expect(res.body.error.message).toContain(`At most ${photoUploadMaxFiles} files`);
      expect((await server().request('GET', `/galleries/${g.id}/photos`, { key })).body.pagination.total).toBe(0);
    });

    it('refuses a body that is not multipart (415), a foreign field and no file (400), an unknown gallery (404)', async () => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const json = await server().request('POST', `/galleries/${g.id}/photos`, { key, body: { files: [] } });
      expect(json.status).toBe(415);
      const wrongField = await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form([{ name: 'x.jpg', bytes: await jpeg() }], 'photo') });
      expect(wrongField.body.error.details).toMatchObject({ field: 'photo' });
      const none = new FormData();
      none.append('files', 'not a file');
      expect((await server().request('POST', `/galleries/${g.id}/photos`, { key, form: none })).status).toBe(400);
      expect((await server().request('POST', `/galleries/00000000-0000-4000-8000-000000000000/photos`, { key, form: form([{ name: 'x.jpg', bytes: await jpeg() }]) })).status).toBe(404);
    });

    it('refuses an upload with a part it cannot read (no, a non-form-data or a broken Content-Disposition, no field name) or that ends inside a file, and stores none of its files', async () => {
      const { key } = await server().newAccount();
      const g = await gallery(key);
      const photo = await jpeg(8, 8);
      const boundary = 'test-boundary-b6f1';
      const part = (disposition: string | null) =>
        Buffer.concat([Buffer.from(`--${boundary}\r\n${disposition === null ? '' : `Content-Disposition: ${disposition}\r\n`}Content-Type: image/jpeg\r\n\r\n`), photo, Buffer.from('\r\n')]);
      const good = 'form-data; name="files"; filename="a.jpg"';
      for (const odd of [null, 'attachment; name="files"; filename="b.jpg"', 'form-data; name="\\"; filename="b.jpg"', 'form-data; filename="b.jpg"']) {
        const body = Buffer.concat([part(good), part(odd), part(good), Buffer.from(`--${boundary}--\r\n`)]);
        const res = await server().request('POST', `/galleries/${g.id}/photos`, { key, rawBody: body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } });
        expect(res.status, String(odd)).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'invalid_request', details: { field: 'body' } });
      }
      // A form that ends inside a file (no closing delimiter): 400, not the parser's error as a 500.
      for (const cut of [part(good), part(good).subarray(0, 120), Buffer.concat([part(good), part(good).subarray(0, 60)])]) {
        const res = await server().request('POST', `/galleries/${g.id}/photos`, { key, rawBody: cut, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } });
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'invalid_request', message: 'Malformed multipart body', details: { field: 'body' } });
      }
      // The same body without the odd part is an upload of two (the count is of parts, not of delimiter-like bytes).
      const fine = Buffer.concat([part(good), part(good), Buffer.from(`--${boundary}--\r\n--${boundary}\r\nepilogue`)]);
      const ok = await server().request('POST', `/galleries/${g.id}/photos`, { key, rawBody: fine, headers: { 'Content-Type': `multipart/form-data; boundary="${boundary}"` } });
      expect(ok.status, JSON.stringify(ok.body)).toBe(201);
      expect(ok.body.data).toHaveLength(2);
      expect((await server().request('GET', `/galleries/${g.id}/photos`, { key })).body.pagination.total).toBe(2);
    });

    it("deletes a photo and its files; the cover moves to the next photo; another account's photos are 404", async () => {
      const { key } = await server().newAccount();
      const other = await server().newAccount();
      const g = await gallery(key);
      const [first, second] = (await server().request('POST', `/galleries/${g.id}/photos`, { key, form: form([{ name: '1.jpg', bytes: await jpeg() }, { name: '2.jpg', bytes: await jpeg() }]) })).body.data;
      expect((await server().request('GET', `/galleries/${g.id}/photos/${first.id}`, { key: other.key })).status).toBe(404);
      expect((await server().request('DELETE', `/galleries/${g.id}/photos/${first.id}`, { key: other.key })).status).toBe(404);
      expect((await filesUnder(join(server().config.dataDir, 'photos', 'galleries', g.id))).length).toBe(6);
      expect((await server().request('DELETE', `/galleries/${g.id}/photos/${first.id}`, { key })).status).toBe(204);
      expect((await server().request('GET', `/galleries/${g.id}/photos/${first.id}`, { key })).status).toBe(404);
      expect((await server().request('GET', `/galleries/${g.id}`, { key })).body.data).toMatchObject({ photo_count: 1, cover_photo_id: second.id });
      expect((await filesUnder(join(server().config.dataDir, 'photos', 'galleries', g.id))).length).toBe(3);
      await server().request('DELETE', `/galleries/${g.id}`, { key });
      expect(await filesUnder(join(server().config.dataDir, 'photos', 'galleries', g.id))).toEqual([]);
    });
  },
  { env: { PHOTO_MAX_BYTES: String(256 * 1024) } },
);
