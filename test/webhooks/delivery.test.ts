// Deliveries with a real worker and real receivers on 127.0.0.1: prompt,
// signed, retried, honouring Retry-After, disabled on 410, never following
// redirects, timed out, signed twice during rotation, redelivered, ordered.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/client/webhooks.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { describeOnEachDatabase } from '../support/server.js';
import { waitUntil } from '../support/wait.js';

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

describeOnEachDatabase(
  'webhook delivery',
  (server) => {
    /** A fresh account and endpoint (its own path on the shared receiver), with its secret. */
    async function subscribe(events = ['gallery.created'], path = `/hooks/${Math.random().toString(36).slice(2)}`) {
      const { key } = await server().newAccount();
      const created = await server().request('POST', '/webhooks', { key, body: { url: receiver.url.replace('/hooks', path), events } });
      expect(created.status).toBe(201);
      const mine = () => receiver.received.filter((r) => r.path === path);
      return { key, webhook: created.body.data as { id: string; secret: string }, path, mine };
    }
    const deliveryOf = async (key: string, webhookId: string, deliveryId: string) =>
      (await server().request('GET', `/webhooks/${webhookId}/deliveries/${deliveryId}`, { key })).body.data;

    it('delivers gallery.created within a second of POST /galleries, signed so that both verifiers accept it', async () => {
      receiver.respond((_r, _n, res) => res.end('ok'));
      const { key, webhook, mine } = await subscribe();
      const started = Date.now();
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Signed' } })).body.data;
      const [request] = await receiver.waitFor(() => mine().length === 1, 5_000).then(mine);
      expect(request!.at - started).toBeLessThan(1_000);
      const event = verifyWebhook(request!.body, request!.headers, webhook.secret);
      expect(event).toMatchObject({ type: 'gallery.created', sequence: 1, api_version: 'v1', data: { gallery: { id: gallery.id, name: 'Signed' } } });
      expect(new Webhook(webhook.secret).verify(request!.body, request!.headers as Record<string, string>)).toEqual(event);
      expect(request!.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': 'PikSend-Webhooks/1',
        'x-piksend-event': 'gallery.created',
        'webhook-id': event.id,
      });
      const deliveries = (await server().request('GET', `/webhooks/${webhook.id}/deliveries`, { key })).body.data;
      expect(request!.headers['x-piksend-delivery']).toBe(deliveries[0].id);
      // The body is the event exactly as GET /events/{id} shows it.
      expect(JSON.parse(request!.body)).toEqual((await server().request('GET', `/events/${event.id}`, { key })).body.data);
    });

    it('retries after 500s until a 2xx, recording every attempt with status, time and the start of the answer', async () => {
      const { key, webhook, path, mine } = await subscribe();
      receiver.respond((r, _n, res) => {
        if (r.path !== path) return void res.end('ok');
        const failures = mine().length;
        res.statusCode = failures <= 2 ? 500 : 200;
        res.end(failures <= 2 ? `boom ${failures} ${'x'.repeat(5000)}` : 'fine');
      });
      await server().request('POST', '/galleries', { key, body: { name: 'Retried' } });
      await receiver.waitFor(() => mine().length === 3);
      expect(new Set(mine().map((r) => r.headers['webhook-id'])).size).toBe(1);
      expect(new Set(mine().map((r) => r.body)).size).toBe(1);
      const [listed] = (await server().request('GET', `/webhooks/${webhook.id}/deliveries`, { key })).body.data;
      const delivery = await waitUntil(() => deliveryOf(key, webhook.id, listed.id), (d) => d.status === 'succeeded');
      expect(delivery).toMatchObject({ attempt_count: 3, last_status_code: 200, next_attempt_at: null });
      expect(delivery.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 500, 200]);
      expect(delivery.attempts[0].response_body).toHaveLength(2048);
      expect(delivery.attempts[0].response_body.startsWith('boom 1 ')).toBe(true);
      expect((await server().request('GET', `/webhooks/${webhook.id}/deliveries?status=succeeded`, { key })).body.pagination.total).toBe(1);
      expect((await server().request('GET', `/webhooks/${webhook.id}/deliveries?status=failed`, { key })).body.pagination.total).toBe(0);
    });

    it('records an answer holding bytes a database refuses in text (NUL, invalid UTF-8) once, and sends the event once', async () => {
      const { key, webhook, path, mine } = await subscribe();
      receiver.respond((r, _n, res) => {
        if (r.path !== path) return void res.end('ok');
        res.end(Buffer.from([0x6f, 0x6b, 0x00, 0xff, 0xfe, 0x21]));
      });
      // Several at once: they are recorded together, and this answer must cost the others nothing.
      for (let i = 0; i < 3; i++) await server().request('POST', '/galleries', { key, body: { name: `NUL ${i}` } });
      await receiver.waitFor(() => mine().length >= 3);
      const deliveries = await waitUntil(
        async () => (await server().request('GET', `/webhooks/${webhook.id}/deliveries?status=succeeded`, { key })).body,
        (body) => body.pagination.total === 3,
      );
      const delivery = await deliveryOf(key, webhook.id, deliveries.data[0].id);
      expect(delivery.attempts).toHaveLength(1);
      expect(delivery.attempts[0].response_body).toBe('ok\uFFFD\uFFFD\uFFFD!');
      expect(mine()).toHaveLength(3);
    });

    it('honours Retry-After on 429 and 503', async () => {
      const { key, path, mine } = await subscribe();
      receiver.respond((r, _n, res) => {
        if (r.path !== path) return void res.end('ok');
        const n = mine().length;
        res.statusCode = n === 1 ? 429 : n === 2 ? 503 : 204;
        if (n <= 2) res.setHeader('Retry-After', '1');
        res.end();
      });
      await server().request('POST', '/galleries', { key, body: { name: 'Patient' } });
      await receiver.waitFor(() => mine().length === 3, 8_000);
      const [a, b, c] = mine();
      expect(b!.at - a!.at).toBeGreaterThanOrEqual(950);
      expect(c!.at - b!.at).toBeGreaterThanOrEqual(950);
    });

    it('disables the endpoint on 410 Gone, with the reason shown, and sends it nothing more', async () => {
      const { key, webhook, path, mine } = await subscribe();
      receiver.respond((r, _n, res) => {
        res.statusCode = r.path === path ? 410 : 200;
        res.end();
      });
      await server().request('POST', '/galleries', { key, body: { name: 'Gone' } });
      await receiver.waitFor(() => mine().length === 1);
      const hook = await waitUntil(
        async () => (await server().request('GET', `/webhooks/${webhook.id}`, { key })).body.data,
        (w) => w.enabled === false,
      );
      expect(hook.disabled_reason).toBe('The endpoint answered 410 Gone');
      // The event is committed with its deliveries (the outbox): a disabled endpoint gets none, so nothing can be sent.
      await server().request('POST', '/galleries', { key, body: { name: 'Not sent' } });
      const listed = (await server().request('GET', `/webhooks/${webhook.id}/deliveries`, { key })).body.data;
      expect(listed).toHaveLength(1);
      expect(mine()).toHaveLength(1);
      const [delivery] = listed;
      expect(delivery).toMatchObject({ status: 'failed', last_status_code: 410, attempt_count: 1 });
    });

    it('disables the endpoint when the whole retry schedule fails', async () => {
      const { key, webhook, path, mine } = await subscribe();
      receiver.respond((r, _n, res) => {
        res.statusCode = r.path === path ? 502 : 200;
        res.end();
      });
      await server().request('POST', '/galleries', { key, body: { name: 'Doomed' } });
      await receiver.waitFor(() => mine().length === 4);
      const hook = await waitUntil(
        async () => (await server().request('GET', `/webhooks/${webhook.id}`, { key })).body.data,
        (w) => w.enabled === false,
      );
      expect(hook.disabled_reason).toBe('Every attempt of the retry schedule failed (last: HTTP 502)');
    });

    it('does not follow redirects: a 302 is a failed attempt and its target is never called', async () => {
      const { key, webhook, path, mine } = await subscribe();
      const target = `${path}-redirected`;
      receiver.respond((r, _n, res) => {
        if (r.path === path) {
          res.statusCode = 302;
          res.setHeader('Location', receiver.url.replace('/hooks', target));
        }
        res.end();
      });
      await server().request('POST', '/galleries', { key, body: { name: 'Moved' } });
      await receiver.waitFor(() => mine().length >= 1);
      // Once the attempt is recorded, the worker is done with it: a followed redirect would have reached the target before.
      const [delivery] = await waitUntil(
        async () => (await server().request('GET', `/webhooks/${webhook.id}/deliveries`, { key })).body.data,
        (list) => list[0]?.attempts.length >= 1,
      );
      expect(receiver.received.filter((r) => r.path === target)).toHaveLength(0);
      expect(delivery.attempts[0]).toMatchObject({ status_code: 302, error: null });
      expect(delivery.status).not.toBe('succeeded');
    });

    it('gives up an attempt at the time limit and records the timeout', async () => {
      const { key, webhook, path, mine } = await subscribe();
      receiver.respond((r, _n, res) => {
        if (r.path !== path) return void res.end('ok');
        setTimeout(() => res.end('too late'), 1_500);
      });
      await server().request('POST', '/galleries', { key, body: { name: 'Slow' } });
      await receiver.waitFor(() => mine().length >= 1);
      const [listed] = (await server().request('GET', `/webhooks/${webhook.id}/deliveries`, { key })).body.data;
      const delivery = await waitUntil(() => deliveryOf(key, webhook.id, listed.id), (d) => d.attempts.length >= 1);
      expect(delivery.attempts[0]).toMatchObject({ status_code: null, error: 'Timed out after 500 ms' });
      expect(delivery.attempts[0].duration_ms).toBeGreaterThanOrEqual(450);
      receiver.respond((_r, _n, res) => res.end('ok'));
    });

    it('signs with both secrets during a rotation overlap, and with the new one alone after', async () => {
      receiver.respond((_r, _n, res) => res.end('ok'));
      const { key, webhook, mine } = await subscribe(['gallery.created']);
      const rotated = (await server().request('POST', `/webhooks/${webhook.id}/rotate-secret`, { key, body: { overlap_seconds: 60 } })).body.data;
      await server().request('POST', '/galleries', { key, body: { name: 'Overlap' } });
      const [during] = await receiver.waitFor(() => mine().length === 1).then(mine);
      expect(String(during!.headers['x-piksend-signature']).match(/v1=/g)).toHaveLength(2);
      for (const secret of [webhook.secret, rotated.secret]) {
        expect(verifyWebhook(during!.body, during!.headers, secret).type).toBe('gallery.created');
        expect(new Webhook(secret).verify(during!.body, during!.headers as Record<string, string>)).toBeTruthy();
      }
      server().clock.advance(61_000);
      await server().request('POST', '/galleries', { key, body: { name: 'After' } });
      const after = (await receiver.waitFor(() => mine().length === 2).then(mine))[1]!;
      const now = () => server().clock.now();
      expect(verifyWebhook(after.body, after.headers, rotated.secret, { now }).type).toBe('gallery.created');
      expect(() => verifyWebhook(after.body, after.headers, webhook.secret, { now })).toThrow(/No v1 signature/);
    });

    it('redelivers the same event (same webhook-id, same bytes) as a new delivery', async () => {
      receiver.respond((_r, _n, res) => res.end('ok'));
      const { key, webhook, mine } = await subscribe();
      await server().request('POST', '/galleries', { key, body: { name: 'Again' } });
      await receiver.waitFor(() => mine().length === 1);
      const [original] = (await server().request('GET', `/webhooks/${webhook.id}/deliveries`, { key })).body.data;
      const again = await server().request('POST', `/webhooks/${webhook.id}/deliveries/${original.id}/redeliver`, { key });
      expect(again.status).toBe(202);
      expect(again.body.data).toMatchObject({ event_id: original.event_id, status: 'pending' });
      expect(again.body.data.id).not.toBe(original.id);
      await receiver.waitFor(() => mine().length === 2);
      const [first, second] = mine();
      expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
      expect(second!.body).toBe(first!.body);
      expect(second!.headers['x-piksend-delivery']).toBe(again.body.data.id);
    });

    it('sends the test event to the endpoint, signed like the others', async () => {
      receiver.respond((_r, _n, res) => res.end('ok'));
      const { key, webhook, mine } = await subscribe();
      const queued = (await server().request('POST', `/webhooks/${webhook.id}/test`, { key })).body.data;
      const [request] = await receiver.waitFor(() => mine().length === 1).then(mine);
      expect(verifyWebhook(request!.body, request!.headers, webhook.secret)).toMatchObject({
        id: queued.event_id,
        type: 'webhook.test',
        sequence: 0,
        data: { webhook_id: webhook.id, message: 'This is a test event from PikSend.' },
      });
    });

    it('numbers events so a receiver can order them and see a gap', async () => {
      receiver.respond((_r, _n, res) => res.end('ok'));
      const { key, mine } = await subscribe(['gallery.created', 'gallery.deleted']);
      const created = await Promise.all(
        Array.from({ length: 8 }, (_, i) => server().request('POST', '/galleries', { key, body: { name: `G${i}` } })),
      );
      await server().request('DELETE', `/galleries/${created[0]!.body.data.id}`, { key });
      await receiver.waitFor(() => mine().length === 9);
      const sequences = mine()
        .map((r) => (JSON.parse(r.body) as { sequence: number }).sequence)
        .sort((a, b) => a - b);
      expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  },
  {
    worker: true,
    env: { WEBHOOK_RETRY_SCHEDULE: '0,0.05,0.05,0.05', WEBHOOK_TIMEOUT_MS: '500', WEBHOOK_POLL_MS: '50' },
  },
);


