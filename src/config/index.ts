// Configuration from environment variables, checked once at start-up against
// their declarations (config/variables.ts) with Ajv, then shaped into Config.
import { resolve } from 'node:path';
import { serverUrl } from '../../generated/constants.js';
import { environment as checkEnvironmentValues, type CompiledValidator } from '../../generated/validators/environment.js';
import proxyaddr from 'proxy-addr';
import { BOOLEAN_WORDS, VARIABLES, type Environment, type Variable } from './variables.js';

export { VARIABLES, variablesHelp, variablesTable, environmentSchema, ENVIRONMENT_AJV_OPTIONS } from './variables.js';

export interface Config {
  port: number;
  host: string;
  /** `sqlite:<file>` (default, under dataDir) or `postgres://…`. */
  databaseUrl: string;
  dataDir: string;
  logLevel: Environment['LOG_LEVEL'];
  nodeEnv: string;
  production: boolean;
  rateLimit: { limit: number; windowSeconds: number };
  /** Share links are `${shareBaseUrl}/${token}`. */
  shareBaseUrl: string;
  /** Largest JSON body accepted, in bytes. */
  jsonBodyLimit: number;
  /** Redis URL of the rate-limit counters shared by several instances; in memory when unset. */
  rateLimitRedisUrl: string | null;
  /** How long a verified API key is trusted without a lookup (and so how late a revocation can bite); 0 disables. */
  apiKeyCacheSeconds: number;
  /** Refused API keys per client address per minute before that address gets 429. */
  authFailuresPerMinute: number;
  /** How long an Idempotency-Key's answer is kept (IDEMPOTENCY_KEY_HOURS). */
  idempotencyKeyHours: number;
  webhooks: WebhookConfig;
  photos: PhotoConfig;
  share: ShareConfig;
  /** The expiry scheduler runs in `serve` and `worker` unless EXPIRY_SCHEDULER=off. */
  expiryScheduler: boolean;
  /** Which proxies' X-Forwarded-For entries to believe for the client's address (TRUST_PROXY). */
  trustProxy: TrustProxy;
  http: HttpConfig;
}

export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: string[] };

/** TRUST_PROXY's value: false, true (= 1 hop), a number of hops, or a list of addresses/CIDRs (each checked by proxy-addr). */
function parseTrustProxy(raw: string, problems: string[]): TrustProxy {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === '0') return { kind: 'none' };
  if (value === 'true') return { kind: 'hops', hops: 1 };
  if (/^[0-9]{1,2}$/.test(value)) return { kind: 'hops', hops: Number(value) };
  const addresses = value.split(',').map((a) => a.trim());
  try {
    proxyaddr.compile(addresses);
  } catch (err) {
    problems.push(`TRUST_PROXY must list proxy addresses or CIDRs: ${(err as Error).message}`);
    return { kind: 'none' };
  }
  return { kind: 'addresses', addresses };
}

export interface HttpConfig {
  /** The whole request (headers and body) must arrive within this (408 otherwise). */
  requestTimeoutMs: number;
  /** The request line and headers must arrive within this. */
  headersTimeoutMs: number;
  /** How long a kept-alive connection waits for its next request. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; more are refused at the socket. */
  maxConnections: number;
  /** Connections one client address may hold (0: no cap; off by default behind a proxy). */
  maxConnectionsPerAddress: number;
  /** A body slower than this on average, past a grace period, is cut with 408 (0: no minimum). */
  minBodyBytesPerSecond: number;
}

export interface PhotoConfig {
  /** Largest accepted file (PHOTO_MAX_BYTES, default 50 MB); bigger → 413 naming the file. */
  maxBytes: number;
  /** Images decoded at once (IMAGE_CONCURRENCY). */
  imageConcurrency: number;
  /** Pixels being decoded at once (IMAGE_MEGAPIXELS_AT_ONCE). */
  imagePixelBudget: number;
  /** Images that may wait for their turn before an upload answers 503 (IMAGE_QUEUE_LENGTH). */
  imageQueueLength: number;
  /** Where originals and previews are kept: a local directory (DATA_DIR/photos) or S3-compatible storage. */
  storage: { kind: 'local'; directory: string } | { kind: 's3'; bucket: string; prefix: string; endpoint: string | null; region: string; forcePathStyle: boolean; accessKeyId: string | null; secretAccessKey: string | null };
}

