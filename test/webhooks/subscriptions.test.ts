// Webhook subscriptions over HTTP: the documentation's own curl example,
// secrets shown once and sealed at rest, CRUD, URL rules in production.
import { expect, it } from 'vitest';
import { describeOnEachDatabase, startTestServer } from '../support/server.js';

describeOnEachDatabase('webhook subscriptions', (server) => {
  it("the documentation's 'Create webhook' curl: 201 with a whsec_ secret, Location, and the subscription", async () => {
    const { key } = await server().newAccount();
    const created = await server().request('POST', '/webhooks', {
      key,
      rawBody: '{"url":"https://example.com/webhooks","events":["gallery.created"]}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ url: 'https://example.com/webhooks', events: ['gallery.created'], enabled: true, disabled_reason: null });
    expect(created.body.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(created.headers.get('location')).toBe(`/api/v1/webhooks/${created.body.data.id}`);
  });

  it('never shows the secret again, and stores it only sealed', async () => {
    const { key } = await server().newAccount();
    const { secret, id } = (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.deleted'] } })).body.data;
    const got = await server().request('GET', `/webhooks/${id}`, { key });
    expect(got.body.data.secret).toBeUndefined();
    expect(got.text).not.toContain(secret);
    expect((await server().request('GET', '/webhooks', { key })).text).not.toContain(secret);
    const row = await server().database.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret.slice(6));
    expect(row.secret_encrypted).toMatch(/^v1\./);
    expect(server().logs()).not.toContain(secret.slice(6));
  });

  it('names the field of an unknown event type', async () => {
    const { key } = await server().newAccount();
    const res = await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.created', 'gallery.exploded'] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ field: 'events[1]' });
    expect(res.body.error.details.issue).toMatch(/Must be one of: gallery.created/);
  });

  it('lists newest first, updates url/events/enabled, deletes; another account sees none of it', async () => {
    const { key } = await server().newAccount();
    const other = await server().newAccount();
    const first = (await server().request('POST', '/webhooks', { key, body: { url: 'https://a.example.com/h', events: ['gallery.created'] } })).body.data;
    server().clock.advance(1_000);
    const second = (await server().request('POST', '/webhooks', { key, body: { url: 'https://b.example.com/h', events: ['gallery.deleted'], description: 'CRM' } })).body.data;
    const list = await server().request('GET', '/webhooks?per_page=1', { key });
    expect(list.body.data.map((w: { id: string }) => w.id)).toEqual([second.id]);
    expect(list.body.pagination).toEqual({ page: 1, per_page: 1, total: 2, total_pages: 2 });

    const updated = await server().request('PATCH', `/webhooks/${first.id}`, {
      key,
      body: { url: 'https://c.example.com/h', events: ['gallery.created', 'gallery.validated'], enabled: false },
    });
    expect(updated.body.data).toMatchObject({ url: 'https://c.example.com/h', events: ['gallery.created', 'gallery.validated'], enabled: false, disabled_reason: null });
    expect((await server().request('PATCH', `/webhooks/${first.id}`, { key, body: { enabled: true } })).body.data.enabled).toBe(true);

    expect((await server().request('GET', `/webhooks/${first.id}`, { key: other.key })).status).toBe(404);
    expect((await server().request('DELETE', `/webhooks/${first.id}`, { key: other.key })).status).toBe(404);
    expect((await server().request('DELETE', `/webhooks/${first.id}`, { key })).status).toBe(204);
    expect((await server().request('GET', `/webhooks/${first.id}`, { key })).status).toBe(404);
  });

  it('rotates the secret: a new one shown once, the old one valid for the overlap (default 1 h, 0 revokes)', async () => {
    const { key } = await server().newAccount();
    const created = (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.created'] } })).body.data;
    const rotated = await server().request('POST', `/webhooks/${created.id}/rotate-secret`, { key });
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.secret).not.toBe(created.secret);
    expect(Date.parse(rotated.body.data.previous_secret_expires_at) - server().clock.now().getTime()).toBe(3_600_000);
    const revoked = await server().request('POST', `/webhooks/${created.id}/rotate-secret`, { key, body: { overlap_seconds: 0 } });
    expect(revoked.body.data.previous_secret_expires_at).toBeNull();
    expect((await server().request('POST', `/webhooks/${created.id}/rotate-secret`, { key, body: { overlap_seconds: 86_401 } })).status).toBe(400);
  });

  it('queues a test event (202) that is not part of the event stream', async () => {
    const { key } = await server().newAccount();
    const created = (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.created'] } })).body.data;
    const queued = await server().request('POST', `/webhooks/${created.id}/test`, { key });
    expect(queued.status).toBe(202);
    expect(queued.body.data).toMatchObject({ webhook_id: created.id, event_type: 'webhook.test', status: 'pending', attempt_count: 0, attempts: [] });
    const deliveries = await server().request('GET', `/webhooks/${created.id}/deliveries?status=pending`, { key });
    expect(deliveries.body.data.map((d: { id: string }) => d.id)).toEqual([queued.body.data.id]);
    expect((await server().request('GET', '/events', { key })).body.pagination.total).toBe(0);
    expect((await server().request('GET', `/events/${queued.body.data.event_id}`, { key })).status).toBe(404);
  });

  it('numbers the account\'s events 1, 2, 3… and records a pending delivery per subscribed webhook', async () => {
    const { key } = await server().newAccount();
    const hook = (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.deleted'] } })).body.data;
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'One' } })).body.data;
    await server().request('POST', '/galleries', { key, body: { name: 'Two' } });
    await server().request('DELETE', `/galleries/${gallery.id}`, { key });
    const events = (await server().request('GET', '/events', { key })).body.data;
    expect(events.map((e: { sequence: number; type: string }) => [e.sequence, e.type])).toEqual([
      [3, 'gallery.deleted'],
      [2, 'gallery.created'],
      [1, 'gallery.created'],
    ]);
    const deliveries = (await server().request('GET', `/webhooks/${hook.id}/deliveries`, { key })).body.data;
    expect(deliveries.map((d: { event_type: string; event_id: string }) => [d.event_type, d.event_id])).toEqual([['gallery.deleted', events[0].id]]);
  });
});

describeOnEachDatabase(
  'webhook URL rules in production',
  (server) => {
    it.each([
      ['http://example.com/webhooks', 'Must use https'],
      ['https://127.0.0.1/hooks', 'Must not point to a loopback address (127.0.0.1)'],
      ['https://10.0.0.1/hooks', 'Must not point to a private address (10.0.0.1)'],
      ['https://172.16.5.4/hooks', 'Must not point to a private address (172.16.5.4)'],
      ['https://192.168.1.1/hooks', 'Must not point to a private address (192.168.1.1)'],
      ['https://169.254.169.254/latest', 'Must not point to a cloud metadata address (169.254.169.254)'],
      ['https://[::1]/hooks', 'Must not point to a loopback address (::1)'],
      ['https://[fd00::5]/hooks', 'Must not point to a unique local address (fd00::5)'],
      ['https://[::ffff:10.0.0.1]/hooks', 'Must not point to a private address (::ffff:a00:1)'],
    ])('refuses %s with 400: %s', async (url, issue) => {
      const { key } = await server().newAccount();
      const res = await server().request('POST', '/webhooks', { key, body: { url, events: ['gallery.created'] } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_request', details: { field: 'url', issue } });
    });

    it('accepts https to a host name without resolving it, and refuses a private URL on update too', async () => {
      const { key } = await server().newAccount();
      const res = await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/webhooks', events: ['gallery.created'] } });
      expect(res.status).toBe(201);
      const patched = await server().request('PATCH', `/webhooks/${res.body.data.id}`, { key, body: { url: 'https://10.1.1.1/x' } });
      expect(patched.body.error.details).toEqual({ field: 'url', issue: 'Must not point to a private address (10.1.1.1)' });
    });
  },
  { env: { NODE_ENV: 'production' } },
);

it('a production server with WEBHOOK_ALLOW_PRIVATE_TARGETS accepts a local receiver, and warns once', async () => {
  const server = await startTestServer('sqlite', { env: { NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
  try {
    const { key } = await server.newAccount();
    const res = await server.request('POST', '/webhooks', { key, body: { url: 'http://127.0.0.1:9/hooks', events: ['gallery.created'] } });
    expect(res.status).toBe(201);
    expect(server.logs().match(/WEBHOOK_ALLOW_PRIVATE_TARGETS is on/g)).toHaveLength(1);
  } finally {
    await server.close();
  }
});
