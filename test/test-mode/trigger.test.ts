// `piksend trigger <event>` as a user runs it (the compiled CLI, a separate
// process) against a real server with its delivery worker and expiry
// scheduler: each of the six events happens for real in test mode and ends in
// a signed delivery with `livemode: false` at a local receiver; a live key is
// refused before anything is made; and it works with `piksend listen`.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventTypeValues } from '../../generated/openapi.js';
import { verifyWebhook } from '../../src/client/webhooks.js';
import { ROOT } from '../support/paths.js';
import { freePort, startProcess } from '../support/processes.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { describeOnEachDatabase } from '../support/server.js';

const BIN = join(ROOT, 'bin', 'piksend.js');
const run = promisify(execFile);

describeOnEachDatabase(
  'piksend trigger',
  (server) => {
    let receiver: Receiver;
    let liveReceiver: Receiver;
    let testKey: string;
    let liveKey: string;
    let secret: string;
    beforeAll(async () => {
      receiver = await startReceiver('/test-hooks');
      liveReceiver = await startReceiver('/live-hooks');
      const { account, key } = await server().newAccount();
      liveKey = key;
      testKey = (await server().testModeKey(account)).key;
      secret = (await server().request('POST', '/webhooks', { key: testKey, body: { url: receiver.url, events: [...eventTypeValues] } })).body.data.secret;
      await server().request('POST', '/webhooks', { key: liveKey, body: { url: liveReceiver.url, events: [...eventTypeValues] } });
    });
    afterAll(async () => {
      await receiver.close();
      await liveReceiver.close();
    });
    const trigger = (event: string, key: string) =>
      run(process.execPath, [BIN, 'trigger', event, '--api-url', server().apiUrl, '--api-key', key], { encoding: 'utf8', timeout: 60_000 });

    for (const event of eventTypeValues) {
      it(`trigger ${event} delivers a signed test event to the test webhook and prints it`, async () => {
        const { stdout } = await trigger(event, testKey);
        const eventId = /event (evt_[0-9a-f]{32}) \(test sequence \d+\)/.exec(stdout)?.[1];
        expect(eventId, stdout).toBeDefined();
        expect(stdout).toMatch(/made test gallery [0-9a-f-]{36} with \d+ photos?/);
        expect(stdout).toContain(`delivery to ${receiver.url}: succeeded (200)`);
        await receiver.waitFor((r) => r.some((d) => d.body.includes(eventId!)));
        const got = receiver.received.find((d) => d.body.includes(eventId!))!;
        expect(verifyWebhook(got.body, got.headers, secret)).toMatchObject({ id: eventId, type: event, livemode: false });
      });
    }

    it('refuses a live key in one line, and makes nothing', async () => {
      const failed = await trigger('gallery.created', liveKey).catch((err) => err);
      expect(failed.code).toBe(2);
      expect(failed.stderr.trim()).toBe('This works in test mode only: use a pk_test_ key (piksend keys create --email E --test), never a live key');
      expect((await server().request('GET', '/galleries', { key: liveKey })).body.pagination.total).toBe(0);
      expect(liveReceiver.received).toHaveLength(0);
    });

    it('says in one line when the API cannot be reached', async () => {
      const closed = `http://127.0.0.1:${await freePort()}/api/v1`;
      const failed = await run(process.execPath, [BIN, 'trigger', 'gallery.created', '--api-url', closed, '--api-key', testKey], { encoding: 'utf8' }).catch((err) => err);
      expect(failed.code).toBe(2);
      expect(failed.stderr.trim()).toBe(`Cannot reach the API at ${closed}: ECONNREFUSED`);
    });

    it('names an unknown event and the ones it knows', async () => {
      const failed = await trigger('gallery.exploded', testKey).catch((err) => err);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toContain('Unknown event "gallery.exploded": one of gallery.created, gallery.viewed');
    });

    it('works with piksend listen: the listener forwards the triggered test event, signed with its own secret', async () => {
      const forwardTo = await startReceiver('/forwarded');
      const state = join(await mkdtemp(join(tmpdir(), 'piksend-listen-')), 'state.json');
      const listener = await startProcess(process.execPath, [BIN, 'listen', '--forward-to', forwardTo.url, '--interval', '150', '--state', state], /Ready!/, {
        env: { PIKSEND_API_KEY: testKey, PIKSEND_API_URL: server().apiUrl },
      });
      try {
        expect(listener.output()).toContain('test-mode events');
        const listenSecret = /(whsec_[A-Za-z0-9+/=]+)/.exec(listener.output())![1]!;
        const { stdout } = await trigger('gallery.deleted', testKey);
        const eventId = /event (evt_[0-9a-f]{32})/.exec(stdout)![1]!;
        await forwardTo.waitFor((r) => r.some((d) => d.body.includes(eventId)), 15_000);
        const forwarded = forwardTo.received.find((d) => d.body.includes(eventId))!;
        expect(verifyWebhook(forwarded.body, forwarded.headers, listenSecret)).toMatchObject({ id: eventId, livemode: false });
      } finally {
        await listener.stop();
        await forwardTo.close();
      }
    }, 60_000);
  },
  { worker: true, expiry: true },
);
