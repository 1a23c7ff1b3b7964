// Baseline: the data work of our list and get alone — a bare Koa route running
// the same SQL through the same driver and pool as the server (the domain's
// own listGalleries/getGallery on openDatabase), and nothing else: no
// authentication, validation, ETag, rate limit, logging or error envelope.
// What our server serves beside it, as a ratio, is how much of a request is
// spent outside the data work.
//   BENCH_ACCOUNT_ID, BENCH_GALLERY_ID, DATABASE_URL, PORT
import Koa from 'koa';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/index.js';
import { noDeliveryWorker, noExpiryScheduler } from '../../src/context.js';
import { openDatabase } from '../../src/db/connect.js';
import { getGallery, listGalleries } from '../../src/galleries/galleries.js';
import { createLogger } from '../../src/logging/logger.js';
import { paginatedText } from '../../src/pagination.js';
import { createStorage } from '../../src/storage/storage.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', WEBHOOK_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') });
const database = openDatabase(config.databaseUrl);
const ctx = {
  db: database.db,
  clock: systemClock,
  config,
  logger: createLogger('silent'),
  deliveries: noDeliveryWorker,
  expiry: noExpiryScheduler,
  storage: createStorage(config.photos.storage),
};
const accountId = process.env.BENCH_ACCOUNT_ID!;
const galleryId = process.env.BENCH_GALLERY_ID!;
const query = { page: 1, per_page: 20 };

const app = new Koa();
app.use(async (koa) => {
  if (koa.path === '/api/v1/galleries') {
    koa.type = 'application/json';
    koa.body = paginatedText(await listGalleries(ctx, accountId, query), query).text;
  } else if (koa.path === `/api/v1/galleries/${galleryId}`) {
    koa.body = { data: await getGallery(ctx, accountId, galleryId) };
  } else if (koa.path === '/ready') {
    koa.body = 'ready';
  } else {
    koa.status = 404;
  }
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
