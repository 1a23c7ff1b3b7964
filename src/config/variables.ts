// Every environment variable the server reads, declared once: its type,
// default, bounds and meaning. From this come the JSON Schema Ajv checks the
// environment against (config/index.ts), the error messages, the typed
// values loadConfig builds Config from, the CLI's --help list and the
// README's table (a test holds the README to it).

interface Common {
  /** What it does, one sentence for the README and --help. */
  readonly description: string;
  /** The default as the README shows it, where it is computed (from another variable, or from NODE_ENV). */
  readonly shownDefault?: string;
}
interface IntegerVariable extends Common {
  readonly type: 'integer';
  /** Absent: computed (see shownDefault). */
  readonly default?: number;
  readonly minimum: number;
  readonly maximum: number;
}
interface StringVariable extends Common {
  readonly type: 'string';
  readonly default?: string;
  readonly enum?: readonly string[];
  /** A regular expression the value must match, and what it means in words (for the error). */
  readonly pattern?: string;
  readonly patternText?: string;
}
interface BooleanVariable extends Common {
  readonly type: 'boolean';
  /** Absent: computed (see shownDefault). */
  readonly default?: boolean;
}
export type Variable = IntegerVariable | StringVariable | BooleanVariable;

/** true/1/yes/on and false/0/no/off, any case. */
export const BOOLEAN_WORDS = { true: ['true', '1', 'yes', 'on'], false: ['false', '0', 'no', 'off'] } as const;

