// A live server for contract runs (Dredd, fuzzing): a fresh database (SQLite by
// default, a new PostgreSQL database when DATABASE_URL is postgres://), seeded
// accounts and keys, the fixtures transactions need, and a second "broken"
// server whose database is gone, to provoke the documented 500 and 503.
import { createAccount, ensureTestScope } from '../../src/accounts/accounts.js';
import { createApiKey } from '../../src/accounts/api-keys.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { createGallery } from '../../src/galleries/galleries.js';
import { createLogger } from '../../src/logging/logger.js';
import { createApp } from '../../src/server/app.js';
import { noDeliveryWorker, noExpiryScheduler } from '../../src/context.js';
import { createSecretBox } from '../../src/webhooks/secret-box.js';
import { createStorage } from '../../src/storage/storage.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebhook, sendTestEvent } from '../../src/webhooks/webhooks.js';
import { setFavorite } from '../../src/share/favorites.js';
import { validateSelection } from '../../src/share/selection-validation.js';
import { addFixturePhotos } from './fixture-photos.js';
import { TEST_WEBHOOK_SECRET_KEY } from '../support/server.js';
import { createTestDatabase, type DialectName } from '../support/databases.js';
import { closeServer, listenOnLoopback } from '../support/http.js';
import { createImageQueue } from '../../src/photos/image-queue.js';

export interface ContractEnvironment {
  dialect: DialectName;
  apiUrl: string;
  brokenApiUrl: string;
  /** `test`: a pk_test_ key of the pro account (its test mode, empty but for what a run makes). */
  keys: { pro: string; free: string; limited: string; test: string };
  fixtures: {
    galleryId: string;
    expiredGalleryId: string;
    deletableGalleryIds: string[];
    eventId: string;
    webhookId: string;
    deletableWebhookId: string;
    deliveryId: string;
    photoIds: string[];
    deletablePhotoId: string;
    share: Record<string, string | string[]>;
    /** Idempotency-Keys of the pro account: one still running (→ 409), one used for another request (→ 422). */
    idempotency: { inUse: string; reused: string };
    limits: { shareRequestsPerMinute: number; sharePasswordAttempts: number; photoMaxBytes: number };
  };
  /** What went to the server's error log (500s other than the broken server's). */
  errorLog: () => string;
  close(): Promise<void>;
}

