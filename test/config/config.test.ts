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
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u@db:5432/piksend',
      logLevel: 'warn',
      production: true,
      rateLimit: { limit: 100 },
      shareBaseUrl: 'https://share.example.com/g',
    });
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
