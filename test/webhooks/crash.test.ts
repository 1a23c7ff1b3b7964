// Durability: a server killed with SIGKILL in the middle of a burst of
// events, restarted on the same database, delivers every event that was
// committed. Duplicates may happen (at-least-once), only ever with the same
// webhook-id and the same bytes.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { createApiKey } from '../../src/accounts/api-keys.js';
import { systemClock } from '../../src/clock.js';
import { openDatabase } from '../../src/db/connect.js';
import { createTestDatabase } from '../support/databases.js';
import { DIALECTS, dialectAvailable } from '../support/dialects.js';
import { ROOT } from '../support/paths.js';
import { freePort, startProcess, type Running } from '../support/processes.js';
import { startReceiver } from '../support/receiver.js';

const BIN = join(ROOT, 'bin', 'piksend.js');
const BURST = 120;

for (const dialect of DIALECTS) {
  describe.skipIf(!dialectAvailable(dialect))(`crash during a burst [${dialect}]`, () => {
    it('loses no event when the server is killed with SIGKILL and restarted', async () => {
      const { url, drop } = await createTestDatabase(dialect);
      const receiver = await startReceiver();
      // Slow enough that deliveries are in flight when the process dies.
      receiver.respond((_r, _n, res) => setTimeout(() => res.end('ok'), 15));
      const setup = openDatabase(url);
      await setup.migrate();
      const account = await createAccount({ db: setup.db, clock: systemClock }, { email: 'crash@example.com', plan: 'pro' });
      const { key } = await createApiKey({ db: setup.db, clock: systemClock }, account);

      const port = await freePort();
      const env = {
        DATABASE_URL: url,
        PORT: String(port),
        WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
        WEBHOOK_RETRY_SCHEDULE: '0,0.2,0.2,0.2,0.2,0.2',
        WEBHOOK_TIMEOUT_MS: '1000',
        WEBHOOK_POLL_MS: '100',
        LOG_LEVEL: 'info',
      };
      const start = () => startProcess(process.execPath, [BIN, 'serve'], /PikSend API listening/, { env });
      const api = `http://127.0.0.1:${port}/api/v1`;
      const call = (method: string, path: string, body?: unknown) =>
        fetch(`${api}${path}`, {
          method,
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });

      let server: Running | null = await start();
      try {
        const hook = await call('POST', '/webhooks', { url: receiver.url, events: ['gallery.created'] });
        expect(hook.status).toBe(201);

        // The burst: 10 clients in parallel; the process is killed once a third of it is answered.
        const acknowledged: string[] = [];
        let sent = 0;
        let killed = false;
        const client = async () => {
          while (sent < BURST) {
            sent++;
            const res = await call('POST', '/galleries', { name: `Burst ${sent}` }).catch(() => null);
            if (res?.status === 201) acknowledged.push(((await res.json()) as { data: { id: string } }).data.id);
            if (!killed && acknowledged.length >= BURST / 3) {
              killed = true;
              server!.child.kill('SIGKILL');
            }
            if (killed) return;
          }
        };
        await Promise.all(Array.from({ length: 10 }, client));
        await new Promise<void>((resolve) => (server!.child.exitCode !== null || server!.child.signalCode !== null ? resolve() : server!.child.once('exit', () => resolve())));
        expect(server.child.signalCode).toBe('SIGKILL');
        const deliveredBeforeRestart = receiver.received.length;

        server = await start();
        const committed = await setup.db.selectFrom('events').select(['id', 'gallery_id']).where('type', '=', 'gallery.created').execute();
        expect(committed.length).toBeGreaterThanOrEqual(acknowledged.length);
        const wanted = new Set(committed.map((e) => e.id));
        await receiver.waitFor(() => [...wanted].every((id) => receiver.received.some((r) => r.headers['webhook-id'] === id)), 30_000);

        // Every acknowledged gallery's event arrived; duplicates carry the same id and the same bytes.
        const galleriesDelivered = new Set(committed.filter((e) => wanted.has(e.id)).map((e) => e.gallery_id));
        for (const id of acknowledged) expect(galleriesDelivered.has(id)).toBe(true);
        const bodies = new Map<string, Set<string>>();
        for (const r of receiver.received) bodies.set(String(r.headers['webhook-id']), (bodies.get(String(r.headers['webhook-id'])) ?? new Set()).add(r.body));
        for (const [, set] of bodies) expect(set.size).toBe(1);
        expect([...bodies.keys()].every((id) => wanted.has(id))).toBe(true);
        console.log(
          `[${dialect}] burst of ${sent} requests, ${acknowledged.length} acknowledged before SIGKILL, ${committed.length} events committed, ` +
            `${deliveredBeforeRestart} delivered before the kill, ${receiver.received.length - wanted.size} duplicates after restart`,
        );
      } finally {
        await server?.stop();
        await setup.close();
        await receiver.close();
        await drop();
      }
    }, 90_000);
  });
}
