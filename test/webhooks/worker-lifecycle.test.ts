// The delivery worker's life: stopping lets attempts in flight finish (or
// releases them for later), another process's commit wakes it through
// PostgreSQL NOTIFY without waiting for a poll, and a disabled endpoint gets
// no retries.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { insertEvent, pendingDelivery } from '../../src/events/outbox.js';
import { createLogger } from '../../src/logging/logger.js';
import { wakeUpDeliveries } from '../../src/server/server.js';
import { createDeliveryWorker } from '../../src/webhooks/delivery-worker.js';
import { createSecretBox } from '../../src/webhooks/secret-box.js';
import { createWebhook } from '../../src/webhooks/webhooks.js';
import { createTestDatabase, type DialectName } from '../support/databases.js';
import { DIALECTS, dialectAvailable } from '../support/dialects.js';
import { startReceiver } from '../support/receiver.js';

const secretKey = randomBytes(32).toString('base64');
const box = createSecretBox(secretKey);
const silent = createLogger('silent');

async function setup(dialect: DialectName, env: Record<string, string> = {}) {
  const { url, drop } = await createTestDatabase(dialect);
  const database = openDatabase(url);
  await database.migrate();
  const config = loadConfig({ DATABASE_URL: url, WEBHOOK_SECRET_KEY: secretKey, ...env });
  const ctx = { db: database.db, clock: systemClock, config, deliveries: { wake: () => undefined }, secretBox: box };
  const account = await createAccount(ctx, { email: 'lifecycle@example.com', plan: 'pro' });
  return { url, drop, database, config, ctx, account };
}

async function queue(database: Database, accountId: string, webhookId: string, count: number) {
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const event = await insertEvent(database.db, { accountId, livemode: true, type: 'webhook.test', galleryId: null, sequence: i + 1, data: { webhook_id: webhookId, message: 'delivery load' }, now });
    const delivery = pendingDelivery(webhookId, event.id, 'webhook.test', now);
    await database.db.insertInto('webhook_deliveries').values(delivery).execute();
    ids.push(delivery.id);
  }
  return ids;
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialectAvailable(dialect))(`delivery worker lifecycle [${dialect}]`, () => {
    it('stop() lets an attempt in flight finish within the grace period and records it', async () => {
      const env = await setup(dialect, { WEBHOOK_POLL_MS: '20' });
      const receiver = await startReceiver();
      receiver.respond((_r, _n, res) => setTimeout(() => res.end('ok'), 300));
      try {
        const hook = await createWebhook(env.ctx, env.account, { url: receiver.url, events: ['gallery.created'] });
        const [deliveryId] = await queue(env.database, env.account.id, hook.id, 1);
        const worker = createDeliveryWorker({ database: env.database, clock: systemClock, logger: silent, config: env.config.webhooks, secretBox: box });
        await worker.start();
        await receiver.waitFor((r) => r.length === 1);
        await worker.stop(5_000);
        const row = await env.database.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId!).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ status: 'succeeded', attempt_count: 1, locked_by: null });
      } finally {
        await receiver.close();
        await env.database.close();
        await env.drop();
      }
    });

    it('stop() past the grace period aborts the attempt and releases its claim; the next worker sends it', async () => {
      const env = await setup(dialect, { WEBHOOK_POLL_MS: '20' });
      const receiver = await startReceiver();
      receiver.respond((_r, n, res) => (n === 1 ? setTimeout(() => res.end('late'), 3_000) : res.end('ok')));
      try {
        const hook = await createWebhook(env.ctx, env.account, { url: receiver.url, events: ['gallery.created'] });
        const [deliveryId] = await queue(env.database, env.account.id, hook.id, 1);
        const first = createDeliveryWorker({ database: env.database, clock: systemClock, logger: silent, config: env.config.webhooks, secretBox: box });
        await first.start();
        await receiver.waitFor((r) => r.length === 1);
        await first.stop(100);
        const released = await env.database.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId!).executeTakeFirstOrThrow();
        expect(released).toMatchObject({ status: 'pending', attempt_count: 0, locked_by: null, locked_until: null });

        const second = createDeliveryWorker({ database: env.database, clock: systemClock, logger: silent, config: env.config.webhooks, secretBox: box });
        await second.start();
        await receiver.waitFor((r) => r.length === 2);
        await second.stop(2_000);
        expect(receiver.received[1]!.headers['webhook-id']).toBe(receiver.received[0]!.headers['webhook-id']);
      } finally {
        await receiver.close();
        await env.database.close();
        await env.drop();
      }
    });

    it('a disabled endpoint gets one try for a test event, and no retries', async () => {
      const env = await setup(dialect, { WEBHOOK_POLL_MS: '20', WEBHOOK_RETRY_SCHEDULE: '0,0.02,0.02' });
      const receiver = await startReceiver();
      receiver.respond((_r, _n, res) => {
        res.statusCode = 500;
        res.end();
      });
      try {
        const hook = await createWebhook(env.ctx, env.account, { url: receiver.url, events: ['gallery.created'] });
        await env.database.db.updateTable('webhooks').set({ enabled: 0 }).where('id', '=', hook.id).execute();
        const [deliveryId] = await queue(env.database, env.account.id, hook.id, 1);
        const worker = createDeliveryWorker({ database: env.database, clock: systemClock, logger: silent, config: env.config.webhooks, secretBox: box });
        await worker.start();
        await receiver.waitFor((r) => r.length === 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await worker.stop(1_000);
        expect(receiver.received).toHaveLength(1);
        const row = await env.database.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId!).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ status: 'failed', attempt_count: 1, next_attempt_at: null });
      } finally {
        await receiver.close();
        await env.database.close();
        await env.drop();
      }
    });
  });
}

describe.skipIf(!dialectAvailable('postgres'))('wake-ups across processes [postgres]', () => {
  it("a commit in another process (NOTIFY) wakes the worker long before its next poll", async () => {
    const env = await setup('postgres', { WEBHOOK_POLL_MS: '60000' });
    const receiver = await startReceiver();
    const apiSide = openDatabase(env.url);
    const worker = createDeliveryWorker({ database: env.database, clock: systemClock, logger: silent, config: env.config.webhooks, secretBox: box, listenUrl: env.url });
    try {
      const hook = await createWebhook(env.ctx, env.account, { url: receiver.url, events: ['gallery.created'] });
      await worker.start();
      await new Promise((resolve) => setTimeout(resolve, 200)); // its first cycle found nothing; the next poll is a minute away
      const committedAt = Date.now();
      await queue(apiSide, env.account.id, hook.id, 1);
      // What an API instance without a worker does after its commit: no worker here, only NOTIFY.
      wakeUpDeliveries(apiSide, null, silent).wake();
      await receiver.waitFor((r) => r.length === 1, 5_000);
      expect(receiver.received[0]!.at - committedAt).toBeLessThan(1_000);
    } finally {
      await worker.stop(1_000);
      await apiSide.close();
      await receiver.close();
      await env.database.close();
      await env.drop();
    }
  });
});