export interface ShareConfig {
  /** How long an access token from the gallery password lasts. */
  accessTokenMinutes: number;
  /** Wrong-or-right password attempts per share link and client address, per 15 minutes. */
  passwordAttempts: number;
  /** Requests per minute from one client address to one share link. */
  requestsPerMinute: number;
}

export interface WebhookConfig {
  /**
   * 32-byte key (base64) that encrypts webhook secrets at rest (WEBHOOK_SECRET_KEY).
   * Required in production; in development it is generated into DATA_DIR on first start.
   */
  secretKey: string | null;
  /** Receivers on loopback/private/link-local addresses and plain http:// are accepted (default: outside production). */
  allowPrivateTargets: boolean;
  /** One delivery attempt's time limit. */
  timeoutMs: number;
  /** Seconds before attempt 1, 2, …: the first is 0 (at once); past the last, the delivery fails and the endpoint is disabled. */
  retrySchedule: number[];
  /** Attempts in flight at once: overall, and to one endpoint. */
  concurrency: number;
  endpointConcurrency: number;
  /** The worker looks for due deliveries at least this often (new events wake it at once). */
  pollMs: number;
  /** `serve` runs the delivery worker in its process unless this is false (DELIVERY_WORKER=off, for separate `piksend worker` processes). */
  inProcessWorker: boolean;
}

/** The Standard Webhooks retry schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h (WEBHOOK_RETRY_SCHEDULE's default). */
export const STANDARD_RETRY_SCHEDULE = VARIABLES.WEBHOOK_RETRY_SCHEDULE.default.split(',').map(Number);

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The environment checked against the declarations, by the validator `npm run generate` precompiled from them. */
const checkEnvironment: CompiledValidator = checkEnvironmentValues;

/** The problem with one variable, in the words of its declaration. */
function problemWith(name: string, raw: string | undefined): string {
  const v = (VARIABLES as Record<string, Variable>)[name]!;
  if (v.type === 'integer') return `${name} must be an integer from ${v.minimum} to ${v.maximum}, got "${raw}"`;
  if (v.type === 'boolean') return `${name} must be true or false, got "${raw}"`;
  if (v.enum) return `${name} must be one of ${v.enum.join(', ')}, got "${raw}"`;
  return `${name} must ${v.patternText ?? 'be valid'}, got "${raw}"`;
}

/** The environment checked against the declarations: every problem at once. */
function readEnvironment(env: NodeJS.ProcessEnv, problems: string[]): Environment {
  const input: Record<string, string> = {};
  for (const [name, v] of Object.entries(VARIABLES as Record<string, Variable>)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    input[name] = v.type === 'boolean' ? raw.toLowerCase() : raw;
  }
  const values: Record<string, unknown> = { ...input };
  if (!checkEnvironment(values)) {
    const bad = new Set((checkEnvironment.errors ?? []).map((e) => e.instancePath.slice(1)));
    for (const name of bad) {
      problems.push(problemWith(name, env[name]));
      const fallback: unknown = (VARIABLES as Record<string, Variable>)[name]!.default;
      if (fallback === undefined) delete values[name];
      else values[name] = fallback;
    }
  }
  for (const [name, v] of Object.entries(VARIABLES as Record<string, Variable>)) {
    if (v.type === 'boolean' && typeof values[name] === 'string') values[name] = (BOOLEAN_WORDS.true as readonly string[]).includes(values[name] as string);
  }
  return values as Environment;
}

/** Where production's share links live: the public site's `/g` (the origin of the spec's server URL). */
const PUBLIC_SHARE_BASE_URL = `${new URL(serverUrl).origin}/g`;

