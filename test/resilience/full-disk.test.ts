// A full photo disk: DATA_DIR (photos and upload temporaries) on a 16 MB
// tmpfs. Uploads that no longer fit answer 507 in the envelope — never a 400,
// never a server path — leave nothing half-written, and the server goes on
// answering everything else; /health says the storage is down meanwhile.
// Needs root (to mount a tmpfs): skipped loudly elsewhere, run in CI.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { form } from '../support/images.js';
import { startTestServer, type TestServer } from '../support/server.js';

const mountPoint = await mkdtemp(join(tmpdir(), 'piksend-full-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint], { stdio: 'ignore' }).status === 0;
if (!mounted) {
  if (process.env.CI) throw new Error('CI runs as root: the full-disk test needs `mount -t tmpfs`');
  console.warn('\n*** Cannot mount a tmpfs (not root?): the full-disk test is SKIPPED. ***\n');
}

/** A JPEG of about 2.7 MB (noise does not compress). */
const bigJpeg = () =>
  sharp({ create: { width: 1800, height: 1400, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 80 } } })
    .jpeg({ quality: 97 })
    .toBuffer();

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

/** Takes all but `leaveBytes` of the tmpfs with one filler file. */
async function fillUp(leaveBytes: number): Promise<void> {
  const { bavail, bsize } = await statfs(mountPoint);
  const take = Math.max(0, bavail * bsize - leaveBytes);
  await writeFile(join(mountPoint, 'filler'), Buffer.alloc(take), { flag: 'a' }).catch(() => undefined);
}

describe.skipIf(!mounted)('a full photo disk', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { DATA_DIR: mountPoint } });
  });
  afterAll(async () => {
    await server?.close();
    spawnSync('umount', [mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  });

  it('answers 507 without a path, keeps nothing half-written, and goes on serving', async () => {
    const { key } = await server.newAccount();
    const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Full disk' } })).body.data;
    const photo = await bigJpeg();
    expect(photo.length).toBeGreaterThan(2_000_000);
    const upload = () =>
      fetch(`${server.apiUrl}/galleries/${gallery.id}/photos`, { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: form([{ name: 'DSC_0001.jpg', bytes: photo }]) });

    // Uploads until the disk is full: the ones that fit are stored, the first that does not is a 507.
    const statuses: number[] = [];
    let refused: { error: { code: string; message: string; details: unknown } } | null = null;
    for (let i = 0; i < 10 && !refused; i++) {
      const answer = await upload();
      statuses.push(answer.status);
      const body = (await answer.json()) as never;
      if (answer.status !== 201) refused = body;
    }
    expect(statuses[0]).toBe(201);
    expect(statuses.at(-1)).toBe(507);
    expect(refused!.error.code).toBe('insufficient_storage');
    expect(JSON.stringify(refused)).not.toContain(mountPoint);
    expect(JSON.stringify(refused)).not.toMatch(/\/tmp|\/photos\//);

    // Nothing of the refused upload stayed: no temporary files, no stored file without its row.
    expect(await filesUnder(join(mountPoint, 'tmp'))).toEqual([]);
    const listed = (await server.request('GET', `/galleries/${gallery.id}/photos?per_page=100`, { key })).body.data;
    const stored = (await filesUnder(join(mountPoint, 'photos'))).filter((f) => !f.includes('.probe-'));
    expect(listed).toHaveLength(statuses.filter((s) => s === 201).length);
    expect(stored).toHaveLength(listed.length * 3);

    // Everything else still answers; with the last bytes taken too, /health says where the problem is.
    expect((await server.request('GET', '/galleries', { key })).status).toBe(200);
    expect((await server.request('POST', '/galleries', { key, body: { name: 'Still here' } })).status).toBe(201);
    await fillUp(0);
    const health = await server.request('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', storage: { kind: 'local', status: 'down' } });

    // Room again (an operator deleted something): uploads work.
    await rm(join(mountPoint, 'photos'), { recursive: true, force: true });
    await rm(join(mountPoint, 'filler'), { force: true });
    expect((await upload()).status).toBe(201);
  }, 60_000);

  it('a disk that fills while a file is streaming in fails that upload alone', async () => {
    const { key } = await server.newAccount();
    const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Mid-upload' } })).body.data;
    // Leave about 1 MB free, then send twice 2.7 MB.
    await fillUp(2 ** 20);
    const answer = await fetch(`${server.apiUrl}/galleries/${gallery.id}/photos`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}` },
      body: form([{ name: 'a.jpg', bytes: await bigJpeg() }, { name: 'b.jpg', bytes: await bigJpeg() }]),
    });
    expect(answer.status).toBe(507);
    expect(await filesUnder(join(mountPoint, 'tmp'))).toEqual([]);
    expect((await server.request('GET', `/galleries/${gallery.id}/photos`, { key })).body.data).toEqual([]);
    await rm(join(mountPoint, 'filler'), { force: true });
    expect((await server.request('GET', '/me', { key })).status).toBe(200);
  }, 60_000);
});
