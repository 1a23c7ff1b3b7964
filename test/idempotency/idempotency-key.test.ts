// Idempotency-Key on POSTs, over HTTP on both databases: a retry gets the first
// answer and runs nothing (one gallery, one event, one delivery); the same key
// for another request is a 422; a duplicate while the first still runs is a
// 409; keys are per account; errors are not kept; keys expire.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { form, jpeg } from '../support/images.js';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase('Idempotency-Key', (server) => {
  const countRows = async (table: 'galleries' | 'events' | 'webhook_deliveries', accountId?: string) => {
    let query = server().database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (accountId && table !== 'webhook_deliveries') query = query.where('account_id', '=', accountId);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  it('a retried create gets the first answer, and there is one gallery, one event and one delivery', async () => {
    const { key, account } = await server().newAccount();
    await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/hooks', events: ['gallery.created'] } });
    const deliveriesBefore = await countRows('webhook_deliveries');
    const idem = { 'Idempotency-Key': randomUUID() };
    const body = { name: 'Smith Wedding', client: { name: 'Jane Smith', email: 'jane@example.com' } };
    const first = await server().request('POST', '/galleries', { key, body, headers: idem });
    const retry = await server().request('POST', '/galleries', { key, body, headers: idem });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await countRows('galleries', account.id)).toBe(1);
    expect(await countRows('events', account.id)).toBe(1);
    expect((await countRows('webhook_deliveries')) - deliveriesBefore).toBe(1);
  });

  it('the same key with a different request is a 422; with another account it is another key', async () => {
    const { key } = await server().newAccount();
    const idem = { 'Idempotency-Key': `order-${randomUUID()}` };
    expect((await server().request('POST', '/galleries', { key, body: { name: 'A' }, headers: idem })).status).toBe(201);
    const other = await server().request('POST', '/galleries', { key, body: { name: 'B' }, headers: idem });
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'idempotency_key_reused', details: { idempotency_key: idem['Idempotency-Key'] } });
    const elsewhere = await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/x', events: ['gallery.created'] }, headers: idem });
    expect(elsewhere.status).toBe(422);
    const second = await server().newAccount();
    expect((await server().request('POST', '/galleries', { key: second.key, body: { name: 'B' }, headers: idem })).status).toBe(201);
  });

  it('an error is not kept: the retry runs again', async () => {
    const { key, account } = await server().newAccount();
    const idem = { 'Idempotency-Key': randomUUID() };
    const refused = await server().request('POST', '/galleries', { key, body: { name: 'Bounds', selection: { enabled: true, min: 5, max: 2 } }, headers: idem });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('selection_invalid');
    const fixed = await server().request('POST', '/galleries', { key, body: { name: 'Bounds', selection: { enabled: true, min: 1, max: 2 } }, headers: idem });
    expect(fixed.status).toBe(201);
    expect(await countRows('galleries', account.id)).toBe(1);
  });

  it('an upload retried with the same files (another multipart boundary) is answered without storing them again', async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Upload' } })).body.data;
    const bytes = await jpeg();
    const send = (files: { name: string; bytes: Buffer }[]) =>
      fetch(`${server().apiUrl}/galleries/${gallery.id}/photos`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Idempotency-Key': 'upload-1' }, body: form(files) });
    const first = await send([{ name: 'a.jpg', bytes }]);
    const retry = await send([{ name: 'a.jpg', bytes }]);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.text()).toBe(await first.text());
    expect((await server().request('GET', `/galleries/${gallery.id}/photos`, { key })).body.data).toHaveLength(1);
    expect((await send([{ name: 'b.jpg', bytes }])).status).toBe(422);
  });

  it('a duplicate while the first request is still running is a 409, and the first still completes once', async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Slow upload' } })).body.data;
    const bytes = await jpeg();
    const boundary = 'slow-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    // The first request's body arrives slowly: it is still running when the duplicate comes.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowBody = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(head);
        await held;
        controller.enqueue(bytes);
        controller.enqueue(tail);
        controller.close();
      },
    });
    const headers = { Authorization: `Bearer ${key}`, 'Idempotency-Key': 'slow-1', 'Content-Type': `multipart/form-data; boundary=${boundary}` };
    const first = fetch(`${server().apiUrl}/galleries/${gallery.id}/photos`, { method: 'POST', headers, body: slowBody, duplex: 'half' } as RequestInit);
    // Wait until the first has claimed its key.
    for (let i = 0; i < 200; i++) {
      const claimed = await server().database.db.selectFrom('idempotency_keys').select('state').where('key', '=', 'slow-1').executeTakeFirst();
      if (claimed) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const duplicate = await fetch(`${server().apiUrl}/galleries/${gallery.id}/photos`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Idempotency-Key': 'slow-1' },
      body: form([{ name: 'a.jpg', bytes }]),
    });
    expect(duplicate.status).toBe(409);
    expect(((await duplicate.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_in_use');
    release();
    expect((await first).status).toBe(201);
    expect((await server().request('GET', `/galleries/${gallery.id}/photos`, { key })).body.data).toHaveLength(1);
  });

  it('a process that died after the work committed leaves the key done-but-unanswered: a retry does not run it again', async () => {
    const { key, account } = await server().newAccount();
    const idem = { 'Idempotency-Key': 'crash-after-commit' };
    expect((await server().request('POST', '/galleries', { key, body: { name: 'Once' }, headers: idem })).status).toBe(201);
    // What a crash between the work's commit and keeping its answer leaves behind.
    await server().database.db.updateTable('idempotency_keys').set({ state: 'committed', response_status: null, response_body: null }).where('key', '=', 'crash-after-commit').execute();
    const retry = await server().request('POST', '/galleries', { key, body: { name: 'Once' }, headers: idem });
    expect(retry.status).toBe(409);
    expect(await countRows('galleries', account.id)).toBe(1);
  });

  it('a process that died before its work committed leaves a claim that frees itself: the retry runs the work, once', async () => {
    const { key, account } = await server().newAccount();
    const now = server().clock.now();
    await server().database.db
      .insertInto('idempotency_keys')
      .values({
        scope: `account:${account.id}`,
        key: 'crash-before-commit',
        state: 'running',
        fingerprint: null,
        locked_until: new Date(now.getTime() + 1_000).toISOString(),
        response_status: null,
        response_headers: null,
        response_body: null,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
      })
      .execute();
    const idem = { 'Idempotency-Key': 'crash-before-commit' };
    expect((await server().request('POST', '/galleries', { key, body: { name: 'Retried' }, headers: idem })).status).toBe(409);
    server().clock.advance(1_001);
    expect((await server().request('POST', '/galleries', { key, body: { name: 'Retried' }, headers: idem })).status).toBe(201);
    expect((await server().request('POST', '/galleries', { key, body: { name: 'Retried' }, headers: idem })).headers.get('idempotent-replayed')).toBe('true');
    expect(await countRows('galleries', account.id)).toBe(1);
  });

  it('keys are kept 24 hours, then forgotten', async () => {
    const { key, account } = await server().newAccount();
    const idem = { 'Idempotency-Key': 'daily-sync' };
    await server().request('POST', '/galleries', { key, body: { name: 'Day one' }, headers: idem });
    server().clock.advance(23 * 3_600_000);
    expect((await server().request('POST', '/galleries', { key, body: { name: 'Day one' }, headers: idem })).headers.get('idempotent-replayed')).toBe('true');
    server().clock.advance(2 * 3_600_000);
    const later = await server().request('POST', '/galleries', { key, body: { name: 'Day two' }, headers: idem });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await countRows('galleries', account.id)).toBe(2);
  });

  it('refuses keys the spec does not allow (empty is no key; over 255 or control characters are a 400)', async () => {
    const { key } = await server().newAccount();
    expect((await server().request('POST', '/galleries', { key, body: { name: 'x' }, headers: { 'Idempotency-Key': 'k'.repeat(256) } })).status).toBe(400);
    expect((await server().request('POST', '/galleries', { key, body: { name: 'x' }, headers: { 'Idempotency-Key': 'k'.repeat(255) } })).status).toBe(201);
  });
});
