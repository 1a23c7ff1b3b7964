// An isolated, real API server for a test: its own database (SQLite file or a
// fresh PostgreSQL database), createApp on a real port, and a fetch wrapper
// that checks every response against the contract.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createAccount, ensureTestScope, type Account, type Plan } from '../../src/accounts/accounts.js';
import { createApiKey } from '../../src/accounts/api-keys.js';
import { loadConfig, type Config } from '../../src/config/index.js';
import { createAccountVersions } from '../../src/db/account-versions.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { createLogger } from '../../src/logging/logger.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { createPikSendClient, type PikSendClient } from '../../src/client/index.js';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/webhooks/delivery-worker.js';
import { createSecretBox } from '../../src/webhooks/secret-box.js';
import { createExpiryScheduler, type ExpiryScheduler } from '../../src/scheduler/expiry.js';
import { createStorage } from '../../src/storage/storage.js';
import type { Resolver } from '../../src/webhooks/url-safety.js';
import { testClock, type TestClock } from './clock.js';
import { checkResponse } from './contract.js';
import { createTestDatabase, type DialectName } from './databases.js';
import { closeServer, listenOnLoopback } from './http.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  text: string;
  /** The body as received (files, zips). */
  bytes: Buffer;
  body: T;
}

export interface RequestOptions {
  key?: string;
  body?: unknown;
  rawBody?: string | Buffer;
  /** A multipart/form-data body (uploads). */
  form?: FormData;
  headers?: Record<string, string>;
}

export interface TestServer {
  baseUrl: string;
  apiUrl: string;
  database: Database;
  clock: TestClock;
  config: Config;
  logs: () => string;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  newAccount(plan?: Plan): Promise<{ account: Account; key: string }>;
  /** A `pk_test_` key of the account: its test mode (scope: what the key acts as). */
  testModeKey(account: Account): Promise<{ scope: Account; key: string }>;
  client(key?: string): PikSendClient;
  /** The delivery worker, when the server was started with one. */
  worker: DeliveryWorker | null;
  /** The expiry scheduler, when the server was started with one. */
  expiry: ExpiryScheduler | null;
  close(): Promise<void>;
}

/** The key that encrypts webhook secrets in test servers (one per test process, never written anywhere). */
export const TEST_WEBHOOK_SECRET_KEY = randomBytes(32).toString('base64');

export interface TestServerOptions {
  env?: Record<string, string>;
  handlers?: AppOptions['handlers'];
  /** Run a webhook delivery worker beside the app (with a clock that runs in real time). */
  worker?: boolean | { resolver?: Resolver };
  /** Run the expiry scheduler (it sleeps until the next due expiry, as in production). */
  expiry?: boolean;
  /** The rate-limit store (in memory by default). */
  rateLimitStore?: AppOptions['rateLimitStore'];
}

export async function startTestServer(dialect: DialectName, options: TestServerOptions = {}): Promise<TestServer> {
  const { url, drop } = await createTestDatabase(dialect);
  const dataDir = await mkdtemp(join(tmpdir(), 'piksend-data-'));
  const config = loadConfig({
    DATABASE_URL: url,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    NODE_ENV: 'test',
    WEBHOOK_SECRET_KEY: TEST_WEBHOOK_SECRET_KEY,
    // The public default: this server listens on a port of its own, not PORT's (the local default is tested through the CLI).
    SHARE_BASE_URL: 'https://piksend.com/g',
    ...options.env,
  });
  const database = openDatabase(url, { poolSize: 4 });
  await database.migrate();
  let logText = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      logText += chunk.toString();
      done();
    },
  });
  const clock = testClock(new Date(), { running: Boolean(options.worker) });
  const logger = createLogger('info', sink);
  const secretBox = createSecretBox(TEST_WEBHOOK_SECRET_KEY);
  const worker = options.worker
    ? createDeliveryWorker({
        database,
        clock,
        logger,
        config: config.webhooks,
        secretBox,
        resolver: typeof options.worker === 'object' ? options.worker.resolver : undefined,
        listenUrl: dialect === 'postgres' ? url : undefined,
      })
    : null;
  await worker?.start();
  const deliveries = { wake: () => worker?.wake() };
  const storage = createStorage(config.photos.storage);
  const expiry = options.expiry ? createExpiryScheduler({ database, clock, logger, config, deliveries }) : null;
  expiry?.start();
  // As startServer keeps them: on PostgreSQL, while this server LISTENs for account changes.
  const versions = createAccountVersions(database, { listenUrl: dialect === 'postgres' ? url : undefined, logger });
  const app = createApp({ config, database, clock, logger, handlers: options.handlers, secretBox, deliveries, storage, expiry: expiry ?? undefined, rateLimitStore: options.rateLimitStore, versions });
  const { server, baseUrl } = await listenOnLoopback(app, config);
  const apiUrl = `${baseUrl}/api/v1`;
  let accounts = 0;

  // Checks every response a test receives against openapi.yaml.
  const checkedFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    checkResponse(request.method, request.url, response.status, response.headers, text);
    return new Response([204, 304].includes(response.status) ? null : bytes, { status: response.status, headers: response.headers });
  };

  return {
    baseUrl,
    apiUrl,
    database,
    clock,
    config,
    logs: () => logText,
    async request(method, path, { key, body, rawBody, form, headers = {} } = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (key) (init.headers as Record<string, string>).Authorization = `Bearer ${key}`;
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
      }
      if (rawBody !== undefined) init.body = rawBody;
      if (form !== undefined) init.body = form;
      const response = await checkedFetch(`${apiUrl}${path}`, init);
      const bytes = Buffer.from(await response.arrayBuffer());
      const text = bytes.toString('utf8');
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, text, bytes, body: parsed as any };
    },
    async newAccount(plan = 'pro') {
      const account = await createAccount({ db: database.db, clock }, { email: `photographer${++accounts}@example.com`, plan });
      const { key } = await createApiKey({ db: database.db, clock }, account, 'test');
      return { account, key };
    },
    async testModeKey(account) {
      const scope = await ensureTestScope({ db: database.db, clock }, account);
      const { key } = await createApiKey({ db: database.db, clock }, scope, 'test mode');
      return { scope, key };
    },
    client(key) {
      return createPikSendClient({ baseUrl: apiUrl, apiKey: key, fetch: checkedFetch });
    },
    worker,
    expiry,
    async close() {
      await closeServer(server);
      await expiry?.stop();
      await worker?.stop(1_000);
      await storage.close();
      await options.rateLimitStore?.close?.();
      await versions.close();
      await database.close();
      await drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

import { afterAll, beforeAll, describe } from 'vitest';
import { DIALECTS, dialectAvailable } from './dialects.js';

/** Runs a suite once per database (SQLite always, PostgreSQL when reachable), each with its own server. */
export function describeOnEachDatabase(
  title: string,
  suite: (server: () => TestServer, dialect: DialectName) => void,
  options: TestServerOptions = {},
): void {
  for (const dialect of DIALECTS) {
    describe.skipIf(!dialectAvailable(dialect))(`${title} [${dialect}]`, () => {
      let server: TestServer;
      beforeAll(async () => {
        server = await startTestServer(dialect, options);
      });
      afterAll(() => server?.close());
      suite(() => server, dialect);
    });
  }
}
