// Two API instances on one PostgreSQL database, the same POST with the same
// Idempotency-Key sent to both at once: the key's primary key resolves the
// race to one execution — one gallery, one event; every other answer is the
// first one replayed or a 409 while it still ran.
import { expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { createApiKey } from '../../src/accounts/api-keys.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { startServer } from '../../src/server/server.js';
import { createTestDatabase } from '../support/databases.js';
import { postgresAvailable } from '../support/dialects.js';

it.skipIf(!postgresAvailable)('resolves a race on one key between two instances to one execution', async () => {
  const database = await createTestDatabase('postgres');
  const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'silent', DELIVERY_WORKER: 'off', EXPIRY_SCHEDULER: 'off', WEBHOOK_SECRET_KEY: Buffer.alloc(32, 3).toString('base64') });
  const instances = [await startServer(config, { logger: createLogger('silent') }), await startServer(config, { logger: createLogger('silent') })];
  try {
    const ctx = { db: instances[0]!.database.db, clock: systemClock };
    const account = await createAccount(ctx, { email: 'race@example.com', plan: 'pro' });
    const { key } = await createApiKey(ctx, account);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        fetch(`${instances[i % 2]!.url}/api/v1/galleries`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'one-race' },
          body: JSON.stringify({ name: 'Raced' }),
        }).then(async (r) => ({ status: r.status, replayed: r.headers.get('idempotent-replayed') === 'true', text: await r.text() })),
      ),
    );
    const ran = answers.filter((a) => a.status === 201 && !a.replayed);
    expect(ran).toHaveLength(1);
    for (const a of answers) {
      expect([201, 409]).toContain(a.status);
      if (a.status === 201) expect(a.text).toBe(ran[0]!.text);
    }
    const galleries = await ctx.db.selectFrom('galleries').select('id').where('account_id', '=', account.id).execute();
    const events = await ctx.db.selectFrom('events').select('id').where('account_id', '=', account.id).execute();
    expect(galleries).toHaveLength(1);
    expect(events).toHaveLength(1);
  } finally {
    for (const instance of instances) await instance.close();
    await database.drop();
  }
}, 30_000);
