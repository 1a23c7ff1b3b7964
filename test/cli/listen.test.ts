// `piksend listen`: a developer receives their account's events on localhost,
// signed with the secret the command prints, and picks up where it stopped.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/client/webhooks.js';
import { ROOT } from '../support/paths.js';
import { startProcess } from '../support/processes.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { startTestServer, type TestServer } from '../support/server.js';

const BIN = join(ROOT, 'bin', 'piksend.js');
let server: TestServer;
let receiver: Receiver;
beforeAll(async () => {
  server = await startTestServer('sqlite');
  receiver = await startReceiver();
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('piksend listen', () => {
  it('forwards new events signed with its printed secret, shows their status, and resumes after a restart', async () => {
    const { key } = await server.newAccount();
    const state = join(await mkdtemp(join(tmpdir(), 'piksend-listen-')), 'state.json');
    const env = { PIKSEND_API_KEY: key, PIKSEND_API_URL: server.apiUrl };
    const args = [BIN, 'listen', '--forward-to', receiver.url, '--interval', '150', '--state', state];
    const first = await startProcess(process.execPath, args, /Ready!/, { env });
    const secret = /(whsec_[A-Za-z0-9+/=]+)/.exec(first.output())![1]!;
    const created = (await server.request('POST', '/galleries', { key, body: { name: 'Forwarded' } })).body.data;
    await receiver.waitFor((r) => r.length === 1, 10_000);
    const event = verifyWebhook(receiver.received[0]!.body, receiver.received[0]!.headers, secret);
    expect(event).toMatchObject({ type: 'gallery.created', data: { gallery: { id: created.id } } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first.output()).toMatch(/--> gallery\.created evt_[0-9a-f]{32} \(#1\)\s+\[200\]/);
    await first.stop();

    // While it is stopped, another gallery; the restarted listener forwards that one only, with the same secret.
    const second = (await server.request('POST', '/galleries', { key, body: { name: 'While away' } })).body.data;
    const again = await startProcess(process.execPath, args, /Ready! Resuming/, { env });
    await receiver.waitFor((r) => r.length === 2, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await again.stop();
    expect(receiver.received).toHaveLength(2);
    expect(verifyWebhook(receiver.received[1]!.body, receiver.received[1]!.headers, secret)).toMatchObject({ data: { gallery: { id: second.id } } });
    expect(again.output()).toContain(secret);
  }, 60_000);
});
