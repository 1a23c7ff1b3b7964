// Running the API: open and migrate the database, listen, run the webhook
// delivery worker and the expiry scheduler in the process (unless
// DELIVERY_WORKER=off / EXPIRY_SCHEDULER=off), and shut down gracefully (stop
// accepting, finish in-flight requests and delivery attempts, close the database).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { Config } from '../config/index.js';
import type { DeliveryWakeUp, WakeUp } from '../context.js';
import { EXPIRY_CHANNEL, notifyChannel } from '../db/wake-ups.js';
import { openDatabase, type Database } from '../db/connect.js';
import { createAccountVersions } from '../db/account-versions.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimitStore } from '../rate-limit/rate-limit.js';
import { RedisRateLimitStore } from '../rate-limit/redis-store.js';
import { createDeliveryWorker, notifyDeliveries, type DeliveryWorker } from '../webhooks/delivery-worker.js';
import { createSecretBox, resolveSecretKey, type SecretBox } from '../webhooks/secret-box.js';
import type { Resolver } from '../webhooks/url-safety.js';
import { createExpiryScheduler } from '../scheduler/expiry.js';
import { createStorage } from '../storage/storage.js';
import { createApp } from './app.js';
import { createHttpServer } from './http-server.js';

/** Where to LISTEN for other processes' wake-ups: the database itself, on PostgreSQL. */
export const listenUrlOf = (config: Config, database: Database) => (database.dialect === 'postgres' ? config.databaseUrl : undefined);

export interface RunningServer {
  url: string;
  server: Server;
  database: Database;
  worker: DeliveryWorker | null;
  close(): Promise<void>;
}

/** The delivery worker of this process (if any) and the workers of other processes (PostgreSQL NOTIFY), told after each commit. */
export function wakeUpDeliveries(database: Database, worker: DeliveryWorker | null, logger: Logger): DeliveryWakeUp {
  return {
    wake() {
      worker?.wake();
      notifyDeliveries(database).catch((err: unknown) => logger.warn({ err }, 'could not notify delivery workers; they will poll'));
    },
  };
}

/** The expiry scheduler of this process (if any) and those of other processes (PostgreSQL NOTIFY), told when an expiry changed. */
export function wakeUpExpiry(database: Database, scheduler: WakeUp | null, logger: Logger): WakeUp {
  return {
    wake() {
      scheduler?.wake();
      notifyChannel(database, EXPIRY_CHANNEL).catch((err: unknown) => logger.warn({ err }, 'could not notify expiry schedulers; they look every minute'));
    },
  };
}

/** The worker alone (`piksend worker`, or inside `serve`). */
export async function startDeliveryWorker(
  config: Config,
  deps: { logger: Logger; database: Database; secretBox: SecretBox; clock?: Clock; resolver?: Resolver },
): Promise<DeliveryWorker> {
  const worker = deliveryWorkerFor(config, deps);
  await worker.start();
  return worker;
}

function deliveryWorkerFor(config: Config, deps: { logger: Logger; database: Database; secretBox: SecretBox; clock?: Clock; resolver?: Resolver }): DeliveryWorker {
  return createDeliveryWorker({
    database: deps.database,
    clock: deps.clock ?? systemClock,
    logger: deps.logger,
    config: config.webhooks,
    secretBox: deps.secretBox,
    resolver: deps.resolver,
    listenUrl: listenUrlOf(config, deps.database),
  });
}

export async function startServer(
  config: Config,
  deps: { logger: Logger; clock?: Clock; database?: Database; rateLimitStore?: RateLimitStore; resolver?: Resolver },
): Promise<RunningServer> {
  const database = deps.database ?? openDatabase(config.databaseUrl);
  await database.migrate();
  const secretBox = createSecretBox(await resolveSecretKey(config, deps.logger));
  // Created now, started once the port is bound: a server that cannot listen starts no background work.
  const worker = config.webhooks.inProcessWorker ? deliveryWorkerFor(config, { logger: deps.logger, database, secretBox, clock: deps.clock, resolver: deps.resolver }) : null;
  const redisStore = !deps.rateLimitStore && config.rateLimitRedisUrl ? new RedisRateLimitStore(config.rateLimitRedisUrl, deps.logger) : undefined;
  await redisStore?.ready();
  const rateLimitStore = deps.rateLimitStore ?? redisStore;
  const storage = createStorage(config.photos.storage);
  const deliveries = wakeUpDeliveries(database, worker, deps.logger);
  const expiry = config.expiryScheduler
    ? createExpiryScheduler({ database, clock: deps.clock ?? systemClock, logger: deps.logger, config, deliveries, listenUrl: listenUrlOf(config, database) })
    : null;
  // Versions kept in memory; on PostgreSQL, while this instance LISTENs for every account's changes.
  const versions = createAccountVersions(database, { listenUrl: listenUrlOf(config, database), logger: deps.logger });
  const app = createApp({
    config,
    database,
    versions,
    clock: deps.clock ?? systemClock,
    logger: deps.logger,
    rateLimitStore,
    secretBox,
    deliveries,
    storage,
    expiry: wakeUpExpiry(database, expiry, deps.logger),
  });
  const server = createHttpServer(app.callback(), config.http, deps.logger).listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (err: unknown) => {
    await Promise.all([storage.close(), rateLimitStore?.close?.(), versions.close(), database.close()].map((p) => Promise.resolve(p).catch(() => undefined)));
    throw err;
  });
  await worker?.start();
  expiry?.start();
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    server,
    database,
    worker,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
          server.closeIdleConnections();
        });
        // Attempts in flight get a few seconds; the rest are released and sent again later.
        await expiry?.stop();
        await worker?.stop(Math.min(config.webhooks.timeoutMs, 5_000));
        await storage.close();
        await rateLimitStore?.close?.();
        await versions.close();
        await database.close();
      })();
      return closing;
    },
  };
}