export async function startContractEnvironment(options: { rateLimit?: number } = {}): Promise<ContractEnvironment> {
  const databaseUrl = process.env.DATABASE_URL;
  const dialect: DialectName = databaseUrl?.startsWith('postgres') ? 'postgres' : 'sqlite';
  const { url, drop } = await createTestDatabase(dialect, databaseUrl);
  const dataDir = await mkdtemp(join(tmpdir(), 'piksend-contract-'));
  const config = loadConfig({
    DATABASE_URL: url,
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    RATE_LIMIT_PER_MINUTE: String(options.rateLimit ?? 100_000),
    WEBHOOK_SECRET_KEY: TEST_WEBHOOK_SECRET_KEY,
    PHOTO_MAX_BYTES: String(64 * 1024),
    SHARE_REQUESTS_PER_MINUTE: '300',
    SHARE_PASSWORD_ATTEMPTS: '5',
    // Dredd and the fuzzer send many refused keys from one address on purpose; the throttle has its own tests.
    AUTH_FAILURES_PER_MINUTE: '100000',
  });
  // A clock that does not move keeps rate-limit windows (and so the provoked 429s) deterministic.
  const frozen = new Date();
  const clock: Clock = { now: () => new Date(frozen) };

  let errors = '';
  const logger = createLogger('error', {
    write(line: string) {
      errors += line;
      return true;
    },
  } as unknown as NodeJS.WritableStream);

  const database = openDatabase(url);
  await database.migrate();
  const db = database.db;
  const pro = await createAccount({ db, clock }, { email: 'contract-pro@example.com', plan: 'pro' });
  const free = await createAccount({ db, clock }, { email: 'contract-free@example.com', plan: 'free' });
  const limited = await createAccount({ db, clock }, { email: 'contract-limited@example.com', plan: 'pro', rateLimit: 1 });
  const keys = {
    pro: (await createApiKey({ db, clock }, pro, 'contract')).key,
    free: (await createApiKey({ db, clock }, free, 'contract')).key,
    limited: (await createApiKey({ db, clock }, limited, 'contract')).key,
    test: (await createApiKey({ db, clock }, await ensureTestScope({ db, clock }, pro), 'contract')).key,
  };
  const secretBox = createSecretBox(TEST_WEBHOOK_SECRET_KEY);
  const storage = createStorage(config.photos.storage);
  // No delivery worker: the contract run never sends webhooks anywhere (deliveries stay pending).
  const galleries = { db, clock, config, deliveries: noDeliveryWorker, expiry: noExpiryScheduler, storage, logger: createLogger('silent') };
  const gallery = await createGallery(galleries, pro, { name: 'Contract gallery', selection: { enabled: true, min: 1, max: 10 } });
  const expired = await createGallery(galleries, pro, { name: 'Expired gallery' });
  await db.updateTable('galleries').set({ status: 'expired' }).where('id', '=', expired.id).execute();
  const deletable = [];
  for (let i = 0; i < 3; i++) deletable.push((await createGallery(galleries, pro, { name: `Deletable ${i}` })).id);
  const event = await db.selectFrom('events').select('id').where('gallery_id', '=', gallery.id).executeTakeFirstOrThrow();
  // Webhooks to example.com: nothing is ever sent (no worker), the deliveries stay pending.
  const webhooks = { db, clock, config, deliveries: noDeliveryWorker, secretBox };
  const webhook = await createWebhook(webhooks, pro, { url: 'https://example.com/webhooks', events: ['gallery.created'] });
  const deletableWebhook = await createWebhook(webhooks, pro, { url: 'https://example.com/old', events: ['gallery.deleted'] });
  const delivery = await sendTestEvent(webhooks, pro.id, webhook.id);

  // Photos and share links: one gallery per situation the hooks provoke.
  const domain = { ...galleries, secretBox, images: createImageQueue({ concurrency: 2, maxWaiting: 100, pixelBudget: 250_000_000 }) };
  const photosOf = async (galleryId: string, count: number) => (await addFixturePhotos(domain, pro.id, galleryId, count, dataDir)).map((p) => p.id);
  const galleryPhotos = await photosOf(gallery.id, 3);
  const visitor = { address: '127.0.0.1', userAgent: 'contract fixtures' };
  const shareGallery = async (body: Parameters<typeof createGallery>[2], photoCount: number) => {
    const created = await createGallery(galleries, pro, body);
    const photoIds = photoCount ? await photosOf(created.id, photoCount) : [];
    const row = await db.selectFrom('galleries').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    return { token: row.share_token, photoIds, grant: { gallery: row, token: row.share_token } };
  };
  // The photographer's gallery has a favourite, so its selection and exports have content.
  const mainRow = await db.selectFrom('galleries').selectAll().where('id', '=', gallery.id).executeTakeFirstOrThrow();
  await setFavorite(domain, { gallery: mainRow, token: mainRow.share_token }, galleryPhotos[0]!, true, visitor);
  const shared = await shareGallery({ name: 'Shared', selection: { enabled: true, min: 1, max: 2 } }, 2);
  // One photo of each accepted type, for the download transactions of each media type.
  const [pngId] = (await addFixturePhotos(domain, pro.id, shared.grant.gallery.id, 1, dataDir, 'png')).map((p) => p.id);
  const [webpId] = (await addFixturePhotos(domain, pro.id, shared.grant.gallery.id, 1, dataDir, 'webp')).map((p) => p.id);
  const locked = await shareGallery({ name: 'Validated', selection: { enabled: true, min: 1, max: 5 } }, 1);
  await setFavorite(domain, locked.grant, locked.photoIds[0]!, true, visitor);
  await validateSelection(domain, locked.grant, visitor);
  const full = await shareGallery({ name: 'Full selection', selection: { enabled: true, min: 1, max: 1 } }, 2);
  await setFavorite(domain, full.grant, full.photoIds[0]!, true, visitor);
  const tooFew = await shareGallery({ name: 'Too few', selection: { enabled: true, min: 2, max: 5 } }, 1);
  const locked401 = await shareGallery({ name: 'Protected', password: 'correct horse' }, 1);
  const noDownloads = await shareGallery({ name: 'No downloads', download_settings: { enabled: false, allow_zip: false } }, 1);
  const throttled = await shareGallery({ name: 'Throttled', password: 'correct horse' }, 1);
  const expiredRow = await db.selectFrom('galleries').select('share_token').where('id', '=', expired.id).executeTakeFirstOrThrow();

  const live = await listenOnLoopback(createApp({ config, database, clock, logger, secretBox, storage }));

  // Same code, but its database is closed: every query fails as it would with the database down.
  const brokenDatabase = openDatabase(url);
  await brokenDatabase.close();
  const broken = await listenOnLoopback(createApp({ config, database: brokenDatabase, clock, logger: createLogger('silent'), secretBox, storage }));

  return {
    dialect,
    apiUrl: `${live.baseUrl}/api/v1`,
    brokenApiUrl: `${broken.baseUrl}/api/v1`,
    keys,
    fixtures: {
      idempotency: await idempotencyFixtures(db, `account:${pro.id}`, clock.now()),
      galleryId: gallery.id,
      expiredGalleryId: expired.id,
      deletableGalleryIds: deletable,
      eventId: event.id,
      webhookId: webhook.id,
      deletableWebhookId: deletableWebhook.id,
      deliveryId: delivery.id,
      photoIds: galleryPhotos.slice(0, 2),
      deletablePhotoId: galleryPhotos[2]!,
      share: {
        token: shared.token,
        photoIds: shared.photoIds,
        photoOfType: { 'image/jpeg': shared.photoIds[0]!, 'image/png': pngId!, 'image/webp': webpId! } as unknown as string,
        lockedToken: locked.token,
        fullToken: full.token,
        fullOtherPhotoId: full.photoIds[1]!,
        tooFewToken: tooFew.token,
        protectedToken: locked401.token,
        noDownloadsToken: noDownloads.token,
        noDownloadsPhotoId: noDownloads.photoIds[0]!,
        expiredToken: expiredRow.share_token,
        throttledToken: throttled.token,
      },
      limits: { shareRequestsPerMinute: config.share.requestsPerMinute, sharePasswordAttempts: config.share.passwordAttempts, photoMaxBytes: config.photos.maxBytes },
    },
    errorLog: () => errors,
    async close() {
      for (const { server } of [live, broken]) await closeServer(server);
      await database.close();
      await drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A key still running (its lease a day away) and a key answered for another request. */
async function idempotencyFixtures(db: Database['db'], scope: string, now: Date): Promise<{ inUse: string; reused: string }> {
  const day = new Date(now.getTime() + 86_400_000).toISOString();
  const base = { scope, created_at: now.toISOString(), expires_at: day, response_headers: '{}' };
  await db
    .insertInto('idempotency_keys')
    .values([
      { ...base, key: 'contract-in-use', state: 'running', fingerprint: null, locked_until: day, response_status: null, response_body: null, response_headers: null },
      { ...base, key: 'contract-reused', state: 'done', fingerprint: 'another request', locked_until: null, response_status: 201, response_body: '{}' },
    ])
    .execute();
  return { inUse: 'contract-in-use', reused: 'contract-reused' };
}
