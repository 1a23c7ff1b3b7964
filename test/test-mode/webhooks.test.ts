// Test webhooks receive only test events and live webhooks only live ones,
// over real deliveries to receivers on 127.0.0.1, signed like every event.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/client/webhooks.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { describeOnEachDatabase } from '../support/server.js';

const ALL_EVENTS = ['gallery.created', 'gallery.viewed', 'gallery.downloaded', 'gallery.validated', 'gallery.expired', 'gallery.deleted'];

describeOnEachDatabase(
  'webhooks in test and live mode',
  (server) => {
    let receivers: { live: Receiver; test: Receiver };
    beforeAll(async () => {
      receivers = { live: await startReceiver('/live'), test: await startReceiver('/test') };
    });
    afterAll(async () => {
      await receivers.live.close();
      await receivers.test.close();
    });

    it('a live action reaches only the live webhook, a test action only the test webhook, each signed and marked with its mode', async () => {
      const { account, key: live } = await server().newAccount();
      const { key: test } = await server().testModeKey(account);
      const hook = async (key: string, url: string) => (await server().request('POST', '/webhooks', { key, body: { url, events: ALL_EVENTS } })).body.data;
      const liveHook = await hook(live, receivers.live.url);
      const testHook = await hook(test, receivers.test.url);
      expect([liveHook.livemode, testHook.livemode]).toEqual([true, false]);

      const liveGallery = (await server().request('POST', '/galleries', { key: live, body: { name: 'Live wedding' } })).body.data;
      await server().request('DELETE', `/galleries/${liveGallery.id}`, { key: live });
      const testGallery = (await server().request('POST', '/galleries', { key: test, body: { name: 'Test wedding' } })).body.data;
      expect(testGallery.livemode).toBe(false);
      // The share link of a test gallery works: that is how a test gallery.viewed happens.
      const opened = await server().request('GET', `/share/${testGallery.share_url.split('/').pop()}`);
      expect(opened.status).toBe(200);
      expect(opened.body.data.livemode).toBe(false);

      await receivers.live.waitFor((r) => r.length >= 2);
      await receivers.test.waitFor((r) => r.length >= 2);
      const events = (receiver: Receiver, secret: string) => receiver.received.map((r) => verifyWebhook(r.body, r.headers, secret));
      const liveEvents = events(receivers.live, liveHook.secret);
      const testEvents = events(receivers.test, testHook.secret);
      expect(liveEvents.map((e) => [e.type, e.livemode, (e.data as { gallery: { id: string } }).gallery.id])).toEqual([
        ['gallery.created', true, liveGallery.id],
        ['gallery.deleted', true, liveGallery.id],
      ]);
      expect(testEvents.map((e) => [e.type, e.livemode, (e.data as { gallery: { id: string } }).gallery.id])).toEqual([
        ['gallery.created', false, testGallery.id],
        ['gallery.viewed', false, testGallery.id],
      ]);
      // Deliveries are written with their event: nothing of the other mode was ever queued to either webhook.
      const deliveries = async (key: string, id: string) => (await server().request('GET', `/webhooks/${id}/deliveries`, { key })).body.data.map((d: { event_id: string; livemode: boolean }) => [d.event_id, d.livemode]);
      expect((await deliveries(live, liveHook.id)).sort()).toEqual(liveEvents.map((e) => [e.id, true]).sort());
      expect((await deliveries(test, testHook.id)).sort()).toEqual(testEvents.map((e) => [e.id, false]).sort());
      // Each mode's stream numbers its own events.
      expect(liveEvents.map((e) => e.sequence)).toEqual([1, 2]);
      expect(testEvents.map((e) => e.sequence)).toEqual([1, 2]);
    });

    it('a webhook.test of a test webhook is a test event', async () => {
      const { account } = await server().newAccount();
      const { key } = await server().testModeKey(account);
      const hook = (await server().request('POST', '/webhooks', { key, body: { url: receivers.test.url, events: ['gallery.created'] } })).body.data;
      const before = receivers.test.received.length;
      const delivery = (await server().request('POST', `/webhooks/${hook.id}/test`, { key })).body.data;
      expect(delivery.livemode).toBe(false);
      await receivers.test.waitFor((r) => r.length > before);
      expect(verifyWebhook(receivers.test.received.at(-1)!.body, receivers.test.received.at(-1)!.headers, hook.secret)).toMatchObject({ type: 'webhook.test', livemode: false });
    });
  },
  { worker: true },
);
