// One data layer, two databases: SQLite (better-sqlite3, WAL) embedded by
// default, PostgreSQL (pg) when DATABASE_URL says postgres://.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type { Tables } from './schema.js';
import { migrationProvider } from './migrations.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** Round-trip time of a trivial query, or null when the database does not answer. */
  ping(): Promise<number | null>;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs as much as running a
 * small query. Reuse prepared statements by SQL text (bounded; better-sqlite3
 * is synchronous, so a statement is never in use twice at once).
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = connection.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

export function openDatabase(url: string, options: { poolSize?: number } = {}): Database {
  let db: Kysely<Tables>;
  let dialect: Dialect;
  // Kysely only closes what it has initialized; these close the connections even if no query ran.
  let closeConnections: () => Promise<void>;
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
    closeConnections = async () => {
      if (connection.open) connection.close();
    };
  } else {
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
