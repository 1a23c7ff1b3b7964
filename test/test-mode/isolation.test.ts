// A test key and a live key of one account see disjoint data through every
// operation. The operations come from the operation table (generated from
// openapi.yaml), so a new API-key operation that names an object is covered
// by itself: called with the other mode's ids it must answer 404, exactly as
// for another account's, and called with its own mode's ids (the GETs) it
// answers what carries its own mode.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operations, type OperationDefinition } from '../../generated/operations.js';
import { displayApiKey, generateApiKey, hashApiKey } from '../../src/accounts/api-key-format.js';
import { form, jpeg } from '../support/images.js';
import { ROOT } from '../support/paths.js';
import { describeOnEachDatabase, type TestServer } from '../support/server.js';

type Mode = 'live' | 'test';
interface Fixtures {
  key: string;
  gallery: string;
  photo: string;
  webhook: string;
  delivery: string;
  event: string;
}

const spec = parse(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8'));
const apiKeyOperations = (operations as readonly OperationDefinition[]).filter((op) => op.security === 'ApiKey');
const naming = apiKeyOperations.filter((op) => op.routerPath.includes(':'));

/** The operation's path with `ids` in its parameters (`:id` is the gallery, webhook or event its path starts with). */
function pathFor(op: OperationDefinition, ids: Fixtures): string {
  const root = op.routerPath.split('/')[1];
  const idOf = { galleries: ids.gallery, webhooks: ids.webhook, events: ids.event }[root as 'galleries' | 'webhooks' | 'events'];
  return op.routerPath
    .replace(':photo_id', ids.photo)
    .replace(':delivery_id', ids.delivery)
    .replace(':id', idOf);
}

/** A valid request body for the operation: its documented example (JSON) or a photo (multipart). */
async function bodyFor(op: OperationDefinition) {
  if (!op.requestBody) return {};
  if (op.requestBody.contentTypes.includes('multipart/form-data')) return { form: form([{ name: 'x.jpg', bytes: await jpeg() }]) };
  const example = spec.paths[op.path][op.method.toLowerCase()].requestBody.content['application/json'].example;
  return { body: example ?? {} };
}

/** Every `livemode` anywhere in an answer. */
function modesIn(value: unknown, found: boolean[] = []): boolean[] {
  if (Array.isArray(value)) value.forEach((v) => modesIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) k === 'livemode' ? found.push(v as boolean) : modesIn(v, found);
  }
  return found;
}

async function fixturesOf(server: TestServer, key: string): Promise<Fixtures> {
  const call = async (method: string, path: string, options: object = {}) => {
    const res = await server.request(method, path, { key, ...options });
    expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(300);
    return res.body.data;
  };
  const gallery = await call('POST', '/galleries', { body: { name: 'Mode fixture', selection: { enabled: true, min: 0, max: 5 } } });
  const [photo] = await call('POST', `/galleries/${gallery.id}/photos`, { form: form([{ name: 'a.jpg', bytes: await jpeg() }]) });
  const webhook = await call('POST', '/webhooks', { body: { url: 'https://example.com/hooks', events: ['gallery.created'] } });
  const delivery = await call('POST', `/webhooks/${webhook.id}/test`);
  const [event] = await call('GET', '/events');
  return { key, gallery: gallery.id, photo: photo.id, webhook: webhook.id, delivery: delivery.id, event: event.id };
}

