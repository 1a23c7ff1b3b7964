// Configuration from environment variables, checked once at start-up.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** `sqlite:<file>` (default, under dataDir) or `postgres://…`. */
  databaseUrl: string;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
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
  webhooks: WebhookConfig;
  photos: PhotoConfig;
  share: ShareConfig;
  /** The expiry scheduler runs in `serve` and `worker` unless EXPIRY_SCHEDULER=off. */
  expiryScheduler: boolean;
  /** Trust X-Forwarded-For for the client's address (behind a load balancer). */
  trustProxy: boolean;
  http: HttpConfig;
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
}

export interface PhotoConfig {
  /** Largest accepted file (PHOTO_MAX_BYTES, default 50 MB); bigger → 413 naming the file. */
  maxBytes: number;
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

/** The Standard Webhooks retry schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
export const STANDARD_RETRY_SCHEDULE = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const nodeEnv = env.NODE_ENV || 'development';
  const dataDir = resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || `sqlite:${resolve(dataDir, 'piksend.sqlite')}`;
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// (or postgresql://) or sqlite:');
  }
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const shareBaseUrl = (env.SHARE_BASE_URL || 'https://piksend.com/g').replace(/\/$/, '');
  if (!/^https?:\/\/[^/]+/.test(shareBaseUrl)) problems.push(`SHARE_BASE_URL must be an http(s) URL, got "${shareBaseUrl}"`);

  const config: Config = {
    port: integer('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir,
    logLevel,
    nodeEnv,
    production: nodeEnv === 'production',
    rateLimit: {
      limit: integer('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
      windowSeconds: 60,
    },
    shareBaseUrl,
    jsonBodyLimit: integer('JSON_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 50 * 1024 * 1024),
    apiKeyCacheSeconds: integer('API_KEY_CACHE_SECONDS', 10, 0, 300),
    authFailuresPerMinute: integer('AUTH_FAILURES_PER_MINUTE', 20, 1, 100_000),
    rateLimitRedisUrl: env.RATE_LIMIT_REDIS_URL || null,
    webhooks: undefined as unknown as WebhookConfig,
    photos: undefined as unknown as PhotoConfig,
    share: undefined as unknown as ShareConfig,
    expiryScheduler: true,
    trustProxy: false,
    http: undefined as unknown as HttpConfig,
  };
  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(true|1|yes|on)$/i.test(raw)) return true;
    if (/^(false|0|no|off)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };
  let retrySchedule = STANDARD_RETRY_SCHEDULE;
  if (env.WEBHOOK_RETRY_SCHEDULE) {
    const parsed = env.WEBHOOK_RETRY_SCHEDULE.split(',').map((part) => Number(part.trim()));
    if (parsed.length < 1 || parsed.length > 50 || parsed.some((n) => !Number.isFinite(n) || n < 0 || n > 7 * 86400)) {
      problems.push(`WEBHOOK_RETRY_SCHEDULE must be 1 to 50 comma-separated delays in seconds (0 to 604800), got "${env.WEBHOOK_RETRY_SCHEDULE}"`);
    } else {
      retrySchedule = parsed;
    }
  }
  const secretKey = env.WEBHOOK_SECRET_KEY || null;
  if (secretKey !== null && Buffer.from(secretKey, 'base64').length !== 32) {
    problems.push('WEBHOOK_SECRET_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
  }
  if (secretKey === null && config.production) {
    problems.push('WEBHOOK_SECRET_KEY is required in production: 32 random bytes in base64 (`openssl rand -base64 32`); it encrypts webhook secrets at rest');
  }
  config.webhooks = {
    secretKey,
    allowPrivateTargets: boolean('WEBHOOK_ALLOW_PRIVATE_TARGETS', !config.production),
    timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 15_000, 100, 60_000),
    retrySchedule,
    concurrency: integer('WEBHOOK_CONCURRENCY', 50, 1, 1000),
    endpointConcurrency: integer('WEBHOOK_ENDPOINT_CONCURRENCY', 10, 1, 100),
    pollMs: integer('WEBHOOK_POLL_MS', 1000, 10, 60_000),
    inProcessWorker: boolean('DELIVERY_WORKER', true),
  };
  const storageKind = env.STORAGE || 'local';
  if (storageKind !== 'local' && storageKind !== 's3') problems.push(`STORAGE must be local or s3, got "${storageKind}"`);
  if (storageKind === 's3' && !env.S3_BUCKET) problems.push('S3_BUCKET is required when STORAGE=s3');
  config.photos = {
    maxBytes: integer('PHOTO_MAX_BYTES', 50 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    storage:
      storageKind === 's3'
        ? {
            kind: 's3',
            bucket: env.S3_BUCKET ?? '',
            prefix: (env.S3_PREFIX ?? '').replace(/^\/+/, ''),
            endpoint: env.S3_ENDPOINT || null,
            region: env.S3_REGION || 'us-east-1',
            forcePathStyle: boolean('S3_FORCE_PATH_STYLE', Boolean(env.S3_ENDPOINT)),
            accessKeyId: env.S3_ACCESS_KEY_ID || null,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
          }
        : { kind: 'local', directory: resolve(dataDir, 'photos') },
  };
  config.share = {
    accessTokenMinutes: integer('SHARE_ACCESS_TOKEN_MINUTES', 120, 1, 7 * 24 * 60),
    passwordAttempts: integer('SHARE_PASSWORD_ATTEMPTS', 10, 1, 10_000),
    requestsPerMinute: integer('SHARE_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
  };
  config.expiryScheduler = boolean('EXPIRY_SCHEDULER', true);
  config.trustProxy = boolean('TRUST_PROXY', false);
  config.http = {
    requestTimeoutMs: integer('REQUEST_TIMEOUT_MS', 60_000, 1_000, 3_600_000),
    headersTimeoutMs: integer('HEADERS_TIMEOUT_MS', 10_000, 500, 120_000),
    keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 120_000),
    maxConnections: integer('MAX_CONNECTIONS', 1_000, 10, 100_000),
  };
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) problems.push('HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS');
  if (config.rateLimitRedisUrl && !/^rediss?:\/\//.test(config.rateLimitRedisUrl)) {
    problems.push('RATE_LIMIT_REDIS_URL must start with redis:// or rediss://');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
