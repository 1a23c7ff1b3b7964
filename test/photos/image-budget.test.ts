// Images within a budget: a decompression bomb (a small PNG declaring
// 16000 × 16000 pixels) is refused from its header, before decoding; sixteen
// simultaneous uploads of the largest accepted image are decoded a few at a
// time, so the server's peak memory stays under the bound the README states
// (800 MB) and /health keeps answering (p99 ~10 ms alone; asserted only as liveness, under 1 s, since tests
// share the machine); a full queue answers 503. Measured on
// a real `piksend serve` process (its peak RSS from /proc).
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoMaxPixels } from '../../generated/constants.js';
import { form } from '../support/images.js';
import { ROOT } from '../support/paths.js';
import { freePort, startProcess, type Running } from '../support/processes.js';

const PEAK_RSS_BOUND_MB = 800;
const CLI = join(ROOT, 'bin', 'piksend.js');
const procStatus = async (pid: number, field: 'VmHWM' | 'VmRSS') => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(await readFile(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** A flat-coloured PNG: megapixels that compress to almost nothing. */
const canvas = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' }, limitInputPixels: false }).png({ compressionLevel: 9 }).toBuffer();

async function serve(env: Record<string, string>): Promise<{ running: Running; api: string; key: string }> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'piksend-images-'));
  const running = await startProcess(process.execPath, [CLI, 'serve'], /PikSend API listening/, { env: { DATA_DIR: dir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'info', MALLOC_ARENA_MAX: '2', ...env } });
  const key = /pk_live_\w+/.exec(running.output())![0];
  return { running, api: `http://127.0.0.1:${port}/api/v1`, key };
}

describe('images within a budget', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let gallery: string;
  const upload = (bytes: Buffer, name = 'big.png') =>
    fetch(`${server.api}/galleries/${gallery}/photos`, { method: 'POST', headers: { Authorization: `Bearer ${server.key}` }, body: form([{ name, bytes }]) });

  beforeAll(async () => {
    server = await serve({});
    const created = await fetch(`${server.api}/galleries`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Medium format' }),
    });
    gallery = ((await created.json()) as { data: { id: string } }).data.id;
  }, 60_000);
  afterAll(() => server?.running.stop());

  it('refuses a decompression bomb from its header, with 413 naming the file and the limit', async () => {
    const bomb = await canvas(16000, 16000);
    expect(bomb.length).toBeLessThan(2 * 2 ** 20);
    const before = await procStatus(server.running.child.pid!, 'VmHWM');
    const started = performance.now();
    const answer = await upload(bomb, 'bomb.png');
    const tookMs = performance.now() - started;
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as { error: { details: unknown } }).error.details).toMatchObject({ filename: 'bomb.png', limit_pixels: photoMaxPixels, width: 16000, height: 16000 });
    // Nothing was decoded: no 768 MB canvas in memory, and no time spent on one.
    expect((await procStatus(server.running.child.pid!, 'VmHWM')) - before).toBeLessThan(100);
    expect(tookMs).toBeLessThan(5_000);
  }, 60_000);

  it(`decodes 16 simultaneous uploads of the largest accepted image under ${PEAK_RSS_BOUND_MB} MB, /health answering meanwhile`, async () => {
    const side = Math.floor(Math.sqrt(photoMaxPixels));
    const largest = await canvas(side, side);
    const pid = server.running.child.pid!;
    const idle = await procStatus(pid, 'VmRSS');
    const latencies: number[] = [];
    let uploading = true;
    const probe = (async () => {
      while (uploading) {
        const started = performance.now();
        await fetch(`${server.api}/health`).then((r) => r.arrayBuffer());
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const statuses = await Promise.all(Array.from({ length: 16 }, () => upload(largest).then((r) => r.status)));
    uploading = false;
    await probe;
    const peak = await procStatus(pid, 'VmHWM');
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)]!;
    // The same work again: it needs no more memory than the first round (nothing is kept from one upload to the next).
    // (RSS itself stays near the peak after a round, on Node 20 and 24 alike: glibc keeps freed pages for reuse.)
    const again = await Promise.all(Array.from({ length: 16 }, () => upload(largest).then((r) => r.status)));
    const secondPeak = await procStatus(pid, 'VmHWM');
    console.log(`16 × ${side}×${side} PNG: peak RSS ${peak.toFixed(0)} MB (idle ${idle.toFixed(0)} MB), after a second round ${secondPeak.toFixed(0)} MB; /health p99 ${p99.toFixed(0)} ms over ${latencies.length} probes`);
    expect(statuses).toEqual(Array(16).fill(201));
    expect(again).toEqual(Array(16).fill(201));
    expect(peak).toBeLessThan(PEAK_RSS_BOUND_MB);
    // Liveness, not a timing target (those live in the benchmark: this machine is shared and noisy): /health never
    // waited behind the image work. Measured alone here, p99 is about 10 ms.
    expect(p99).toBeLessThan(1_000);
    expect(secondPeak - peak).toBeLessThan(50);
  }, 240_000);

  it('a full queue answers 503 with Retry-After, and the rest are stored', async () => {
    const busy = await serve({ IMAGE_CONCURRENCY: '1', IMAGE_QUEUE_LENGTH: '1' });
    try {
      const created = await fetch(`${busy.api}/galleries`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${busy.key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Queue' }),
      });
      const id = ((await created.json()) as { data: { id: string } }).data.id;
      const image = await canvas(6000, 6000);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => fetch(`${busy.api}/galleries/${id}/photos`, { method: 'POST', headers: { Authorization: `Bearer ${busy.key}` }, body: form([{ name: 'a.png', bytes: image }]) })),
      );
      const refused = answers.filter((a) => a.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused[0]!.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
      const stored = answers.filter((a) => a.status === 201).length;
      expect(stored).toBeGreaterThanOrEqual(2);
      const listed = await fetch(`${busy.api}/galleries/${id}/photos`, { headers: { Authorization: `Bearer ${busy.key}` } });
      expect(((await listed.json()) as { data: unknown[] }).data).toHaveLength(stored);
    } finally {
      await busy.running.stop();
    }
  }, 120_000);
});
