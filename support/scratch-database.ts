// A fresh database that is thrown away afterwards: a temporary SQLite file,
// or a new database on the PostgreSQL server at `adminUrl`. Shared by the
// test suite and the benchmark (support/ is theirs, not the product's).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(dialect: 'sqlite' | 'postgres', adminUrl: string, label = 'piksend'): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `${label}-`));
    return { url: `sqlite:${join(dir, 'scratch.sqlite')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `${label.replace(/\W/g, '_')}_${randomBytes(6).toString('hex')}`;
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
