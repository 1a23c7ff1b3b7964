import { describe, expect, it } from 'vitest';
import { generateApiKey } from '../../src/accounts/api-key-format.js';
import { createApiKey, revokeApiKey, rollApiKey } from '../../src/accounts/api-keys.js';
import { describeOnEachDatabase, startTestServer } from '../support/server.js';
import { DIALECTS, dialectAvailable } from '../support/dialects.js';

describeOnEachDatabase('authentication', (server) => {
  const unauthorized = async (headers: Record<string, string>) => {
    const res = await server().request('GET', '/galleries', { headers });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    return res.body.error.message as string;
  };

  it('401 for a missing, malformed, mistyped, unknown or non-bearer key', async () => {
    const { key } = await server().newAccount();
    expect(await unauthorized({})).toMatch(/Missing API key/);
    expect(await unauthorized({ Authorization: 'Bearer' })).toMatch(/Invalid/);
    expect(await unauthorized({ Authorization: 'Bearer pk_live_short' })).toMatch(/Invalid/);
    expect(await unauthorized({ Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` })).toMatch(/Invalid/);
    // One character changed: the checksum no longer matches.
    const typo = key.slice(0, 12) + (key[12] === 'a' ? 'b' : 'a') + key.slice(13);
    expect(await unauthorized({ Authorization: `Bearer ${typo}` })).toMatch(/Invalid/);
    // Well-formed, checksum right, but never issued.
    expect(await unauthorized({ Authorization: `Bearer ${generateApiKey()}` })).toMatch(/Invalid/);
    expect((await server().request('GET', '/galleries', { headers: { Authorization: `bearer  ${key}` } })).status).toBe(200);
  });

  it('401 once a key is revoked; the account\'s other keys keep working', async () => {
    const { account, key } = await server().newAccount();

    const second = await createApiKey({ db: server().database.db, clock: server().clock }, account, 'second');
    expect((await server().request('GET', '/me', { key })).status).toBe(200);
    const keyId = (await server().database.db.selectFrom('api_keys').select('id').where('account_id', '=', account.id).where('name', '=', 'test').executeTakeFirstOrThrow()).id;
    expect(await revokeApiKey({ db: server().database.db, clock: server().clock }, keyId)).toBe(true);
    // A verified key is trusted for API_KEY_CACHE_SECONDS (10 s): revocation bites within that bound.
    expect((await server().request('GET', '/me', { key })).status).toBe(200);
    server().clock.advance(10_001);
    expect((await server().request('GET', '/me', { key })).status).toBe(401);
    expect((await server().request('GET', '/me', { key: second.key })).status).toBe(200);
  });

  it('403 plan_required for a key of a free account', async () => {
    const { key } = await server().newAccount('free');
    const res = await server().request('GET', '/galleries', { key });
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({ code: 'plan_required', message: 'API access requires the Pro plan', details: { plan: 'free' } });
    expect(res.headers.get('x-ratelimit-limit')).toBe('600');
  });

  it('GET /me returns the key\'s account with its rate limit', async () => {
    const { account, key } = await server().newAccount();
    const res = await server().request('GET', '/me', { key });
    expect(res.body.data).toEqual({
      id: account.id,
      livemode: true,
      email: account.email,
      plan: 'pro',
      rate_limit: { limit: 600, window_seconds: 60 },
      created_at: account.created_at,
    });
  });

  it('stores only a hash and a display prefix of each key', async () => {
    const { account, key } = await server().newAccount();
    const rows = await server().database.db.selectFrom('api_keys').selectAll().where('account_id', '=', account.id).execute();
    expect(JSON.stringify(rows)).not.toContain(key);
    expect(rows[0]!.display).toBe(`${key.slice(0, 12)}…${key.slice(-4)}`);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never writes a key to the logs', async () => {
    const { key } = await server().newAccount();
    await server().request('GET', '/galleries', { key });
    await server().request('GET', '/galleries/nope', { key });
    expect(server().logs()).toContain('"request_id"');
    expect(server().logs()).not.toContain(key);
  });
});

describeOnEachDatabase('rolling a key', (server) => {
  it('the old key keeps working until its grace period ends, then gets a 401 saying it expired', async () => {
    const { account } = await server().newAccount();
    const ctx = { db: server().database.db, clock: server().clock };
    const { summary } = await createApiKey(ctx, account, 'CRM sync');
    const first = await createApiKey(ctx, account, 'Zapier');
    const rolled = (await rollApiKey(ctx, first.summary.id, 3600))!;
    expect(rolled.summary.name).toBe('Zapier');
    expect(rolled.old.expires_at).toBe(new Date(server().clock.now().getTime() + 3_600_000).toISOString());
    // Both work during the switch-over.
    expect((await server().request('GET', '/me', { key: first.key })).status).toBe(200);
    expect((await server().request('GET', '/me', { key: rolled.key })).status).toBe(200);
    // Past the grace period (and the verified-key cache), the old one is refused with its own message.
    server().clock.advance(3_600_000 + 11_000);
    const expired = await server().request('GET', '/me', { key: first.key });
    expect(expired.status).toBe(401);
    expect(expired.body.error).toEqual({
      code: 'unauthorized',
      message: `This API key expired at ${rolled.old.expires_at} (it was rolled): use the key that replaced it`,
      details: { expired_at: rolled.old.expires_at },
    });
    const unknown = await server().request('GET', '/me', { key: generateApiKey() });
    expect(unknown.body.error.message).toBe('Invalid or revoked API key');
    expect((await server().request('GET', '/me', { key: rolled.key })).status).toBe(200);
    // Rolling again does not bring the expired key back, nor extend it; a revoked key cannot be rolled.
    expect(await rollApiKey(ctx, first.summary.id, 3600)).toBeNull();
    await revokeApiKey(ctx, summary.id);
    expect(await rollApiKey(ctx, summary.id, 60)).toBeNull();
  });
});

describeOnEachDatabase('health', (server) => {
  it('needs no key and reports the database as up', async () => {
    const res = await server().request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', version: '1.0.0', database: { status: 'up' } });
    expect(res.body.database.latency_ms).toBeGreaterThanOrEqual(0);
  });
});

describe('health with the database down', () => {
  for (const dialect of DIALECTS) {
    it.skipIf(!dialectAvailable(dialect))(`answers 503 degraded [${dialect}]`, async () => {
      const server = await startTestServer(dialect);
      try {
        await server.database.close();
        const res = await server.request('GET', '/health');
        expect(res.status).toBe(503);
        expect(res.body).toEqual({
          status: 'degraded',
          version: '1.0.0',
          database: { status: 'down', latency_ms: null },
          rate_limiter: { store: 'memory', status: 'up' },
          storage: { kind: 'local', status: 'up' },
        });
        // Anything needing the database is a 500 in the envelope, never a stack trace.
        const me = await server.request('GET', '/me', { key: generateApiKey() });
        expect(me.status).toBe(500);
        expect(me.body.error.code).toBe('internal_error');
      } finally {
        await server.close();
      }
    });
  }
});
