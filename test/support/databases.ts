// Real databases for tests: a temporary SQLite file, or a fresh PostgreSQL
// database per server (dropped afterwards). PostgreSQL is required in CI and
// skipped loudly elsewhere when it is not running.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.PIKSEND_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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

export interface TestDatabaseUrl {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabaseUrl> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-db-'));
    return { url: `sqlite:${join(dir, 'test.sqlite')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `piksend_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
