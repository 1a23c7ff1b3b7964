// The shared rate-limit store going away must cost a request a few
// milliseconds at most: limits fall back to this instance's memory, the outage
// is logged once, /health says so, and it all comes back when Redis does.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { RedisRateLimitStore } from '../../src/rate-limit/redis-store.js';
import { REDIS_URL, redisIsAvailable } from '../support/redis.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Writable } from 'node:stream';

function captureLogger() {
  let text = '';
  const logger = createLogger('warn', new Writable({ write: (c, _e, done) => ((text += c.toString()), done()) }));
  return { logger, text: () => text };
}

async function timed(server: TestServer, key: string, count: number) {
  const statuses: number[] = [];
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    statuses.push((await server.request('GET', '/me', { key })).status);
    durations.push(performance.now() - started);
  }
  return { statuses, slowest: Math.max(...durations) };
}

describe('rate-limit store outage', () => {
  it('with nothing listening: no stall, limits counted in memory, logged once, /health degraded', async () => {
    const log = captureLogger();
    const store = new RedisRateLimitStore('redis://127.0.0.1:1', log.logger);
    expect(await store.ready(200)).toBe(false);
    const server = await startTestServer('sqlite', { rateLimitStore: store, env: { RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      const { key } = await server.newAccount();
      const { statuses, slowest } = await timed(server, key, 7);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(slowest).toBeLessThan(200);
      const health = await server.request('GET', '/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'degraded', database: { status: 'up' }, rate_limiter: { store: 'redis', status: 'degraded' } });
      expect(log.text().match(/Redis does not answer/g)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

/** A TCP proxy to Redis that can freeze, like a Redis that hangs (SIGSTOP): nothing passes until it thaws, then all of it. */
async function hangingProxy(target: URL): Promise<{ url: string; freeze(): void; thaw(): void; close(): Promise<void> }> {
  let frozen = false;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const pass = (to: Socket) => (data: Buffer) => (frozen ? held.push(() => to.write(data)) : to.write(data));
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.add(client).add(upstream);
    client.on('data', pass(upstream));
    upstream.on('data', pass(client));
    const end = () => (client.destroy(), upstream.destroy());
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${port}`,
    freeze: () => (frozen = true),
    thaw: () => {
      frozen = false;
      for (const send of held.splice(0)) send();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!redisIsAvailable)('a Redis that stops answering mid-run', () => {
  it('costs no request more than a fraction of a second, and sharing resumes when it answers again', async () => {
    const proxy = await hangingProxy(new URL(REDIS_URL));
    const log = captureLogger();
    const store = new RedisRateLimitStore(proxy.url, log.logger, { prefix: `piksend-test:${randomBytes(6).toString('hex')}:` });
    expect(await store.ready()).toBe(true);
    const server = await startTestServer('sqlite', { rateLimitStore: store, env: { RATE_LIMIT_PER_MINUTE: '1000' } });
    try {
      const { key } = await server.newAccount();
      expect((await timed(server, key, 3)).statuses).toEqual([200, 200, 200]);
      expect((await server.request('GET', '/health')).body.rate_limiter).toEqual({ store: 'redis', status: 'up' });

      proxy.freeze();
      const during = await timed(server, key, 20);
      expect(during.statuses.every((s) => s === 200)).toBe(true);
      // The first request waits out one command timeout (100 ms); the rest skip Redis altogether.
      expect(during.slowest).toBeLessThan(500);
      expect((await server.request('GET', '/health')).body).toMatchObject({ status: 'degraded', rate_limiter: { status: 'degraded' } });

      proxy.thaw();
      const deadline = Date.now() + 5_000;
      while ((await server.request('GET', '/health')).body.rate_limiter.status !== 'up' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await server.request('GET', '/health')).body).toMatchObject({ status: 'ok', rate_limiter: { status: 'up' } });
      expect(log.text().match(/Redis does not answer/g)).toHaveLength(1);
      expect(log.text().match(/Redis answers again/g)).toHaveLength(1);
    } finally {
      await server.close();
      await proxy.close();
    }
  }, 20_000);
});
