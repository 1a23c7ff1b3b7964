// 0011: a version per gallery, photo and webhook, bumped by every update of its row — what a resource's own
// ETag is made of (If-Match on PATCH and DELETE). Released: never edit; add a migration.
import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect.js';

/** Frozen with this migration. */
const VERSIONED = ['galleries', 'photos', 'webhooks'] as const;

export const resourceVersions: Migration = {
  async up(db: Kysely<any>) {
    const postgres = dialectOf(db) === 'postgres';
    for (const table of VERSIONED) {
      await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      if (postgres) {
        await sql.raw(`create function ${table}_versioned() returns trigger language plpgsql as $$ begin new.version := old.version + 1; return new; end $$`).execute(db);
        await sql.raw(`create trigger ${table}_versioned before update on ${table} for each row execute function ${table}_versioned()`).execute(db);
      } else {
        // The nested update does not fire this trigger again (SQLite's recursive triggers are off; the WHEN guards it anyway).
        await sql
          .raw(`create trigger ${table}_versioned after update on ${table} when new.version = old.version begin update ${table} set version = old.version + 1 where rowid = new.rowid; end`)
          .execute(db);
      }
    }
  },
};
