// Serving an app on a free loopback port for a test, and closing it without
// waiting for idle keep-alive sockets.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { createHttpServer } from '../../src/server/http-server.js';

export interface Listening {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
}

/** Serves the app through the same HTTP server as production (time bounds, envelope for parser errors). */
export async function listenOnLoopback(app: { callback(): Parameters<typeof createHttpServer>[0] }, config: Config = loadConfig({})): Promise<Listening> {
  const server = createHttpServer(app.callback(), config.http, createLogger('silent')).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
