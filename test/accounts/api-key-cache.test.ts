// The verified-key cache: how long a revoked key can keep working (the TTL),
// and that the cache stays bounded, over a real SQLite database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { createApiKeyVerifier } from '../../src/accounts/api-key-cache.js';
import { createApiKey, rollApiKey, revokeApiKey } from '../../src/accounts/api-keys.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { testClock } from '../support/clock.js';
import { createTestDatabase } from '../support/databases.js';

const clock = testClock();
let database: Database;
let drop: () => Promise<void>;
let ctx: { db: Database['db']; clock: typeof clock };
let accountId: string;

beforeAll(async () => {
  const created = await createTestDatabase('sqlite');
  drop = created.drop;
  database = openDatabase(created.url);
  await database.migrate();
  ctx = { db: database.db, clock };
  accountId = (await createAccount(ctx, { email: 'cache@example.com', plan: 'pro' })).id;
});
afterAll(async () => {
  await database.close();
  await drop();
});

const newKey = () => createApiKey(ctx, { id: accountId, livemode: true });

describe('verified-key cache', () => {
  it('keeps a revoked key working until the TTL runs out, then refuses it', async () => {
    const verify = createApiKeyVerifier(ctx, 10);
    const { key, summary } = await newKey();
    expect(await verify(key)).toMatchObject({ keyId: summary.id });
    await revokeApiKey(ctx, summary.id);
    clock.advance(9_999);
    expect(await verify(key)).toMatchObject({ keyId: summary.id });
    clock.advance(1);
    expect(await verify(key)).toBeNull();
  });

  it('trusts a rolled key from the cache no longer than it lives, then says it expired', async () => {
    const verify = createApiKeyVerifier(ctx, 10);
    const { key, summary } = await newKey();
    expect(await verify(key)).toMatchObject({ keyId: summary.id, expiresAt: null });
    const rolled = await rollApiKey(ctx, summary.id, 3);
    expect(rolled?.old.expires_at).toBe(new Date(clock.now().getTime() + 3_000).toISOString());
    // Cached a moment ago without an expiry: looked up again within the TTL it would still pass, so the roll is seen at the next lookup.
    clock.advance(10_000);
    expect(await verify(rolled!.key)).toMatchObject({ account: { id: accountId } });
    expect(await verify(key)).toEqual({ expired: true, expiresAt: rolled!.old.expires_at });
  });

  it('with a TTL of 0 a revocation bites on the next request', async () => {
    const verify = createApiKeyVerifier(ctx, 0);
    const { key, summary } = await newKey();
    expect(await verify(key)).not.toBeNull();
    await revokeApiKey(ctx, summary.id);
    expect(await verify(key)).toBeNull();
  });

  it('never caches an unknown key: it works as soon as it exists', async () => {
    const verify = createApiKeyVerifier(ctx, 60);
    expect(await verify('pk_live_not-a-real-key')).toBeNull();
    const { key } = await newKey();
    expect(await verify(key)).not.toBeNull();
  });

  it('is bounded: past maxEntries the oldest entry is evicted and looked up again', async () => {
    const verify = createApiKeyVerifier(ctx, 60, 2);
    const [first, second, third] = [await newKey(), await newKey(), await newKey()];
    for (const k of [first, second, third]) await verify(k.key);
    for (const k of [first, second, third]) await revokeApiKey(ctx, k.summary.id);
    // first was evicted when third came in: its revocation is seen at once; the others are still cached.
    expect(await verify(first.key)).toBeNull();
    expect(await verify(third.key)).not.toBeNull();
  });
});
