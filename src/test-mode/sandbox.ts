// `npm run sandbox`: the real server on a throwaway SQLite database and photo
// folder, seeded in test mode with what a frontend team needs to see every
// screen — galleries in each status, photos with real previews, a
// password-protected link, a validated selection, a webhook with deliveries
// (to a receiver of its own, which verifies each signature and prints it) —
// and a test key. Unlike the Prism mock it remembers what is created, takes
// uploads, and fires and delivers events. The seed's gallery has the id and
// share token the documentation uses, so its examples run with only the host
// (and the key) changed. Everything is deleted when it stops.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basePath } from '../../generated/constants.js';
import { createAccount, ensureTestScope } from '../accounts/accounts.js';
import { createApiKey } from '../accounts/api-keys.js';
import { verifyWebhook } from '../client/webhooks.js';
import { systemClock } from '../clock.js';
import { noDeliveryWorker, noExpiryScheduler } from '../context.js';
import { loadConfig } from '../config/index.js';
import { createGallery } from '../galleries/galleries.js';
import { createLogger } from '../logging/logger.js';
import { startServer, type RunningServer } from '../server/server.js';
import { createStorage } from '../storage/storage.js';
import { shareTokenOf, TestModeSession } from './test-mode-session.js';
import { TRIGGERABLE_EVENTS } from './triggers.js';

/** The ids the documentation's examples use (openapi.yaml, the public page). */
export const SANDBOX_EXAMPLE = { galleryId: '550e8400-e29b-41d4-a716-446655440000', shareToken: 'Zk3xQ9mP2vR7tL8w' } as const;
export const SANDBOX_EMAIL = 'sandbox@piksend.local';
export const SANDBOX_PASSWORD = 'correct horse';
const DEFAULT_PORT = 3100;

export interface Sandbox {
  apiUrl: string;
  baseUrl: string;
  key: string;
  galleries: { name: string; status: string; pageUrl: string; note: string }[];
  /** Events the sandbox's own receiver verified, in arrival order. */
  received: { type: string; id: string; livemode: boolean }[];
  close(): Promise<void>;
}

