// The production topology, run for real: HAProxy (deploy/haproxy.cfg) in
// front of two `piksend serve` instances (DELIVERY_WORKER=off) and one
// `piksend worker`, on PostgreSQL, Redis (shared limits) and S3 (s3rver).
// Through the balancer: the public documentation's examples, an upload, a
// share-link journey and all six events delivered signed; then a client that
// forges X-Forwarded-For, and a crowd trickling from one address.
// Clients connect from 127.0.0.4 (the journey), 127.0.0.2 and 127.0.0.3 (others).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials } from '../../generated/constants.js';
import { verifyWebhook } from '../../src/client/webhooks.js';
import { createTestDatabase, type TestDatabaseUrl } from '../support/databases.js';
import { postgresAvailable } from '../support/dialects.js';
import { form, jpeg } from '../support/images.js';
import { ROOT } from '../support/paths.js';
import { freePort, startProcess, type Running } from '../support/processes.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { REDIS_URL, redisIsAvailable } from '../support/redis.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';
import { waitUntil } from '../support/wait.js';

const CLI = join(ROOT, 'bin', 'piksend.js');
const haproxyInstalled = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
if (!haproxyInstalled) {
  if (process.env.CI) throw new Error('HAProxy is required in CI (.ci/run installs it): apt-get install haproxy');
  console.warn('\n*** haproxy is not installed: the production topology test is SKIPPED (apt-get install haproxy). ***\n');
}
const ready = haproxyInstalled && postgresAvailable && redisIsAvailable;
const EVENTS = ['gallery.created', 'gallery.viewed', 'gallery.downloaded', 'gallery.validated', 'gallery.expired', 'gallery.deleted'];
const SHARE_HEADER = credentials.ShareAccessToken.header;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** One request from `localAddress` (which client this is), with the headers given. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress ?? '127.0.0.4', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.end(options.body);
  });
}

