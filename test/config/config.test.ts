import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

describe('configuration', () => {
  it('defaults to SQLite under ./data, port 3000, 600 requests per minute', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toMatch(/^sqlite:.*data\/piksend\.sqlite$/);
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', production: false, rateLimit: { limit: 600, windowSeconds: 60 } });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/piksend',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '100',
      SHARE_BASE_URL: 'https://share.example.com/g/',
      WEBHOOK_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
      WEBHOOK_TIMEOUT_MS: '5000',
      WEBHOOK_RETRY_SCHEDULE: '0, 1, 2.5',
      DELIVERY_WORKER: 'off',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u@db:5432/piksend',
      logLevel: 'warn',
      production: true,
      rateLimit: { limit: 100 },
      shareBaseUrl: 'https://share.example.com/g',
      webhooks: { allowPrivateTargets: false, timeoutMs: 5000, retrySchedule: [0, 1, 2.5], inProcessWorker: false },
    });
  });

  it('webhooks: the Standard Webhooks schedule and private receivers allowed outside production', () => {
    expect(loadConfig({}).webhooks).toMatchObject({
      secretKey: null,
      allowPrivateTargets: true,
      timeoutMs: 15_000,
      retrySchedule: [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400],
      inProcessWorker: true,
    });
  });

  it('production refuses to start without WEBHOOK_SECRET_KEY, and says how to make one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/WEBHOOK_SECRET_KEY is required in production.*openssl rand -base64 32/);
    expect(() => loadConfig({ WEBHOOK_SECRET_KEY: 'c2hvcnQ=' })).toThrow(/WEBHOOK_SECRET_KEY must be 32 bytes/);
    expect(loadConfig({ NODE_ENV: 'production', WEBHOOK_SECRET_KEY: Buffer.alloc(32).toString('base64'), WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }).webhooks.allowPrivateTargets).toBe(true);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: '-1', DATABASE_URL: 'mysql://x', RATE_LIMIT_PER_MINUTE: '0' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toHaveLength(3);
      expect((err as Error).message).toContain('DATABASE_URL must start with postgres://');
    }
  });
});

describe('the environment schema', () => {
  it('is valid JSON Schema under strict mode (loadConfig skips this check at start-up)', async () => {
    const { Ajv } = await import('ajv');
    const { environmentSchema, ENVIRONMENT_AJV_OPTIONS } = await import('../../src/config/index.js');
    const ajv = new Ajv({ ...ENVIRONMENT_AJV_OPTIONS });
    expect(ajv.validateSchema(environmentSchema())).toBe(true);
    expect(() => ajv.compile(environmentSchema())).not.toThrow();
  });
});
