// The typed client retries safely: a proxy between it and the server drops
// the first answer after the server committed it; the program sees one
// success, the database holds one gallery, the receiver gets one
// gallery.created — the retry carried the same generated Idempotency-Key.
// Also: Retry-After is honoured, and maxRetries: 0 turns retries off.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPikSendClient } from '../../src/client/index.js';
import { retryAfterMs } from '../../src/client/retries.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { waitUntil } from '../support/wait.js';
import { describeOnEachDatabase } from '../support/server.js';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

/** An HTTP proxy to `target` that answers the first `drops` matching requests by hanging up after the server answered. */
async function startDroppingProxy(target: string, shouldDrop: (method: string, path: string) => 'drop' | 'busy' | null) {
  const seen: { method: string; path: string; idempotencyKey: string | undefined; outcome: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const verdict = shouldDrop(req.method!, req.url!);
      const entry = { method: req.method!, path: req.url!, idempotencyKey: req.headers['idempotency-key'] as string | undefined, outcome: verdict ?? 'passed' };
      seen.push(entry);
      if (verdict === 'busy') {
        res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'application/json' });
        res.end('{"error":{"code":"service_unavailable","message":"busy","details":null}}');
        return;
      }
      const upstream = request(new URL(req.url!, target), { method: req.method, headers: req.headers }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (c: Buffer) => body.push(c));
        answer.on('end', () => {
          // The server answered (and committed); the answer is lost on the way back.
          if (verdict === 'drop') return req.socket.destroy();
          res.writeHead(answer.statusCode!, answer.headers);
          res.end(Buffer.concat(body));
        });
      });
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describeOnEachDatabase(
  'the typed client retrying',
  (server) => {
    it('a lost answer to a POST: one success for the program, one gallery, one gallery.created', async () => {
      const { key, account } = await server().newAccount();
      const hook = (await server().request('POST', '/webhooks', { key, body: { url: `${receiver.url}/${account.id}`, events: ['gallery.created'] } })).body.data;
      let dropped = 0;
      const proxy = await startDroppingProxy(server().baseUrl, (method, path) => (method === 'POST' && path.endsWith('/galleries') && dropped++ === 0 ? 'drop' : null));
      try {
        const client = createPikSendClient({ baseUrl: `${proxy.url}/api/v1`, apiKey: key, retry: { initialDelayMs: 20 } });
        const created = await client.POST('/galleries', { body: { name: 'Smith Wedding' } });
        expect(created.response.status).toBe(201);
        expect(created.data?.data.name).toBe('Smith Wedding');
        const posts = proxy.seen.filter((s) => s.method === 'POST');
        expect(posts.map((s) => s.outcome)).toEqual(['drop', 'passed']);
        expect(posts[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
        expect(posts[1]!.idempotencyKey).toBe(posts[0]!.idempotencyKey);
        expect(created.response.headers.get('idempotent-replayed')).toBe('true');
        const galleries = await server().database.db.selectFrom('galleries').select('id').where('account_id', '=', account.id).execute();
        expect(galleries).toHaveLength(1);
        // Every delivery settled: one gallery.created reached the receiver.
        const mine = () => receiver.received.filter((r) => r.path === `/hooks/${account.id}`);
        await receiver.waitFor(() => mine().length >= 1, 10_000);
        // (The attempt is recorded once the receiver has answered: wait for the record, not for the request.)
        const unsettled = () => server().database.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', hook.id).where('status', '!=', 'succeeded').execute();
        expect(await waitUntil(unsettled, (rows) => rows.length === 0, 5_000)).toEqual([]);
        expect(mine()).toHaveLength(1);
      } finally {
        await proxy.close();
      }
    });

    it('honours Retry-After on 503, and maxRetries: 0 returns the first answer', async () => {
      const { key } = await server().newAccount();
      let busy = 0;
      const proxy = await startDroppingProxy(server().baseUrl, (method) => (method === 'GET' && busy++ === 0 ? 'busy' : null));
      try {
        const client = createPikSendClient({ baseUrl: `${proxy.url}/api/v1`, apiKey: key });
        const started = Date.now();
        const me = await client.GET('/me');
        expect(me.response.status).toBe(200);
        expect(Date.now() - started).toBeGreaterThanOrEqual(950);
        busy = 0;
        const once = createPikSendClient({ baseUrl: `${proxy.url}/api/v1`, apiKey: key, maxRetries: 0 });
        expect((await once.GET('/me')).response.status).toBe(503);
      } finally {
        await proxy.close();
      }
    });
  },
  { worker: true },
);

it('reads Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  expect(retryAfterMs('17', now)).toBe(17_000);
  expect(retryAfterMs('Tue, 01 Jan 2030 00:00:05 GMT', now)).toBe(5_000);
  expect(retryAfterMs('soon', now)).toBeNull();
  expect(retryAfterMs(null, now)).toBeNull();
});