describeOnEachDatabase('test mode and live mode of one account', (server) => {
  const modes = {} as Record<Mode, Fixtures>;
  beforeAll(async () => {
    const { account, key } = await server().newAccount();
    modes.live = await fixturesOf(server(), key);
    modes.test = await fixturesOf(server(), (await server().testModeKey(account)).key);
  });

  it('the operation table names the operations checked below', () => {
    expect(naming.map((op) => op.operationId)).toEqual(expect.arrayContaining(['getGallery', 'deletePhoto', 'getWebhookDelivery', 'getEvent']));
  });

  for (const [mode, other] of [['test', 'live'], ['live', 'test']] as const) {
    for (const op of naming) {
      it(`${op.operationId} with a ${mode} key and the ${other} mode's ids answers 404 not_found`, async () => {
        const res = await server().request(op.method, pathFor(op, modes[other]), { key: modes[mode].key, ...(await bodyFor(op)) });
        expect(res.status, res.text).toBe(404);
        expect(res.body.error.code).toBe('not_found');
      });
    }
    for (const op of apiKeyOperations.filter((o) => o.method === 'GET')) {
      it(`${op.operationId} with a ${mode} key and its own ids answers its own mode only`, async () => {
        const res = await server().request('GET', pathFor(op, modes[mode]), { key: modes[mode].key });
        expect(res.status, res.text).toBe(200);
        const found = modesIn(res.body);
        if (res.headers.get('content-type') === 'application/json' && op.operationId !== 'listGalleryActivity') expect(found.length).toBeGreaterThan(0);
        expect(new Set(found)).toEqual(new Set(found.length ? [mode === 'live'] : []));
        // Nothing of the other mode's shows through, not even an id.
        for (const id of Object.values(modes[other]).filter((v) => v !== modes[other].key)) expect(res.text).not.toContain(id);
      });
    }
  }

  it('GET /me is the same account in both modes, and says which mode the key is in', async () => {
    const live = (await server().request('GET', '/me', { key: modes.live.key })).body.data;
    const test = (await server().request('GET', '/me', { key: modes.test.key })).body.data;
    expect(live.livemode).toBe(true);
    expect(test).toEqual({ ...live, livemode: false });
  });

  it('GET /events says the mode even when empty, and each mode has its own sequence', async () => {
    const { account } = await server().newAccount();
    const { key } = await server().testModeKey(account);
    expect((await server().request('GET', '/events', { key })).body).toMatchObject({ data: [], livemode: false });
    await server().request('POST', '/galleries', { key, body: { name: 'First test gallery' } });
    const [event] = (await server().request('GET', '/events', { key })).body.data;
    expect(event).toMatchObject({ type: 'gallery.created', livemode: false, sequence: 1 });
  });

  it('rate limits count per mode: a test key spending its budget leaves the live budget whole', async () => {
    const { account, key: liveKey } = await server().newAccount();
    const { key: testKey } = await server().testModeKey(account);
    const remaining = async (key: string) => Number((await server().request('GET', '/galleries', { key })).headers.get('x-ratelimit-remaining'));
    const liveBefore = await remaining(liveKey);
    for (let i = 0; i < 5; i++) await remaining(testKey);
    expect(await remaining(liveKey)).toBe(liveBefore - 1);
    expect(await remaining(testKey)).toBeLessThan(liveBefore - 4);
  });

  it('an Idempotency-Key belongs to its mode: the same key with a test and a live key makes two galleries', async () => {
    const { account, key: liveKey } = await server().newAccount();
    const { key: testKey } = await server().testModeKey(account);
    const headers = { 'Idempotency-Key': '6c1e2c1e-8d0b-4f0e-9f4e-0d5c6a3b2a10' };
    const live = await server().request('POST', '/galleries', { key: liveKey, headers, body: { name: 'Same key' } });
    const test = await server().request('POST', '/galleries', { key: testKey, headers, body: { name: 'Same key' } });
    expect([live.status, test.status]).toEqual([201, 201]);
    expect(test.headers.get('idempotent-replayed')).toBeNull();
    expect([live.body.data.livemode, test.body.data.livemode]).toEqual([true, false]);
  });
});

describeOnEachDatabase('a key is in the mode its prefix says', (server) => {
  it('a pk_test_ key stored under a live account, or a pk_live_ key under a test scope, is refused (401)', async () => {
    const { account } = await server().newAccount();
    const { scope } = await server().testModeKey(account);
    const ctx = { db: server().database.db, clock: server().clock };
    // Made by hand (createApiKey derives the prefix from the scope, so it cannot make these).
    const mismatched = [
      { key: generateApiKey(false), scopeId: account.id },
      { key: generateApiKey(true), scopeId: scope.id },
    ];
    for (const { key, scopeId } of mismatched) {
      await ctx.db
        .insertInto('api_keys')
        .values({ id: randomUUID(), account_id: scopeId, name: null, display: displayApiKey(key), hash: hashApiKey(key), created_at: ctx.clock.now().toISOString(), last_used_at: null, revoked_at: null, expires_at: null })
        .execute();
      expect((await server().request('GET', '/me', { key })).status).toBe(401);
    }
  });
});
