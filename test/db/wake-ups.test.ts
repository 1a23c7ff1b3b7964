// LISTEN across processes (src/db/wake-ups.ts): a listener whose database
// cannot be reached keeps trying for as long as it is open, and hears the
// channel once it can (a reconnection that failed once used to end it).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { listenForWakeUps } from '../../src/db/wake-ups.js';
import { createLogger } from '../../src/logging/logger.js';
import { POSTGRES_ADMIN_URL } from '../support/databases.js';
import { postgresAvailable } from '../support/dialects.js';
import { waitUntil } from '../support/wait.js';

describe.skipIf(!postgresAvailable)('wake-ups (LISTEN) [postgres]', () => {
  it('keeps trying a database that is not there yet, and hears its channel once it is', async () => {
    const name = `piksend_later_${randomBytes(6).toString('hex')}`;
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    const heard: string[] = [];
    let ups = 0;
    let downs = 0;
    const listener = await listenForWakeUps(url.href, 'piksend_test_wake_ups', (payload) => heard.push(payload), createLogger('silent'), 50, {
      onUp: () => ups++,
      onDown: () => downs++,
    });
    try {
      // Refused (no such database), and refused again at each retry.
      await waitUntil(async () => downs, (n) => n >= 2, 5_000);
      expect(ups).toBe(0);
      await admin.query(`create database ${name}`);
      await waitUntil(async () => ups, (n) => n === 1, 5_000);
      const sender = new pg.Client({ connectionString: url.href });
      await sender.connect();
      await sender.query(`select pg_notify('piksend_test_wake_ups', 'hello')`);
      await sender.end();
      await waitUntil(async () => heard, (h) => h.includes('hello'), 5_000);
    } finally {
      await listener.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
