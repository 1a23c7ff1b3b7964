// Several API instances behind a load balancer share one rate limit through Redis.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { createApiKey } from '../../src/accounts/api-keys.js';
import { createSecretBox } from '../../src/webhooks/secret-box.js';
import { createStorage } from '../../src/storage/storage.js';
import { TEST_WEBHOOK_SECRET_KEY } from '../support/server.js';
import { loadConfig } from '../../src/config/index.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { createLogger } from '../../src/logging/logger.js';
import { RedisRateLimitStore } from '../../src/rate-limit/redis-store.js';
import { createApp } from '../../src/server/app.js';
import { testClock } from '../support/clock.js';
import { createTestDatabase } from '../support/databases.js';
import { closeServer, listenOnLoopback } from '../support/http.js';
import { REDIS_URL, redisIsAvailable } from '../support/redis.js';

const available = redisIsAvailable;

describe.skipIf(!available)('rate limit shared through Redis by two instances', () => {
  let database: Database;
  let drop: () => Promise<void>;
  const servers: Server[] = [];
  const stores: RedisRateLimitStore[] = [];
  const urls: string[] = [];
  let key = '';
  let pollingKey = '';

  beforeAll(async () => {
    const created = await createTestDatabase('sqlite');
    drop = created.drop;
    database = openDatabase(created.url);
    await database.migrate();
    const config = loadConfig({ DATABASE_URL: created.url, RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_REDIS_URL: REDIS_URL });
    const clock = testClock(new Date('2026-11-25T12:00:01Z'));
    const account = await createAccount({ db: database.db, clock }, { email: 'shared@example.com', plan: 'pro' });
    key = (await createApiKey({ db: database.db, clock }, account)).key;
    const polling = await createAccount({ db: database.db, clock }, { email: 'polling@example.com', plan: 'pro' });
    pollingKey = (await createApiKey({ db: database.db, clock }, polling)).key;
    // A prefix of its own keeps this run's counters apart from any other.
    const prefix = `piksend-test:${randomBytes(6).toString('hex')}:`;
    for (let i = 0; i < 2; i++) {
      const store = new RedisRateLimitStore(REDIS_URL, undefined, { prefix });
      expect(await store.ready()).toBe(true);
      stores.push(store);
      const { server, baseUrl } = await listenOnLoopback(createApp({ config, database, clock, logger: createLogger('silent'), rateLimitStore: store, secretBox: createSecretBox(TEST_WEBHOOK_SECRET_KEY), storage: createStorage(config.photos.storage) }));
      servers.push(server);
      urls.push(`${baseUrl}/api/v1`);
    }
  });

  afterAll(async () => {
    for (const server of servers) await closeServer(server);
    for (const store of stores) await store.close();
    await database?.close();
    await drop?.();
  });

  it('counts requests to either instance against one budget', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${urls[i % 2]}/me`, { headers: { Authorization: `Bearer ${key}` } });
      expect(response.status).toBe(200);
      remaining.push(response.headers.get('x-ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    for (const url of urls) {
      const refused = await fetch(`${url}/me`, { headers: { Authorization: `Bearer ${key}` } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('59');
    }
  });

  it('a 304 through either instance shows the shared budget without spending it', async () => {
    const auth = { Authorization: `Bearer ${pollingKey}` };
    const first = await fetch(`${urls[0]}/galleries`, { headers: auth });
    await first.arrayBuffer();
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4');
    for (let i = 0; i < 6; i++) {
      const polled = await fetch(`${urls[i % 2]}/galleries`, { headers: { ...auth, 'If-None-Match': first.headers.get('etag')! } });
      expect(polled.status).toBe(304);
      expect(polled.headers.get('x-ratelimit-remaining')).toBe('4');
    }
    const counted = await fetch(`${urls[1]}/me`, { headers: auth });
    expect(counted.headers.get('x-ratelimit-remaining')).toBe('3');
  });
});
