// Photo storage that fails: S3 that stops answering, a file that disappears
// while a zip of it is streaming. Each answers its client as documented (503
// with Retry-After; a cut-off zip) and the server goes on serving everyone.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { form, jpeg } from '../support/images.js';
import { startLocalS3 } from '../support/s3.js';
import { startTestServer } from '../support/server.js';

it('S3 that does not answer: uploads get 503 with Retry-After, /health says storage down, reads of the database go on', async () => {
  const s3 = await startLocalS3();
  const server = await startTestServer('sqlite', { env: s3.env });
  try {
    const { key } = await server.newAccount();
    const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Cloud' } })).body.data;
    await s3.close();
    const answer = await fetch(`${server.apiUrl}/galleries/${gallery.id}/photos`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}` },
      body: form([{ name: 'a.jpg', bytes: await jpeg() }]),
    });
    expect(answer.status).toBe(503);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    expect((await server.request('GET', `/galleries/${gallery.id}/photos`, { key })).body.data).toEqual([]);
    const health = await server.request('GET', '/health');
    expect(health.body).toMatchObject({ status: 'degraded', storage: { kind: 's3', status: 'down' } });
    expect((await server.request('GET', '/galleries', { key })).status).toBe(200);
  } finally {
    await server.close();
  }
}, 30_000);

it('a photo file that vanishes while its zip streams cuts that zip off, and nothing else', async () => {
  const server = await startTestServer('sqlite');
  try {
    const { key } = await server.newAccount();
    const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Vanishing' } })).body.data;
    const files = await Promise.all([1, 2, 3].map(async (i) => ({ name: `${i}.jpg`, bytes: await jpeg(64 + i, 48) })));
    const uploaded = await fetch(`${server.apiUrl}/galleries/${gallery.id}/photos`, { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: form(files) });
    const photos = ((await uploaded.json()) as { data: { id: string }[] }).data;
    await rm(join(server.config.dataDir, 'photos', 'galleries', gallery.id, photos[2]!.id), { force: true });
    const token = gallery.share_url.split('/').pop();
    const zip = await fetch(`${server.apiUrl}/share/${token}/download`);
    expect(zip.status).toBe(200);
    // The stream ends in an error (the client sees a broken download, not a silently short zip).
    await expect(zip.arrayBuffer()).rejects.toThrow();
    expect(server.logs()).toContain('zip download failed while streaming');
    expect((await server.request('GET', '/galleries', { key })).status).toBe(200);
  } finally {
    await server.close();
  }
}, 30_000);
