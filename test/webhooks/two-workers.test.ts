// Two delivery workers on one PostgreSQL database share the work and never
// send the same attempt twice (row locks with SKIP LOCKED, and a worker only
// records attempts on deliveries it still holds).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { openDatabase } from '../../src/db/connect.js';
import { insertEvent, pendingDelivery } from '../../src/events/outbox.js';
import { createLogger } from '../../src/logging/logger.js';
import { createDeliveryWorker } from '../../src/webhooks/delivery-worker.js';
import { createSecretBox } from '../../src/webhooks/secret-box.js';
import { generateWebhookSecret } from '../../src/webhooks/signing.js';
import { createTestDatabase } from '../support/databases.js';
import { dialectAvailable } from '../support/dialects.js';
import { startReceiver } from '../support/receiver.js';
import { waitUntil } from '../support/wait.js';

const DELIVERIES = 400;

describe.skipIf(!dialectAvailable('postgres'))('two delivery workers on one PostgreSQL database', () => {
  it(`send each of ${DELIVERIES} deliveries exactly once between them`, async () => {
    const { url, drop } = await createTestDatabase('postgres');
    const receiver = await startReceiver();
    receiver.respond((_r, _n, res) => setTimeout(() => res.end('ok'), 2));
    const key = randomBytes(32).toString('base64');
    const box = createSecretBox(key);
    const config = loadConfig({ DATABASE_URL: url, WEBHOOK_SECRET_KEY: key, WEBHOOK_POLL_MS: '20', WEBHOOK_CONCURRENCY: '20', WEBHOOK_ENDPOINT_CONCURRENCY: '20' });
    const setup = openDatabase(url);
    await setup.migrate();
    const account = await createAccount({ db: setup.db, clock: systemClock }, { email: 'workers@example.com', plan: 'pro' });
    const now = new Date().toISOString();
    const webhooks = ['a', 'b', 'c', 'd'].map((name) => ({
      id: crypto.randomUUID(),
      account_id: account.id,
      url: `${receiver.url}/${name}`,
      events: JSON.stringify(['gallery.created']),
      description: null,
      enabled: 1 as const,
      disabled_reason: null,
      secret_encrypted: box.seal(generateWebhookSecret()),
      previous_secret_encrypted: null,
      previous_secret_expires_at: null,
      created_at: now,
      updated_at: now,
    }));
    await setup.db.insertInto('webhooks').values(webhooks).execute();
    for (let i = 0; i < DELIVERIES / webhooks.length; i++) {
      const event = await insertEvent(setup.db, { accountId: account.id, livemode: true, type: 'webhook.test', galleryId: null, sequence: i + 1, data: { webhook_id: webhooks[0]!.id, message: 'delivery load' }, now });
      await setup.db.insertInto('webhook_deliveries').values(webhooks.map((w) => pendingDelivery(w.id, event.id, 'webhook.test', now))).execute();
    }

    const handles = [openDatabase(url, { poolSize: 5 }), openDatabase(url, { poolSize: 5 })];
    const workers = handles.map((database) =>
      createDeliveryWorker({ database, clock: systemClock, logger: createLogger('silent'), config: config.webhooks, secretBox: box, listenUrl: url }),
    );
    try {
      await Promise.all(workers.map((w) => w.start()));
      await receiver.waitFor((r) => r.length >= DELIVERIES, 60_000);
      // Every delivery recorded as succeeded: no worker holds one any more, so a duplicate would have been sent already.
      await waitUntil(() => setup.db.selectFrom('webhook_deliveries').select('id').where('status', '!=', 'succeeded').execute(), (left) => left.length === 0, 30_000);
      const ids = receiver.received.map((r) => String(r.headers['x-piksend-delivery']));
      expect(ids).toHaveLength(DELIVERIES);
      expect(new Set(ids).size).toBe(DELIVERIES);
      const attempts = await setup.db.selectFrom('delivery_attempts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(attempts.n)).toBe(DELIVERIES);
      const pending = await setup.db.selectFrom('webhook_deliveries').select('id').where('status', '!=', 'succeeded').execute();
      expect(pending).toHaveLength(0);
    } finally {
      await Promise.all(workers.map((w) => w.stop(1_000)));
      await Promise.all(handles.map((h) => h.close()));
      await setup.close();
      await receiver.close();
      await drop();
    }
  }, 90_000);
});
