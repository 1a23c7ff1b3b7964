// Real databases for tests: a temporary SQLite file, or a fresh PostgreSQL
// database per server (dropped afterwards).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.PIKSEND_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabaseUrl {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName, adminUrl = POSTGRES_ADMIN_URL): Promise<TestDatabaseUrl> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-db-'));
    return { url: `sqlite:${join(dir, 'test.sqlite')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `piksend_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
