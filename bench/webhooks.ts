// Webhook delivery figures: signed deliveries per second (a backlog drained
// by the server's in-process worker to a local receiver), against a bare
// keep-alive POST loop to the same receiver in the same run; and event →
// delivery latency (p50/p99) while galleries are created at a steady rate.
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccount } from '../src/accounts/accounts.js';
import { createApiKey } from '../src/accounts/api-keys.js';
import { systemClock } from '../src/clock.js';
import { openDatabase } from '../src/db/connect.js';
import { insertEvent, pendingDelivery } from '../src/events/outbox.js';
import { createSecretBox } from '../src/webhooks/secret-box.js';
import { generateWebhookSecret } from '../src/webhooks/signing.js';
import { serverEnv, startCompiledServer, stop } from './support/compiled-server.js';
import { benchDatabase, freePort } from './support/environment.js';

export interface DeliveryFigures {
  backlog: number;
  deliveriesPerSecond: number;
  barePostsPerSecond: number;
  latencyEvents: number;
  latencyP50: number;
  latencyP99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function receiver() {
  const arrivals: { at: number; createdAt: number }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      try {
        arrivals.push({ at, createdAt: Date.parse((JSON.parse(Buffer.concat(chunks).toString()) as { created_at: string }).created_at) });
      } catch {
        arrivals.push({ at, createdAt: NaN });
      }
      res.end('ok');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, arrivals, close: () => new Promise((r) => server.close(r)) };
}

async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`webhook bench: not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The baseline: the same number of POSTs of a similar body, 10 at a time over keep-alive, from a bare loop. */
async function barePosts(url: string, count: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  const body = JSON.stringify({ id: `evt_${randomBytes(16).toString('hex')}`, type: 'gallery.created', data: { gallery: { name: 'x'.repeat(600) } } });
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(body);
    });
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (next++ < count) await post();
  }));
  agent.destroy();
  return Math.round(count / ((performance.now() - started) / 1000));
}

export async function measureDeliveries(options: { quick: boolean; databaseUrl?: string }): Promise<DeliveryFigures> {
  const backlog = options.quick ? 300 : 5_000;
  const latencyEvents = options.quick ? 50 : 500;
  const dialect = options.databaseUrl?.startsWith('postgres') ? 'postgres' : 'sqlite';
  const db = await benchDatabase(dialect, options.databaseUrl ?? '');
  const sink = await receiver();
  const secretKey = randomBytes(32).toString('base64');
  const database = openDatabase(db.url);
  await database.migrate();
  const ctx = { db: database.db, clock: systemClock };
  const account = await createAccount(ctx, { email: 'bench-webhooks@example.com', plan: 'pro' });
  const { key } = await createApiKey(ctx, account);
  const now = new Date().toISOString();
  const webhookId = randomUUID();
  await database.db
    .insertInto('webhooks')
    .values({
      id: webhookId,
      account_id: account.id,
      url: sink.url,
      events: JSON.stringify(['gallery.created']),
      description: 'bench',
      enabled: 1,
      disabled_reason: null,
      secret_encrypted: createSecretBox(secretKey).seal(generateWebhookSecret()),
      previous_secret_encrypted: null,
      previous_secret_expires_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  // The backlog: events already committed, their deliveries due, before the server starts.
  for (let i = 0; i < backlog; i += 500) {
    await database.db.transaction().execute(async (trx) => {
      const deliveries = [];
      for (let j = i; j < Math.min(backlog, i + 500); j++) {
        const event = await insertEvent(trx, { accountId: account.id, livemode: true, type: 'webhook.test', galleryId: null, sequence: j + 1, data: { webhook_id: webhookId, message: `Backlog ${j}` }, now });
        deliveries.push(pendingDelivery(webhookId, event.id, 'webhook.test', now));
      }
      await trx.insertInto('webhook_deliveries').values(deliveries).execute();
    });
  }
  await database.db.updateTable('accounts').set({ event_sequence: backlog }).where('id', '=', account.id).execute();
  await database.close();

  const barePostsPerSecond = await barePosts(sink.url, backlog);
  sink.arrivals.length = 0;

  const port = await freePort();
  // BENCH_CPU_PROF_DIR=dir writes the server's CPU profile there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  // The compiled server, as `npm start` runs it (bench/run.ts builds it first).
  const child = startCompiledServer(port, serverEnv(db.url, { LOG_LEVEL: 'warn', WEBHOOK_SECRET_KEY: secretKey, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }), profile);
  try {
    // From the first arrival to the last: the server's start-up is not counted.
    await until(() => sink.arrivals.length >= backlog, 120_000);
    const span = (sink.arrivals[backlog - 1]!.at - sink.arrivals[0]!.at) / 1000;
    const deliveriesPerSecond = Math.round((backlog - 1) / Math.max(span, 0.001));

    // Latency: galleries created at a steady ~100/s through the API; each event's created_at to its arrival.
    sink.arrivals.length = 0;
    const api = `http://127.0.0.1:${port}/api/v1/galleries`;
    for (let i = 0; i < latencyEvents; i++) {
      void fetch(api, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `Latency ${i}` }) });
      await new Promise((r) => setTimeout(r, 10));
    }
    await until(() => sink.arrivals.length >= latencyEvents, 60_000);
    const latencies = sink.arrivals.map((a) => a.at - a.createdAt).filter(Number.isFinite).sort((a, b) => a - b);
    return {
      backlog,
      deliveriesPerSecond,
      barePostsPerSecond,
      latencyEvents,
      latencyP50: percentile(latencies, 50),
      latencyP99: percentile(latencies, 99),
    };
  } finally {
    await stop(child);
    await sink.close();
    await db.drop();
  }
}