export const VARIABLES = {
  PORT: { type: 'integer', default: 3000, minimum: 0, maximum: 65535, description: 'where to listen' },
  HOST: { type: 'string', default: '127.0.0.1', description: 'the address to listen on (`0.0.0.0` in a container)' },
  DATABASE_URL: {
    type: 'string',
    shownDefault: 'sqlite:$DATA_DIR/piksend.sqlite',
    pattern: '^(sqlite:|postgres(ql)?://)',
    patternText: 'start with postgres:// (or postgresql://) or sqlite:',
    description: '`sqlite:<file>` or `postgres://user@host:5432/db` (several instances share one PostgreSQL)',
  },
  DATA_DIR: { type: 'string', default: './data', description: 'where the SQLite file (and photo originals) live' },
  LOG_LEVEL: {
    type: 'string',
    default: 'info',
    enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    description: 'pino level; logs are JSON lines with the request id, secrets redacted',
  },
  NODE_ENV: {
    type: 'string',
    default: 'development',
    description: '`production` disables the demo account, requires WEBHOOK_SECRET_KEY and refuses private webhook targets',
  },
  RATE_LIMIT_PER_MINUTE: {
    type: 'integer',
    default: 600,
    minimum: 1,
    maximum: 1_000_000,
    description: 'requests per account per minute, all its keys sharing the budget (per-account override in the database)',
  },
  RATE_LIMIT_REDIS_URL: {
    type: 'string',
    shownDefault: 'unset',
    pattern: '^rediss?://',
    patternText: 'start with redis:// or rediss://',
    description:
      'instances behind one load balancer share their counters in Redis (in memory when unset). If Redis stops answering, a request waits at most one 100 ms command timeout, limits are counted in memory until it is back (re-probed every second), the outage is logged once, and `/health` says `degraded`',
  },
  AUTH_FAILURES_PER_MINUTE: {
    type: 'integer',
    default: 20,
    minimum: 1,
    maximum: 100_000,
    description: 'refused API keys per client address per minute; past it, that address gets 429 (with `Retry-After`) without its keys being looked up',
  },
  REQUEST_TIMEOUT_MS: { type: 'integer', default: 60_000, minimum: 1_000, maximum: 3_600_000, description: 'the whole request must arrive within this (408 in the envelope otherwise)' },
  HEADERS_TIMEOUT_MS: { type: 'integer', default: 10_000, minimum: 500, maximum: 120_000, description: 'the request line and headers must arrive within this (at most REQUEST_TIMEOUT_MS)' },
  KEEP_ALIVE_TIMEOUT_MS: { type: 'integer', default: 5_000, minimum: 100, maximum: 120_000, description: 'how long an idle kept-alive connection waits for its next request' },
  MAX_CONNECTIONS: { type: 'integer', default: 1_000, minimum: 10, maximum: 100_000, description: 'connections open at once (more are refused at the socket)' },
  MAX_CONNECTIONS_PER_ADDRESS: {
    type: 'integer',
    shownDefault: '`100`, or `0` (no cap) when `TRUST_PROXY` is set',
    minimum: 0,
    maximum: 100_000,
    description:
      'connections one client address may hold open at once when clients connect directly (more are refused at the socket), so a crowd from one address cannot take them all; behind a load balancer every connection comes from it, and the balancer caps per client instead (deploy/haproxy.cfg)',
  },
  MIN_BODY_BYTES_PER_SECOND: {
    type: 'integer',
    default: 1024,
    minimum: 0,
    maximum: 1_000_000_000,
    description: 'a request body arriving slower than this, on average, after its first 5 seconds is cut with 408 (`0`: no minimum): a trickled body cannot hold a connection for the whole REQUEST_TIMEOUT_MS',
  },
  SHARE_BASE_URL: {
    type: 'string',
    shownDefault: '`http://HOST:PORT/g` (this server) outside production, `https://piksend.com/g` in production',
    pattern: '^https?://[^/]+',
    patternText: 'be an http(s) URL',
    description: "prefix of galleries' `share_url`; the client's page is served at its path",
  },
  JSON_BODY_LIMIT_BYTES: { type: 'integer', default: 1_048_576, minimum: 1024, maximum: 52_428_800, description: 'largest JSON body (bigger → 413)' },
  API_KEY_CACHE_SECONDS: {
    type: 'integer',
    default: 10,
    minimum: 0,
    maximum: 300,
    description: 'how long a verified key is trusted without a lookup, so a revoked key stops working within this bound (`0`: every request looks it up)',
  },
  WEBHOOK_SECRET_KEY: {
    type: 'string',
    shownDefault: 'generated into `DATA_DIR/webhook-secret-key` outside production',
    description:
      '32 random bytes in base64 (`openssl rand -base64 32`) that encrypt webhook secrets at rest (AES-256-GCM). **Required in production**: the server refuses to start without it. Losing it orphans every webhook secret',
  },
  WEBHOOK_ALLOW_PRIVATE_TARGETS: {
    type: 'boolean',
    shownDefault: '`true` outside production, `false` in production',
    description: 'allow webhook URLs over plain `http://` and to loopback, private, link-local and metadata addresses (a warning is logged at start when on)',
  },
  WEBHOOK_TIMEOUT_MS: { type: 'integer', default: 15_000, minimum: 100, maximum: 60_000, description: "one delivery attempt's time limit" },
  WEBHOOK_RETRY_SCHEDULE: {
    type: 'string',
    default: '0,5,300,1800,7200,18000,36000,50400,72000,86400',
    pattern: '^\\s*\\d+(\\.\\d+)?\\s*(,\\s*\\d+(\\.\\d+)?\\s*){0,49}$',
    patternText: 'be 1 to 50 comma-separated delays in seconds (0 to 604800)',
    description: 'seconds before each attempt (Standard Webhooks); ±10% jitter; past the last the delivery fails and the endpoint is disabled',
  },
  WEBHOOK_CONCURRENCY: { type: 'integer', default: 50, minimum: 1, maximum: 1000, description: 'delivery attempts in flight at once' },
  WEBHOOK_ENDPOINT_CONCURRENCY: { type: 'integer', default: 10, minimum: 1, maximum: 100, description: 'delivery attempts in flight to one endpoint' },
  WEBHOOK_POLL_MS: { type: 'integer', default: 1000, minimum: 10, maximum: 60_000, description: 'how often the worker looks for due retries (new events wake it at once)' },
  DELIVERY_WORKER: {
    type: 'boolean',
    default: true,
    description: '`serve` runs the webhook delivery worker in its process; `off` when separate `piksend worker` processes do the sending',
  },
  EXPIRY_SCHEDULER: {
    type: 'boolean',
    default: true,
    description: '`serve` and `worker` expire galleries whose `expires_at` passed (several instances may run it: each gallery expires, and fires `gallery.expired`, exactly once)',
  },
  PHOTO_MAX_BYTES: { type: 'integer', default: 52_428_800, minimum: 1024, maximum: 1_073_741_824, description: 'largest photo file accepted (bigger → 413 naming the file)' },
  IDEMPOTENCY_KEY_HOURS: {
    type: 'integer',
    default: 24,
    minimum: 1,
    maximum: 720,
    description: 'how long the answer to a POST with an `Idempotency-Key` is kept for its retries',
  },
  IMAGE_CONCURRENCY: {
    type: 'integer',
    default: 4,
    minimum: 1,
    maximum: 64,
    description: 'images decoded at once (their previews made), at most',
  },
  IMAGE_MEGAPIXELS_AT_ONCE: {
    type: 'integer',
    default: 250,
    minimum: 1,
    maximum: 100_000,
    description: 'megapixels being decoded at once, at most: decoding takes about 1.2 bytes per pixel (250 MP ≈ 300 MB), so this bounds the memory uploads use; a larger image runs alone',
  },
  IMAGE_QUEUE_LENGTH: {
    type: 'integer',
    default: 32,
    minimum: 0,
    maximum: 10_000,
    description: 'uploaded images that may wait for their turn; past it, an upload answers 503 with `Retry-After`',
  },
  STORAGE: {
    type: 'string',
    default: 'local',
    enum: ['local', 's3'],
    description: '`local`: originals and previews under `DATA_DIR/photos`; `s3`: S3-compatible object storage, so several instances share the photos',
  },
  S3_BUCKET: { type: 'string', shownDefault: '—', description: 'the bucket (required when `STORAGE=s3`)' },
  S3_ENDPOINT: { type: 'string', shownDefault: 'AWS', description: 'an S3-compatible endpoint (MinIO, R2…)' },
  S3_REGION: { type: 'string', default: 'us-east-1', description: 'the region' },
  S3_ACCESS_KEY_ID: { type: 'string', shownDefault: 'SDK defaults', description: 'credentials (fall back to the SDK\'s usual chain)' },
  S3_SECRET_ACCESS_KEY: { type: 'string', shownDefault: 'SDK defaults', description: 'credentials (fall back to the SDK\'s usual chain)' },
  S3_FORCE_PATH_STYLE: { type: 'boolean', shownDefault: 'on when an endpoint is set', description: 'path-style bucket addressing' },
  S3_PREFIX: { type: 'string', default: '', description: 'a key prefix for every object' },
  SHARE_ACCESS_TOKEN_MINUTES: { type: 'integer', default: 120, minimum: 1, maximum: 10_080, description: 'how long the access token from a gallery password lasts' },
  SHARE_PASSWORD_ATTEMPTS: { type: 'integer', default: 10, minimum: 1, maximum: 10_000, description: 'password attempts per share link and client address per 15 minutes (then 429)' },
  SHARE_REQUESTS_PER_MINUTE: { type: 'integer', default: 600, minimum: 1, maximum: 1_000_000, description: 'requests per share link and client address per minute' },
  TRUST_PROXY: {
    type: 'string',
    default: 'false',
    pattern: '^\\s*(true|false|[0-9]{1,2}|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)\\s*$',
    patternText: 'be false, true (one proxy), a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs',
    description:
      "which proxies in front of the server to believe: `false` (clients connect directly), a number of hops (`1` = one load balancer; `true` means 1), or the proxies' addresses/CIDRs (`10.0.0.0/8,127.0.0.1`). The client's address — for every limit and visitor hash — is the one the nearest untrusted hop reported in `X-Forwarded-For`, never an entry the client wrote",
  },
} as const satisfies Record<string, Variable>;