/** Starts and seeds a sandbox. `env` is read like the server's (PORT, LOG_LEVEL…); the database, folder and share links are the sandbox's own. */
export async function startSandbox(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = () => {}): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'piksend-sandbox-'));
  // Outside production the share links default to this server's own page (config: SHARE_BASE_URL).
  const config = loadConfig({
    ...env,
    NODE_ENV: 'development',
    PORT: String(env.PORT ?? DEFAULT_PORT),
    DATA_DIR: dir,
    DATABASE_URL: `sqlite:${join(dir, 'sandbox.sqlite')}`,
    STORAGE: 'local',
    SHARE_BASE_URL: undefined,
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
  });
  const received: Sandbox['received'] = [];
  let running: RunningServer | undefined;
  let receiver: Server | undefined;
  const close = async () => {
    await running?.close();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    running = await startServer(config, { logger: createLogger(config.logLevel) });
    const apiUrl = `${running.url}${basePath}`;
    const ctx = { db: running.database.db, clock: systemClock };
    const account = await ensureTestScope(ctx, await createAccount(ctx, { email: SANDBOX_EMAIL, plan: 'pro' }));
    const { key } = await createApiKey(ctx, account, 'sandbox');
    const session = new TestModeSession({ apiUrl, apiKey: key, userAgent: 'PikSend sandbox seed' });

    // The webhook: every event, to a receiver that checks each signature as an integrator's would.
    let secret = '';
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          const event = verifyWebhook(Buffer.concat(chunks), new Headers(req.headers as Record<string, string>), secret);
          received.push({ type: event.type, id: event.id, livemode: event.livemode });
          log(`  webhook received ${event.type} ${event.id} (signature verified, livemode: ${event.livemode})`);
          res.writeHead(204).end();
        } catch (err) {
          res.writeHead(400).end(String(err));
        }
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
    const webhook = await session.api.POST('/webhooks', { body: { url: receiverUrl, events: [...TRIGGERABLE_EVENTS], description: 'Sandbox receiver (verifies signatures)' } });
    if (!webhook.data) throw new Error(`could not create the sandbox webhook: ${JSON.stringify(webhook.error)}`);
    secret = webhook.data.data.secret;

    const pageUrl = (token: string) => `${config.shareBaseUrl}/${token}`;
    const galleries: Sandbox['galleries'] = [];

    // The documentation's gallery: its id and share token, an open selection.
    const storage = createStorage(config.photos.storage);
    await createGallery(
      // Its gallery.created goes out with the worker's next wake-up (the uploads below are API calls that wake it).
      { ...ctx, config, deliveries: noDeliveryWorker, expiry: noExpiryScheduler, storage, logger: createLogger('silent') },
      account,
      {
        name: 'Smith Wedding',
        client: { name: 'Jane Smith', email: 'jane@example.com' },
        event_date: '2026-06-20',
        selection: { enabled: true, min: 2, max: 10 },
      },
      { id: SANDBOX_EXAMPLE.galleryId, shareToken: SANDBOX_EXAMPLE.shareToken },
    );
    await storage.close();
    await session.upload(SANDBOX_EXAMPLE.galleryId, 8);
    galleries.push({ name: 'Smith Wedding', status: 'active', pageUrl: pageUrl(SANDBOX_EXAMPLE.shareToken), note: 'the documentation\'s gallery; selection open (2–10)' });

    const locked = await session.createGallery({ name: 'Johnson Family Portraits', password: SANDBOX_PASSWORD, client: { name: 'Ana Johnson', email: 'ana@example.com' } }, 4);
    const lockedToken = shareTokenOf(locked.gallery);
    await session.visit(lockedToken, await session.unlock(lockedToken, SANDBOX_PASSWORD));
    galleries.push({ name: 'Johnson Family Portraits', status: 'active', pageUrl: pageUrl(lockedToken), note: `password-protected (password: ${SANDBOX_PASSWORD})` });

    const chosen = await session.createGallery({ name: 'Garcia Engagement', selection: { enabled: true, min: 1, max: 5 }, client: { name: 'Luis Garcia', email: 'luis@example.com' } }, 6);
    const chosenToken = shareTokenOf(chosen.gallery);
    await session.visit(chosenToken);
    await session.download(chosenToken, chosen.photos[0]!.id);
    await session.validateSelection(chosenToken, chosen.photos.slice(1, 4).map((p) => p.id));
    galleries.push({ name: 'Garcia Engagement', status: 'active', pageUrl: pageUrl(chosenToken), note: 'viewed, downloaded, selection of 3 validated' });

    const archived = await session.createGallery({ name: 'Lee Graduation' }, 3);
    await session.api.PATCH('/galleries/{id}', { params: { path: { id: archived.gallery.id } }, body: { status: 'archived' } });
    galleries.push({ name: 'Lee Graduation', status: 'archived', pageUrl: pageUrl(shareTokenOf(archived.gallery)), note: 'archived' });

    const expired = await session.createGallery({ name: 'Nguyen Birthday' }, 2);
    await session.expire(expired.gallery.id, { inMs: 1_000 });
    galleries.push({ name: 'Nguyen Birthday', status: 'expired', pageUrl: pageUrl(shareTokenOf(expired.gallery)), note: 'expired (the page says so)' });

    const gone = await session.createGallery({ name: 'Deleted draft' }, 1);
    await session.deleteGallery(gone.gallery.id);

    // The seed's events reach the receiver before the sandbox says it is ready.
    const deadline = Date.now() + 15_000;
    const expected = (await session.api.GET('/events', { params: { query: { per_page: 1 } } })).data?.pagination.total ?? 0;
    while (received.length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    return { apiUrl, baseUrl: running.url, key, galleries, received, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/** `piksend sandbox`: starts, prints how to use it, runs until Ctrl-C. */
export async function runSandbox(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('Starting the PikSend sandbox (a throwaway database, seeded in test mode)…');
  let ready = false;
  const sandbox = await startSandbox(process.env, (line) => ready && out(line));
  ready = true;
  const curl = `curl -H "Authorization: Bearer ${sandbox.key}"`;
  out(
    [
      '',
      `PikSend sandbox: ${sandbox.apiUrl}`,
      `Test key (test mode, sees only the sandbox's data):`,
      `  ${sandbox.key}`,
      '',
      'The public documentation\'s examples, with only the host (and the key) changed:',
      `  ${curl} "${sandbox.apiUrl}/galleries?page=1&per_page=20"`,
      `  ${curl} ${sandbox.apiUrl}/galleries/${SANDBOX_EXAMPLE.galleryId}`,
      `  curl -X POST ${curl.slice(5)} -H "Content-Type: application/json" -d '{"url":"https://example.com/webhooks","events":["gallery.created"]}' ${sandbox.apiUrl}/webhooks`,
      '',
      'Galleries and their client pages:',
      ...sandbox.galleries.map((g) => `  ${g.name.padEnd(26)} ${g.status.padEnd(9)} ${g.pageUrl}  ${g.note}`),
      '',
      `Webhook: every event goes to the sandbox's own receiver, which verifies the signature (${sandbox.received.length} delivered so far; new ones are printed below).`,
      `Fire one:      PIKSEND_API_URL=${sandbox.apiUrl} PIKSEND_API_KEY=${sandbox.key} npx piksend trigger gallery.viewed`,
      `The page, hot: PIKSEND_API_URL=${sandbox.apiUrl} npm run dev:web`,
      '',
      'Everything is deleted when the sandbox stops (Ctrl-C).',
      '',
    ].join('\n'),
  );
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