function piksend(args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`piksend ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

describe.skipIf(!ready)('the production topology: HAProxy, two API instances, a worker, PostgreSQL, Redis, S3', () => {
  let database: TestDatabaseUrl;
  let s3: LocalS3;
  let receiver: Receiver;
  let balancer: ChildProcess;
  let balancerLog = '';
  const processes: Running[] = [];
  let api = '';
  /** Each instance's API, not through the balancer. */
  let instanceApis: string[] = [];
  let lbBase = '';
  let key = '';
  let env: Record<string, string> = {};
  const instancesSeen = new Set<string>();

  /** Through the balancer, with the account's key unless told otherwise. */
  const call = async (method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; key?: string | null; localAddress?: string } = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const useKey = options.key === undefined ? key : options.key;
    if (useKey) headers.Authorization = `Bearer ${useKey}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    const answer = await send(`${api}${path}`, { method, headers, body, localAddress: options.localAddress });
    const instance = answer.headers['x-piksend-instance'];
    if (typeof instance === 'string') instancesSeen.add(instance);
    return answer;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    s3 = await startLocalS3();
    receiver = await startReceiver();
    const redisUrl = `${REDIS_URL.replace(/\/\d*$/, '')}/7`;
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    redis.disconnect();
    const [lb, port1, port2] = [await freePort(), await freePort(), await freePort()];
    lbBase = `http://127.0.0.1:${lb}`;
    api = `${lbBase}/api/v1`;
    env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATABASE_URL: database.url,
      RATE_LIMIT_REDIS_URL: redisUrl,
      WEBHOOK_SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
      // The receiver is on loopback: allowed explicitly, as a staging deployment would.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_POLL_MS: '200',
      // One balancer in front: the rightmost X-Forwarded-For entry (the one HAProxy appended) is the client.
      TRUST_PROXY: '1',
      SHARE_BASE_URL: `${lbBase}/g`,
      SHARE_PASSWORD_ATTEMPTS: '3',
      SHARE_REQUESTS_PER_MINUTE: '40',
      AUTH_FAILURES_PER_MINUTE: '5',
      DATA_DIR: await mkdtemp(join(tmpdir(), 'piksend-topology-')),
      ...s3.env,
    };
    piksend(['migrate'], env);
    piksend(['accounts', 'create', '--email', 'studio@example.com', '--plan', 'pro'], env);
    key = /pk_live_\w+/.exec(piksend(['keys', 'create', '--email', 'studio@example.com'], env))![0];

    instanceApis = [port1, port2].map((port) => `http://127.0.0.1:${port}/api/v1`);
    for (const port of [port1, port2]) {
      processes.push(
        await startProcess(process.execPath, [CLI, 'serve'], /PikSend API listening/, { env: { ...env, PORT: String(port), DELIVERY_WORKER: 'off', EXPIRY_SCHEDULER: 'off' } }),
      );
    }
    processes.push(await startProcess(process.execPath, [CLI, 'worker'], /webhook delivery worker started/, { env }));
    balancer = spawn('haproxy', ['-f', join(ROOT, 'deploy', 'haproxy.cfg'), '-db'], {
      env: { ...process.env, LB_BIND: `127.0.0.1:${lb}`, API_1: `127.0.0.1:${port1}`, API_2: `127.0.0.1:${port2}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    balancer.stdout!.on('data', (c: Buffer) => (balancerLog += c.toString()));
    balancer.stderr!.on('data', (c: Buffer) => (balancerLog += c.toString()));
    // Both instances up behind it (its health checks run every second).
    await waitUntil(async () => {
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) {
        const answer = await send(`${api}/health`).catch(() => null);
        if (answer?.status === 200) seen.add(String(answer.headers['x-piksend-instance']));
      }
      return seen.size;
    }, (n) => n === 2, 20_000).catch((err: Error) => {
      throw new Error(`${err.message}\nhaproxy: ${balancerLog}`);
    });
  }, 90_000);

  afterAll(async () => {
    balancer?.kill('SIGTERM');
    await Promise.all(processes.map((p) => p.stop()));
    await receiver?.close();
    await s3?.close();
    await database?.drop();
  }, 30_000);

  it('serves the public examples, an upload and a whole share-link journey, and delivers all six events signed', async () => {
    // The documentation's examples, with only the host changed.
    expect((await call('GET', '/health', { key: null })).json.status).toBe('ok');
    const listed = await call('GET', '/galleries?page=1&per_page=20');
    expect(listed.status).toBe(200);
    expect(listed.headers['x-ratelimit-limit']).toBe('600');
    const refused = await call('GET', '/galleries', { key: 'pk_live_invalid' });
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe('unauthorized');

    const hook = await call('POST', '/webhooks', { body: { url: receiver.url, events: EVENTS } });
    expect(hook.status).toBe(201);
    const secret: string = hook.json.data.secret;

    const created = await call('POST', '/galleries', {
      body: { name: 'Smith Wedding', client: { name: 'Jane Smith', email: 'jane@example.com' }, password: 'correct horse', selection: { enabled: true, min: 1, max: 2 } },
    });
    expect(created.status).toBe(201);
    const gallery = created.json.data;

    // An upload through the balancer, stored in S3, readable through either instance.
    const upload = form([{ name: 'DSC_0001.jpg', bytes: await jpeg(640, 480) }]);
    const uploadRequest = new Request(`${api}/galleries/${gallery.id}/photos`, { method: 'POST', body: upload, headers: { Authorization: `Bearer ${key}` } });
    const uploaded = await fetch(uploadRequest);
    expect(uploaded.status).toBe(201);
    const photoId: string = ((await uploaded.json()) as any).data[0].id;
    for (let i = 0; i < 2; i++) expect((await call('GET', `/galleries/${gallery.id}/photos/${photoId}/preview?size=thumbnail`)).headers['content-type']).toBe('image/webp');

    // The client: the page at the share link, unlock, open (a view), favourite, validate, download.
    const token: string = gallery.share_url.split('/').pop();
    expect(gallery.share_url).toBe(`${lbBase}/g/${token}`);
    const page = await send(gallery.share_url);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="app">');
    const unlocked = await call('POST', `/share/${token}/access`, { key: null, body: { password: 'correct horse' } });
    expect(unlocked.status).toBe(201);
    const access = { [SHARE_HEADER]: unlocked.json.data.access_token };
    expect((await call('GET', `/share/${token}`, { key: null, headers: access })).status).toBe(200);
    expect((await call('PUT', `/share/${token}/favorites/${photoId}`, { key: null, headers: access })).status).toBe(200);
    expect((await call('POST', `/share/${token}/selection/validate`, { key: null, headers: access })).status).toBe(200);
    const download = await call('GET', `/share/${token}/photos/${photoId}/download`, { key: null, headers: access });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');

    // Expiry by the worker's scheduler (the instances run none), then a deletion.
    expect((await call('PATCH', `/galleries/${gallery.id}`, { body: { expires_at: new Date(Date.now() + 1500).toISOString() } })).status).toBe(200);
    // Polled gently: every read counts against the account's rate limit.
    await waitUntil(async () => (await call('GET', `/galleries/${gallery.id}`)).json.data.status, (s) => s === 'expired', 20_000, 250);
    expect((await call('GET', `/share/${token}`, { key: null, headers: access })).status).toBe(410);
    expect((await call('DELETE', `/galleries/${gallery.id}`)).status).toBe(204);

    const received = await receiver.waitFor((r) => EVENTS.every((type) => r.some((x) => JSON.parse(x.body).type === type)), 30_000);
    // Delivered concurrently, so in any order; the stream's sequence gives the order they happened in.
    const events = received.map((r) => verifyWebhook(r.body, r.headers, secret)).sort((a, b) => a.sequence - b.sequence);
    expect(events.map((e) => e.type)).toEqual(['gallery.created', 'gallery.viewed', 'gallery.validated', 'gallery.downloaded', 'gallery.expired', 'gallery.deleted']);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(events.map((e) => e.id)).size).toBe(EVENTS.length);
    // Both instances took traffic.
    expect([...instancesSeen].sort()).toEqual(['api1', 'api2']);
  }, 90_000);

  it('a write through one instance changes the ETags of the other within a second; with its notifications cut, an instance reads versions from the database', async () => {
    const [one, two] = instanceApis as [string, string];
    const [, second] = processes as [Running, Running];
    const list = (base: string, etag?: string) =>
      send(`${base}/galleries?page=1&per_page=5`, { headers: { Authorization: `Bearer ${key}`, ...(etag ? { 'If-None-Match': etag } : {}) } });
    const create = (name: string) =>
      send(`${one}/galleries`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ name, client: { name: 'Ann Lee', email: 'ann@example.com' } }) });
    const upLines = () => second.output().split('account change notifications (LISTEN) up').length - 1;
    // The account changes by itself too (the worker records the deliveries of its events): an ETag that a
    // second GET through `base` answers 304 to, once nothing is changing.
    const settledEtag = async (base: string) =>
      (
        await waitUntil(
          async () => {
            const etag = String((await list(base)).headers.etag);
            return { etag, status: (await list(base, etag)).status };
          },
          (seen) => seen.status === 304,
          10_000,
        )
      ).etag;
    // Both instances keep versions (each has said its LISTEN is up) and agree on the ETag.
    await waitUntil(async () => upLines(), (n) => n >= 1, 10_000);
    const etag = await settledEtag(one);
    for (let i = 0; i < 3; i++) expect((await list(two, etag)).status).toBe(304);

    // A write through the first instance: the second's next answers change within the notification's delivery.
    expect((await create('Notified Wedding')).status).toBe(201);
    const written = performance.now();
    const changed = await waitUntil(async () => list(two, etag), (answer) => answer.status !== 304, 1_000);
    expect(changed.status).toBe(200);
    expect(changed.json.data[0].name).toBe('Notified Wedding');
    const lagMs = performance.now() - written;
    expect(lagMs).toBeLessThan(1_000);

    // Every LISTEN connection of the database cut: once the second instance knows, it keeps nothing, so a
    // write it is never told about still shows at once.
    const ups = upLines();
    const fresh = await settledEtag(two);
    const { Client } = (await import('pg')).default;
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'LISTEN piksend_account_changes'`);
    await waitUntil(async () => second.output(), (text) => text.includes('account change notifications (LISTEN) lost'), 5_000);
    await admin.query(`update galleries set name = 'Unnotified Wedding' where name = 'Notified Wedding'`);
    const unnotified = await list(two, fresh);
    expect(unnotified.status).toBe(200);
    expect(unnotified.json.data[0].name).toBe('Unnotified Wedding');
    await admin.end();
    // And it listens again by itself.
    await waitUntil(async () => upLines(), (n) => n > ups, 10_000);
    const again = await settledEtag(two);
    expect((await list(two, again)).status).toBe(304);
  }, 60_000);

  it('a forged X-Forwarded-For buys no password guesses, no refused keys and no share requests, and spends nobody else\'s budget', async () => {
    const gallery = (await call('POST', '/galleries', { body: { name: 'Guarded', password: 'correct horse' } })).json.data;
    const token: string = gallery.share_url.split('/').pop();
    const guesses: number[] = [];
    for (let i = 0; i < 5; i++) {
      guesses.push((await call('POST', `/share/${token}/access`, { key: null, body: { password: `guess ${i}` }, headers: { 'X-Forwarded-For': `203.0.113.${i}` } })).status);
    }
    expect(guesses).toEqual([401, 401, 401, 429, 429]);
    // Another client (127.0.0.2), even naming the first one in its header, still has all its attempts.
    const other = await call('POST', `/share/${token}/access`, { key: null, body: { password: 'correct horse' }, headers: { 'X-Forwarded-For': '127.0.0.4' }, localAddress: '127.0.0.2' });
    expect(other.status).toBe(201);

    const refusedKeys: number[] = [];
    for (let i = 0; i < 7; i++) refusedKeys.push((await call('GET', '/me', { key: `pk_live_${'A'.repeat(38)}`, headers: { 'X-Forwarded-For': `198.51.100.${i}` }, localAddress: '127.0.0.3' })).status);
    expect(refusedKeys.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(refusedKeys.slice(5)).toEqual([429, 429]);
    // The throttled address is 127.0.0.3, not whoever it named: the account's own client is unaffected.
    expect((await call('GET', '/me', { headers: { 'X-Forwarded-For': '127.0.0.3' } })).status).toBe(200);

    const open = (gallery2: string, i: number, localAddress = '127.0.0.4') =>
      call('GET', `/share/${gallery2}/photos`, { key: null, headers: { 'X-Forwarded-For': `192.0.2.${i % 250}` }, localAddress });
    const shared = (await call('POST', '/galleries', { body: { name: 'Busy' } })).json.data.share_url.split('/').pop();
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await open(shared, i)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    expect((await open(shared, 0, '127.0.0.2')).status).toBe(200);
  }, 60_000);

  it('a crowd trickling from one address does not starve another client', async () => {
    // 120 connections from 127.0.0.3 that send half a request line and stop.
    const crowd: Socket[] = [];
    for (let i = 0; i < 120; i++) {
      const socket = connect({ host: '127.0.0.1', port: Number(new URL(api).port), localAddress: '127.0.0.3' });
      socket.on('error', () => undefined);
      socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n');
      crowd.push(socket);
    }
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const answered: number[] = [];
      for (let i = 0; i < 100; i++) answered.push((await call('GET', '/health', { key: null, localAddress: '127.0.0.2' })).status);
      expect(answered.filter((s) => s === 200).length).toBeGreaterThanOrEqual(99);
      // Past its 50 connections, the balancer refused the crowd's connections outright.
      const closed = crowd.filter((s) => s.destroyed || s.readyState === 'closed').length;
      expect(closed).toBeGreaterThanOrEqual(60);
    } finally {
      for (const socket of crowd) socket.destroy();
    }
  }, 60_000);
});