export type VariableName = keyof typeof VARIABLES;

type ValueOf<V> = V extends { type: 'integer' } ? number : V extends { type: 'boolean' } ? boolean : V extends { enum: readonly (infer E)[] } ? E : string;
/** The checked environment: a variable with a default is always present. */
export type Environment = {
  [K in VariableName]: (typeof VARIABLES)[K] extends { default: unknown } ? ValueOf<(typeof VARIABLES)[K]> : ValueOf<(typeof VARIABLES)[K]> | undefined;
};

const defaultText = (v: Variable) =>
  v.shownDefault ?? (v.default === undefined ? '—' : v.type === 'string' && v.default === '' ? 'none' : `\`${String(v.default)}\``);

/** The README's table of variables. */
export function variablesTable(): string {
  const rows = Object.entries(VARIABLES as Record<string, Variable>).map(([name, v]) => `| \`${name}\` | ${defaultText(v)} | ${v.description} |`);
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The CLI's --help list: one line a variable. */
export function variablesHelp(): string {
  const width = Math.max(...Object.keys(VARIABLES).map((n) => n.length));
  return Object.entries(VARIABLES as Record<string, Variable>)
    .map(([name, v]) => `  ${name.padEnd(width)}  ${defaultText(v).replace(/`/g, '')}`)
    .join('\n');
}

/** The JSON Schema of the environment, from the declarations (strings in; integers and booleans coerced). */
export function environmentSchema(): object {
  const properties = Object.fromEntries(
    Object.entries(VARIABLES as Record<string, Variable>).map(([name, v]) => {
      if (v.type === 'integer') return [name, { type: 'integer', minimum: v.minimum, maximum: v.maximum, ...(v.default === undefined ? {} : { default: v.default }) }];
      if (v.type === 'boolean') return [name, { type: 'string', enum: [...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false], ...(v.default === undefined ? {} : { default: String(v.default) }) }];
      return [name, { type: 'string', ...(v.enum ? { enum: v.enum } : {}), ...(v.pattern ? { pattern: v.pattern } : {}), ...(v.default === undefined ? {} : { default: v.default }) }];
    }),
  );
  return { type: 'object', properties };
}

/**
 * How the environment is checked: strings coerced to the declared types, defaults filled in, every problem
 * reported. `npm run generate` compiles environmentSchema() with these into generated/validators/environment.js,
 * so no schema is compiled at start-up (compiling it was ~30 ms of a 400 ms cold start).
 */
export const ENVIRONMENT_AJV_OPTIONS = { coerceTypes: true, useDefaults: true, allErrors: true, strict: true } as const;