describeOnEachDatabase(
  'webhook delivery in production: host names checked at delivery time',
  (server) => {
    const attemptsOf = async (key: string, webhookId: string) => {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const [delivery] = (await server().request('GET', `/webhooks/${webhookId}/deliveries`, { key })).body.data;
        if (delivery?.attempts.length) return delivery.attempts;
        if (Date.now() > deadline) throw new Error('no attempt recorded');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };

    it('a name that resolves to a private address is refused before connecting (DNS rebinding), as a failed attempt', async () => {
      const { key } = await server().newAccount();
      const hook = await server().request('POST', '/webhooks', { key, body: { url: 'https://hooks.rebinding.test/in', events: ['gallery.created'] } });
      expect(hook.status).toBe(201);
      await server().request('POST', '/galleries', { key, body: { name: 'Rebound' } });
      const [attempt] = await attemptsOf(key, hook.body.data.id);
      expect(attempt).toMatchObject({ status_code: null, error: 'Refused: hooks.rebinding.test resolves to a private address (10.0.0.7)' });
    });

    it('an unresolvable host is accepted at creation and fails at delivery', async () => {
      const { key } = await server().newAccount();
      const hook = await server().request('POST', '/webhooks', { key, body: { url: 'https://nowhere.invalid/in', events: ['gallery.created'] } });
      expect(hook.status).toBe(201);
      await server().request('POST', '/galleries', { key, body: { name: 'Lost' } });
      const [attempt] = await attemptsOf(key, hook.body.data.id);
      expect(attempt.error).toMatch(/ENOTFOUND/);
    });
  },
  {
    env: { NODE_ENV: 'production', WEBHOOK_RETRY_SCHEDULE: '0,60', WEBHOOK_POLL_MS: '50' },
    // No real DNS: the test's resolver answers, so nothing leaves the machine.
    worker: { resolver: async (host) => (host === 'hooks.rebinding.test' ? [{ address: '10.0.0.7', family: 4 }] : []) },
  },
);
