// The SQLite connection reuses prepared statements and reads rows in raw mode
// (src/db/connect.ts). What a caller sees must be what better-sqlite3's object
// rows would give: every column by name, the last of two equal names winning,
// and a `select *` that follows a schema change.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.js';

let database: Database | null = null;
let dir = '';
afterEach(async () => {
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

async function scratch(): Promise<Database> {
  dir = await mkdtemp(join(tmpdir(), 'piksend-sqlite-'));
  database = openDatabase(`sqlite:${join(dir, 'scratch.sqlite')}`);
  return database;
}

it('returns rows as objects by column name, for repeated runs of one statement', async () => {
  const { db } = await scratch();
  await sql`create table t (id integer primary key, name text, note text)`.execute(db);
  await sql`insert into t (name, note) values ('a', null), ('b', 'x')`.execute(db);
  for (let i = 0; i < 3; i++) {
    const { rows } = await sql<{ id: number; name: string; note: string | null }>`select * from t order by id`.execute(db);
    expect(rows).toEqual([
      { id: 1, name: 'a', note: null },
      { id: 2, name: 'b', note: 'x' },
    ]);
  }
  const { rows } = await sql`select name as v, note as v from t where id = ${2}`.execute(db);
  expect(rows).toEqual([{ v: 'x' }]);
});

it('sees a column added after a `select *` was prepared', async () => {
  const { db } = await scratch();
  await sql`create table t (id integer primary key, name text)`.execute(db);
  await sql`insert into t (name) values ('a')`.execute(db);
  expect((await sql`select * from t`.execute(db)).rows).toEqual([{ id: 1, name: 'a' }]);
  await sql`alter table t add column extra text default 'e'`.execute(db);
  expect((await sql`select * from t`.execute(db)).rows).toEqual([{ id: 1, name: 'a', extra: 'e' }]);
});

it('reports changes of writes and returns RETURNING rows', async () => {
  const { db } = await scratch();
  await sql`create table t (id integer primary key, name text)`.execute(db);
  const inserted = await sql`insert into t (name) values ('a') returning id, name`.execute(db);
  expect(inserted.rows).toEqual([{ id: 1, name: 'a' }]);
  const updated = await sql`update t set name = 'b'`.execute(db);
  expect(updated.numAffectedRows).toBe(1n);
});
