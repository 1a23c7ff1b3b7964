// A gallery of 1,000 photos downloads as one zip streamed as it is built: every
// entry is there, and the server's memory does not grow with the zip's size.
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const PHOTOS = 1_000;
const BYTES = 128 * 1024;

const entriesOf = (file: string) =>
  new Promise<number>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (err, zip) => (err || !zip ? reject(err) : (resolve(zip.entryCount), zip.close()))),
  );

// Memory is about the stream, not the database: SQLite alone.
describe('a zip of 1,000 photos', () => {
  let current: TestServer;
  const server = () => current;
  beforeAll(async () => {
    current = await startTestServer('sqlite');
  });
  afterAll(() => current.close());

  it('streams all of them with the server using far less memory than the zip', async () => {
    const { key, account } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Big day' } })).body.data;
    const now = new Date().toISOString();
    const rows = [];
    for (let i = 0; i < PHOTOS; i++) {
      const id = randomUUID();
      const storageKey = `galleries/${gallery.id}/${id}`;
      const file = join(server().config.dataDir, 'photos', storageKey);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(BYTES - 3)]));
      rows.push({ id, gallery_id: gallery.id, filename: `IMG_${i}.jpg`, content_type: 'image/jpeg' as const, bytes: BYTES, width: 10, height: 10, sha256: '0'.repeat(64), position: i + 1, storage_key: storageKey, created_at: now });
    }
    for (let i = 0; i < rows.length; i += 200) await server().database.db.insertInto('photos').values(rows.slice(i, i + 200)).execute();
    await server().database.db.updateTable('galleries').set({ photo_count: PHOTOS }).where('id', '=', gallery.id).where('account_id', '=', account.id).execute();

    // Node's listener-leak warning (an `error` listener per photo once produced it for every zip of 10+ photos).
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const out = join(await mkdtemp(join(tmpdir(), 'piksend-zip-')), 'all.zip');
    const response = await fetch(`${server().apiUrl}/share/${gallery.share_url.split('/').pop()}/download`);
    expect(response.status).toBe(200);
    await pipeline(Readable.fromWeb(response.body as never), createWriteStream(out));
    clearInterval(sampler);
    process.off('warning', onWarning);
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);

    expect(await entriesOf(out)).toBe(PHOTOS);
    const zipMb = (PHOTOS * BYTES) / 2 ** 20;
    const grewMb = (peak - baseline) / 2 ** 20;
    console.log(`zip of ${PHOTOS} photos: ${zipMb.toFixed(0)} MB streamed; the test process (server included) grew by ${grewMb.toFixed(1)} MB`);
    expect(grewMb).toBeLessThan(zipMb / 2);
  }, 120_000);
});
