// Which databases the suites run on: SQLite always; PostgreSQL when it answers.
// PostgreSQL is required in CI and skipped loudly elsewhere when it is not running.
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { createTestDatabase, POSTGRES_ADMIN_URL, type DialectName } from './databases.js';

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresAvailable = await canConnect(POSTGRES_ADMIN_URL);
if (!postgresAvailable) {
  if (process.env.CI) throw new Error(`PostgreSQL is required in CI but ${POSTGRES_ADMIN_URL} does not answer`);
  console.warn(
    `\n*** PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}: the PostgreSQL suite is SKIPPED. ***\n` +
      '*** Start it (or set PIKSEND_TEST_POSTGRES_URL) to run the tests on both databases.   ***\n',
  );
}

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];
export const dialectAvailable = (dialect: DialectName) => dialect === 'sqlite' || postgresAvailable;


/** Runs a suite once per database (SQLite always, PostgreSQL when reachable) on a fresh, migrated database of its own. */
export function describeOnEachScratchDatabase(title: string, suite: (database: () => Database, dialect: DialectName) => void): void {
  for (const dialect of DIALECTS) {
    describe.skipIf(!dialectAvailable(dialect))(`${title} [${dialect}]`, () => {
      let database: Database;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const created = await createTestDatabase(dialect);
        drop = created.drop;
        database = openDatabase(created.url);
        await database.migrate();
      });
      afterAll(async () => {
        await database?.close();
        await drop?.();
      });
      suite(() => database, dialect);
    });
  }
}
