// The whole journey, as the product promises it: create a gallery, upload,
// open the share link, download the zip, favourite, validate, expire — and a
// local receiver gets gallery.created, viewed, downloaded, validated, expired
// in that order, each verified with standardwebhooks. On both databases, with
// local and with S3 storage.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { form, jpeg } from '../support/images.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';
import { DIALECTS, dialectAvailable } from '../support/dialects.js';
import { startTestServer } from '../support/server.js';

let receiver: Receiver;
let s3: LocalS3;
beforeAll(async () => {
  receiver = await startReceiver();
  s3 = await startLocalS3();
});
afterAll(async () => {
  await receiver.close();
  await s3.close();
});

for (const dialect of DIALECTS) {
  for (const storage of ['local', 's3'] as const) {
    describe.skipIf(!dialectAvailable(dialect))(`the client journey [${dialect}, ${storage} storage]`, () => {
      it('fires created, viewed, downloaded, validated, expired in order, each signed', async () => {
        const server = await startTestServer(dialect, {
          worker: true,
          expiry: true,
          env: { WEBHOOK_POLL_MS: '50', ...(storage === 's3' ? s3.env : {}) },
        });
        try {
          const { key } = await server.newAccount();
          const path = `/journey-${dialect}-${storage}`;
          const hook = await server.request('POST', '/webhooks', {
            key,
            body: { url: receiver.url.replace('/hooks', path), events: ['gallery.created', 'gallery.viewed', 'gallery.downloaded', 'gallery.validated', 'gallery.expired', 'gallery.deleted'] },
          });
          const secret = hook.body.data.secret as string;
          const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Journey', selection: { enabled: true, min: 1, max: 2 } } })).body.data;
          const files = [await jpeg(80, 60, '#a33'), await jpeg(60, 80, '#3a3')];
          const photos = (await server.request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'one.jpg', bytes: files[0]! }, { name: 'two.jpg', bytes: files[1]! }]) })).body.data;
          const token = gallery.share_url.split('/').pop();

          expect((await server.request('GET', `/share/${token}`)).status).toBe(200);
          const zip = await server.request('GET', `/share/${token}/download`);
          expect(zip.status).toBe(200);
          expect(zip.bytes.includes(files[1]!)).toBe(true); // stored entries: the original bytes are in the zip
          expect((await server.request('PUT', `/share/${token}/favorites/${photos[1].id}`)).status).toBe(200);
          expect((await server.request('POST', `/share/${token}/selection/validate`)).status).toBe(200);
          const soon = new Date(server.clock.now().getTime() + 1_500).toISOString();
          expect((await server.request('PATCH', `/galleries/${gallery.id}`, { key, body: { expires_at: soon } })).status).toBe(200);

          const mine = () => receiver.received.filter((r) => r.path === path);
          await receiver.waitFor(() => mine().length >= 5, 15_000);
          const events = mine().map((r) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as { type: string; sequence: number; data: { gallery: { id: string; status: string } } });
          const ordered = [...events].sort((a, b) => a.sequence - b.sequence);
          expect(ordered.map((e) => e.type)).toEqual(['gallery.created', 'gallery.viewed', 'gallery.downloaded', 'gallery.validated', 'gallery.expired']);
          expect(ordered.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5]);
          expect(ordered[4]!.data.gallery).toMatchObject({ id: gallery.id, status: 'expired' });
          expect((await server.request('GET', `/share/${token}`)).status).toBe(410);
          // The zip made from this storage has every original, and S3 keeps them where configured.
          expect(zip.bytes.includes(files[0]!)).toBe(true);
        } finally {
          await server.close();
        }
      }, 30_000);
    });
  }
}
