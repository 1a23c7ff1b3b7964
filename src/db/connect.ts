// One data layer, two databases: SQLite (better-sqlite3, WAL) embedded by
// default, PostgreSQL (pg) when DATABASE_URL says postgres://.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import type Pg from 'pg';
import { DEFAULT_MIGRATION_TABLE, Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type { Tables } from './schema.js';
import { requireLazily } from '../lazy/require-lazily.js';
import { migrationProvider, migrations } from './migrations/index.js';

/** pg, loaded when a PostgreSQL URL is opened. */
export const loadPg = requireLazily<typeof Pg>('pg');

import type { Dialect } from './dialect.js';

export type { Dialect };

export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** Round-trip time of a trivial query, or null when the database does not answer. */
  ping(): Promise<number | null>;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
  /** SQLite: changes with every commit, of this connection or another (PRAGMA data_version, total_changes()). */
  changeStamp?: () => string;
}

const STATEMENT_CACHE_SIZE = 500;

const SCHEMA_CHANGE = /^\s*(create|alter|drop)\s/i;

type CachedStatement = Pick<SQLite.Statement, 'reader' | 'all' | 'run' | 'iterate'>;

/**
 * Two costs the profile of `GET /galleries` showed inside better-sqlite3
 * (#12): Kysely prepares every query anew (preparing costs as much as running
 * a small query), and better-sqlite3 builds each row object key by key in C++
 * (a 20-row page of 25 columns: ~100 µs with row objects, ~70 µs as arrays
 * turned into objects here). So statements are reused by SQL text (bounded;
 * better-sqlite3 is synchronous, so a statement is never in use twice at once)
 * and read in raw mode. As in object mode, the last of two equal column names wins.
 * A schema change (a migration) empties the cache: a cached `select *` knows its columns.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, CachedStatement>();
  const prepare = (text: string): CachedStatement => {
    const statement = connection.prepare(text);
    if (!statement.reader) return statement;
    statement.raw(true);
    const names = statement.columns().map((column) => column.name);
    const toObject = (values: unknown[]) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
      return row;
    };
    return {
      reader: true,
      all: (...parameters: unknown[]) => (statement.all(...parameters) as unknown[][]).map(toObject),
      run: (...parameters: unknown[]) => statement.run(...parameters),
      iterate: function* (...parameters: unknown[]) {
        for (const values of statement.iterate(...parameters) as IterableIterator<unknown[]>) yield toObject(values);
      },
    } as CachedStatement;
  };
  return {
    close: () => connection.close(),
    prepare(text: string) {
      if (SCHEMA_CHANGE.test(text)) statements.clear();
      let statement = statements.get(text);
      if (!statement) {
        statement = prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement as SQLite.Statement;
    },
  };
}

export function openDatabase(url: string, options: { poolSize?: number } = {}): Database {
  let db: Kysely<Tables>;
  let dialect: Dialect;
  // Kysely only closes what it has initialized; these close the connections even if no query ran.
  let closeConnections: () => Promise<void>;
  let changeStamp: (() => string) | undefined;
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const connection = new SQLite(file);
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
    dialect = 'sqlite';
    // Answered from the connection's memory (no I/O), in one statement.
    const stamp = connection.prepare('select data_version, total_changes() from pragma_data_version').raw();
    changeStamp = () => (stamp.get() as number[]).join(':');
    closeConnections = async () => {
      if (connection.open) connection.close();
    };
  } else {
    const pg = loadPg();
    // COUNT(*) and other int8 results come back as strings by default; our counts fit in a double.
    pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
    closeConnections = async () => {
      if (!pool.ended) await pool.end();
    };
  }

  return {
    db,
    dialect,
    changeStamp,
    async ping() {
      const started = performance.now();
      try {
        await sql`select 1`.execute(db);
        return Math.round((performance.now() - started) * 100) / 100;
      } catch {
        return null;
      }
    },
    async migrate() {
      if (await allApplied(db)) return [];
      const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
      if (error) throw error;
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    },
    async close() {
      await db.destroy();
      await closeConnections();
    },
  };
}

/**
 * Whether the database has run exactly our migrations: then an instance joining a deployment starts
 * without the Migrator's round trips (creating its tables if absent, taking its lock, reading and sorting
 * the names — about 20 ms of a start). Anything else (a fresh database, a missing migration, one this
 * version does not know) goes to the Migrator, which applies or refuses as it always did.
 */
async function allApplied(db: Kysely<Tables>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
    const known = Object.keys(migrations);
    return rows.length === known.length && rows.every((row) => known.includes(row.name));
  } catch {
    return false;
  }
}
