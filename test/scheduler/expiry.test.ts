// Gallery expiry: on time (the scheduler sleeps until the next due expiry),
// exactly once (two schedulers on one PostgreSQL database), reversible by
// moving expires_at to the future; a past expires_at is refused.
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { noDeliveryWorker, noExpiryScheduler } from '../../src/context.js';
import { openDatabase } from '../../src/db/connect.js';
import { createGallery } from '../../src/galleries/galleries.js';
import { createLogger } from '../../src/logging/logger.js';
import { createExpiryScheduler } from '../../src/scheduler/expiry.js';
import { createStorage } from '../../src/storage/storage.js';
import { createTestDatabase } from '../support/databases.js';
import { dialectAvailable } from '../support/dialects.js';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase(
  'gallery expiry',
  (server) => {
    it('expires a gallery within a second of its expires_at, fires gallery.expired once, and its link answers 410', async () => {
      const { key } = await server().newAccount();
      const at = new Date(server().clock.now().getTime() + 800);
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Soon', expires_at: at.toISOString() } })).body.data;
      const deadline = Date.now() + 5_000;
      let status = 'active';
      while (status !== 'expired' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = (await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.status;
      }
      const lateBy = server().clock.now().getTime() - at.getTime();
      expect(status).toBe('expired');
      expect(lateBy).toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const events = (await server().request('GET', '/events?type=gallery.expired', { key })).body.data;
      expect(events).toHaveLength(1);
      expect(events[0].data.gallery).toMatchObject({ id: gallery.id, status: 'expired' });
      expect((await server().request('GET', `/share/${gallery.share_url.split('/').pop()}`)).status).toBe(410);
    });

    it('moving expires_at to the future reactivates an expired gallery; a past expires_at is refused naming the field', async () => {
      const { key } = await server().newAccount();
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Again', expires_at: new Date(server().clock.now().getTime() + 300).toISOString() } })).body.data;
      const deadline = Date.now() + 5_000;
      while ((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.status !== 'expired' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const past = await server().request('PATCH', `/galleries/${gallery.id}`, { key, body: { expires_at: new Date(server().clock.now().getTime() - 1_000).toISOString() } });
      expect(past.status).toBe(400);
      expect(past.body.error.details).toEqual({ field: 'expires_at', issue: 'Must be in the future' });
      const later = new Date(server().clock.now().getTime() + 86_400_000).toISOString();
      const revived = await server().request('PATCH', `/galleries/${gallery.id}`, { key, body: { expires_at: later } });
      expect(revived.body.data).toMatchObject({ status: 'active' });
      expect((await server().request('GET', `/share/${gallery.share_url.split('/').pop()}`)).status).toBe(200);
    });
  },
  { expiry: true, worker: true },
);

describeOnEachDatabase(
  'gallery expiry on a controllable clock',
  (server) => {
    it('a gallery due in a month expires when the clock gets there, not before', async () => {
      const { key } = await server().newAccount();
      const month = 30 * 86_400_000;
      const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Later', expires_at: new Date(server().clock.now().getTime() + month).toISOString() } })).body.data;
      server().clock.advance(month - 1_000);
      server().expiry!.wake();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.status).toBe('active');
      server().clock.advance(1_000);
      server().expiry!.wake();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await server().request('GET', `/galleries/${gallery.id}`, { key })).body.data.status).toBe('expired');
      expect((await server().request('GET', '/events?type=gallery.expired', { key })).body.pagination.total).toBe(1);
    });
  },
  { expiry: true },
);

describe.skipIf(!dialectAvailable('postgres'))('two expiry schedulers on one PostgreSQL database', () => {
  it('fire gallery.expired exactly once per gallery', async () => {
    const { url, drop } = await createTestDatabase('postgres');
    const setup = openDatabase(url);
    await setup.migrate();
    const config = loadConfig({ DATABASE_URL: url });
    const logger = createLogger('silent');
    const ctx = { db: setup.db, clock: systemClock, config, deliveries: noDeliveryWorker, expiry: noExpiryScheduler, storage: createStorage(config.photos.storage), logger };
    const account = await createAccount(ctx, { email: 'expiry@example.com', plan: 'pro' });
    const at = new Date(Date.now() + 1_000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push((await createGallery(ctx, account, { name: `G${i}`, expires_at: at })).id);
    const handles = [openDatabase(url), openDatabase(url)];
    const schedulers = handles.map((database) => createExpiryScheduler({ database, clock: systemClock, logger, config, deliveries: noDeliveryWorker, maxSleepMs: 100 }));
    try {
      schedulers.forEach((s) => s.start());
      const deadline = Date.now() + 10_000;
      let expired = 0;
      while (expired < ids.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        expired = Number((await setup.db.selectFrom('galleries').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'expired').executeTakeFirstOrThrow()).n);
      }
      expect(expired).toBe(ids.length);
      // Both keep running a little longer: nothing fires twice.
      schedulers.forEach((s) => s.wake());
      await new Promise((resolve) => setTimeout(resolve, 300));
      const events = await setup.db.selectFrom('events').select('gallery_id').where('type', '=', 'gallery.expired').execute();
      expect(events).toHaveLength(ids.length);
      expect(new Set(events.map((e) => e.gallery_id)).size).toBe(ids.length);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
      await Promise.all(handles.map((h) => h.close()));
      await setup.close();
      await drop();
    }
  }, 30_000);
});
