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
}

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
    rateLimitRedisUrl: env.RATE_LIMIT_REDIS_URL || null,
  };
  if (config.rateLimitRedisUrl && !/^rediss?:\/\//.test(config.rateLimitRedisUrl)) {
    problems.push('RATE_LIMIT_REDIS_URL must start with redis:// or rediss://');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