/** This server's own page, outside production: a local `share_url` opens the local page. */
function localShareBaseUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/g`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const e = readEnvironment(env, problems);
  const production = e.NODE_ENV === 'production';
  const dataDir = resolve(e.DATA_DIR);

  const retrySchedule = e.WEBHOOK_RETRY_SCHEDULE.split(',').map((part) => Number(part.trim()));
  if (retrySchedule.some((n) => n > 7 * 86400)) problems.push(problemWith('WEBHOOK_RETRY_SCHEDULE', env.WEBHOOK_RETRY_SCHEDULE));
  const secretKey = e.WEBHOOK_SECRET_KEY ?? null;
  if (secretKey !== null && Buffer.from(secretKey, 'base64').length !== 32) {
    problems.push('WEBHOOK_SECRET_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
  }
  if (secretKey === null && production) {
    problems.push('WEBHOOK_SECRET_KEY is required in production: 32 random bytes in base64 (`openssl rand -base64 32`); it encrypts webhook secrets at rest');
  }
  if (e.STORAGE === 's3' && !e.S3_BUCKET) problems.push('S3_BUCKET is required when STORAGE=s3');
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) problems.push('HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS');
  const trustProxy = parseTrustProxy(e.TRUST_PROXY, problems);
  if (problems.length) throw new ConfigError(problems);

  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${resolve(dataDir, 'piksend.sqlite')}`,
    dataDir,
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    production,
    rateLimit: { limit: e.RATE_LIMIT_PER_MINUTE, windowSeconds: 60 },
    shareBaseUrl: (e.SHARE_BASE_URL ?? (production ? PUBLIC_SHARE_BASE_URL : localShareBaseUrl(e.HOST, e.PORT))).replace(/\/$/, ''),
    jsonBodyLimit: e.JSON_BODY_LIMIT_BYTES,
    apiKeyCacheSeconds: e.API_KEY_CACHE_SECONDS,
    authFailuresPerMinute: e.AUTH_FAILURES_PER_MINUTE,
    idempotencyKeyHours: e.IDEMPOTENCY_KEY_HOURS,
    rateLimitRedisUrl: e.RATE_LIMIT_REDIS_URL ?? null,
    webhooks: {
      secretKey,
      allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? !production,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retrySchedule,
      concurrency: e.WEBHOOK_CONCURRENCY,
      endpointConcurrency: e.WEBHOOK_ENDPOINT_CONCURRENCY,
      pollMs: e.WEBHOOK_POLL_MS,
      inProcessWorker: e.DELIVERY_WORKER,
    },
    photos: {
      maxBytes: e.PHOTO_MAX_BYTES,
      imageConcurrency: e.IMAGE_CONCURRENCY,
      imagePixelBudget: e.IMAGE_MEGAPIXELS_AT_ONCE * 1_000_000,
      imageQueueLength: e.IMAGE_QUEUE_LENGTH,
      storage:
        e.STORAGE === 's3'
          ? {
              kind: 's3',
              bucket: e.S3_BUCKET ?? '',
              prefix: e.S3_PREFIX.replace(/^\/+/, ''),
              endpoint: e.S3_ENDPOINT ?? null,
              region: e.S3_REGION,
              forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
              accessKeyId: e.S3_ACCESS_KEY_ID ?? null,
              secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? null,
            }
          : { kind: 'local', directory: resolve(dataDir, 'photos') },
    },
    share: {
      accessTokenMinutes: e.SHARE_ACCESS_TOKEN_MINUTES,
      passwordAttempts: e.SHARE_PASSWORD_ATTEMPTS,
      requestsPerMinute: e.SHARE_REQUESTS_PER_MINUTE,
    },
    expiryScheduler: e.EXPIRY_SCHEDULER,
    trustProxy,
    http: {
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.MAX_CONNECTIONS,
      maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS ?? (trustProxy.kind === 'none' ? 100 : 0),
      minBodyBytesPerSecond: e.MIN_BODY_BYTES_PER_SECOND,
    },
  };
}
