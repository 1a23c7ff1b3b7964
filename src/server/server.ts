// Running the API: open and migrate the database, listen, and shut down
// gracefully (stop accepting, finish in-flight requests, close the database).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import type { Config } from '../config/index.js';
import { openDatabase, type Database } from '../db/connect.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimitStore } from '../rate-limit/rate-limit.js';
import { RedisRateLimitStore } from '../rate-limit/redis-store.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  server: Server;
  database: Database;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  deps: { logger: Logger; clock?: Clock; database?: Database; rateLimitStore?: RateLimitStore },
): Promise<RunningServer> {
  const database = deps.database ?? openDatabase(config.databaseUrl);
  await database.migrate();
  const rateLimitStore = deps.rateLimitStore ?? (config.rateLimitRedisUrl ? new RedisRateLimitStore(config.rateLimitRedisUrl) : undefined);
  const app = createApp({ config, database, clock: deps.clock ?? systemClock, logger: deps.logger, rateLimitStore });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    server,
    database,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
          server.closeIdleConnections();
        });
        await rateLimitStore?.close?.();
        await database.close();
      })();
      return closing;
    },
  };
}
