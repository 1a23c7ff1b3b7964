// db/schema.ts is written by hand for Kysely: this holds it to the database
// the migrations really make, on both databases — every table and column,
// its type and whether it may be null — and holds the change-counter
// triggers to every column an API answer shows: changing any one of them
// alone changes the account's version (so no ETag survives a change).
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Tables } from '../../src/db/schema.js';
import { describeOnEachScratchDatabase } from '../support/dialects.js';
import { accountRow, galleryRow } from '../support/rows.js';

type SqlType<V> = [NonNullable<V>] extends [number] ? 'integer' : 'text';
type ColumnOf<V> = { type: SqlType<V>; nullable: null extends V ? true : false };
/** Exactly the tables and columns of Tables, each with the SQL type and nullability its TypeScript type implies. */
type SchemaOf<T> = { [Table in keyof T]: { [C in keyof T[Table]]-?: ColumnOf<T[Table][C]> } };

const text = { type: 'text', nullable: false } as const;
const textOrNull = { type: 'text', nullable: true } as const;
const int = { type: 'integer', nullable: false } as const;
const intOrNull = { type: 'integer', nullable: true } as const;

const SCHEMA = {
  accounts: { id: text, email: text, plan: text, rate_limit: intOrNull, event_sequence: int, gallery_count: int, created_at: text, livemode: int, live_account_id: textOrNull },
  account_changes: { account_id: text, stripe: int, seq: int },
  api_keys: { id: text, account_id: text, name: textOrNull, display: text, hash: text, created_at: text, last_used_at: textOrNull, revoked_at: textOrNull, expires_at: textOrNull },
  galleries: {
    id: text, account_id: text, name: text, name_search: text, client_name: textOrNull, client_email: textOrNull, event_date: textOrNull,
    status: text, share_token: text, password_hash: textOrNull, download_enabled: int, download_allow_zip: int, selection_enabled: int,
    selection_min: int, selection_max: intOrNull, selection_state: text, selection_validated_at: textOrNull, cover_photo_id: textOrNull,
    photo_count: int, views: int, downloads: int, favorites: int, expires_at: textOrNull, created_at: text, updated_at: text, version: int, livemode: int,
  },
  photos: { id: text, gallery_id: text, filename: text, content_type: text, bytes: int, width: int, height: int, sha256: text, position: int, storage_key: text, created_at: text, version: int },
  favorites: { gallery_id: text, photo_id: text, created_at: text },
  activity: { id: text, gallery_id: text, type: text, occurred_at: text, visitor_hash: textOrNull, photo_id: textOrNull },
  share_access_tokens: { hash: text, gallery_id: text, password_digest: text, expires_at: text },
  events: { id: text, account_id: text, type: text, gallery_id: textOrNull, sequence: int, payload: text, created_at: text },
  webhooks: {
    id: text, account_id: text, url: text, events: text, description: textOrNull, enabled: int, disabled_reason: textOrNull,
    secret_encrypted: text, previous_secret_encrypted: textOrNull, previous_secret_expires_at: textOrNull, created_at: text, updated_at: text, version: int, livemode: int,
  },
  webhook_deliveries: {
    id: text, webhook_id: text, event_id: text, event_type: text, status: text, attempt_count: int, next_attempt_at: textOrNull,
    last_status_code: intOrNull, locked_until: textOrNull, locked_by: textOrNull, created_at: text, updated_at: text,
  },
  delivery_attempts: { id: text, delivery_id: text, attempted_at: text, duration_ms: int, status_code: intOrNull, response_body: textOrNull, error: textOrNull },
  idempotency_keys: {
    scope: text, key: text, state: text, fingerprint: textOrNull, locked_until: textOrNull, response_status: intOrNull,
    response_headers: textOrNull, response_body: textOrNull, created_at: text, expires_at: text,
  },
} satisfies SchemaOf<Tables>;

/** Tables of the database that Tables leaves out on purpose: the migrator's own, SQLite's search index of galleries. */
const OUTSIDE_TABLES = (name: string) => name.startsWith('kysely_migration') || name.startsWith('gallery_search');

/**
 * Columns no answer shows, or that never change once written: credentials and
 * bookkeeping (an API key's last use, a delivery's lease), identities and
 * foreign keys. Every other column, changed alone, must change the account's version.
 */
const NOT_SHOWN: { [T in keyof Tables]?: readonly (keyof Tables[T])[] | 'table' } = {
  api_keys: 'table',
  idempotency_keys: 'table',
  share_access_tokens: 'table',
  account_changes: 'table',
  // livemode and live_account_id are written once, at insert: a row never changes mode.
  accounts: ['id', 'event_sequence', 'gallery_count', 'created_at', 'livemode', 'live_account_id'],
  // version changes only with another column (its trigger), which already changed the account's version.
  galleries: ['id', 'account_id', 'version', 'livemode'],
  photos: ['id', 'gallery_id', 'version'],
  favorites: ['gallery_id', 'photo_id'],
  activity: ['id', 'gallery_id'],
  events: ['id', 'account_id'],
  webhooks: ['id', 'account_id', 'version', 'livemode'],
  // event_type and created_at are written once, by the insert (which bumps); migration 0004's trigger watches only the columns that change.
  webhook_deliveries: ['id', 'webhook_id', 'event_id', 'event_type', 'created_at', 'locked_until', 'locked_by'],
  delivery_attempts: ['id', 'delivery_id'],
};

describeOnEachScratchDatabase('db/schema.ts against the migrated database', (scratch, dialect) => {
  it('has exactly the tables and columns the migrations make, with their types and nullability', async () => {
    const { db } = scratch();
    const columns =
      dialect === 'sqlite'
        ? (
            await sql<{ table: string; name: string; type: string; notnull: number }>`
              select m.name as "table", p.name, lower(p.type) as type, p."notnull" from sqlite_master m, pragma_table_info(m.name) p
              where m.type = 'table' and m.name not like 'sqlite_%'`.execute(db)
          ).rows.map((r) => ({ table: r.table, name: r.name, type: r.type, nullable: r.notnull === 0 }))
        : (
            await sql<{ table: string; name: string; type: string; nullable: string }>`
              select table_name as "table", column_name as name, data_type as type, is_nullable as nullable
              from information_schema.columns where table_schema = current_schema()`.execute(db)
          ).rows.map((r) => ({ table: r.table, name: r.name, type: r.type, nullable: r.nullable === 'YES' }));
    const actual: Record<string, Record<string, { type: string; nullable: boolean }>> = {};
    for (const c of columns.filter((c) => !OUTSIDE_TABLES(c.table))) (actual[c.table] ??= {})[c.name] = { type: c.type, nullable: c.nullable };
    // Primary keys are NOT NULL in PostgreSQL but not declared so in SQLite's table_info: compare what Tables says with NOT NULL or key.
    if (dialect === 'sqlite') {
      const keys = (await sql<{ table: string; name: string }>`select m.name as "table", p.name from sqlite_master m, pragma_table_info(m.name) p where m.type = 'table' and p.pk > 0`.execute(db)).rows;
      for (const k of keys) if (actual[k.table]?.[k.name]) actual[k.table]![k.name]!.nullable = false;
    }
    expect(actual).toEqual(SCHEMA);
  });

  it('changing any column an answer shows, alone, changes the account version', async () => {
    const { db } = scratch();
    const now = '2026-06-21T10:00:00.000Z';
    await db.insertInto('accounts').values(accountRow('acct')).execute();
    await db.insertInto('galleries').values(galleryRow('g1', 'acct')).execute();
    await db.insertInto('photos').values({ id: 'p1', gallery_id: 'g1', filename: 'a.jpg', content_type: 'image/jpeg', bytes: 1, width: 1, height: 1, sha256: 'x', position: 1, storage_key: 'k', created_at: now }).execute();
    await db.insertInto('favorites').values({ gallery_id: 'g1', photo_id: 'p1', created_at: now }).execute();
    await db.insertInto('activity').values({ id: 'a1', gallery_id: 'g1', type: 'gallery.viewed', occurred_at: now, visitor_hash: null, photo_id: null }).execute();
    await db.insertInto('events').values({ id: 'e1', account_id: 'acct', type: 'gallery.created', gallery_id: null, sequence: 1, payload: '{}', created_at: now }).execute();
    await db.insertInto('webhooks').values({ id: 'w1', account_id: 'acct', url: 'https://example.com/h', events: '[]', description: null, enabled: 1, disabled_reason: null, secret_encrypted: 's', previous_secret_encrypted: null, previous_secret_expires_at: null, created_at: now, updated_at: now }).execute();
    await db.insertInto('webhook_deliveries').values({ id: 'd1', webhook_id: 'w1', event_id: 'e1', event_type: 'gallery.created', status: 'pending', attempt_count: 0, next_attempt_at: now, last_status_code: null, locked_until: null, locked_by: null, created_at: now, updated_at: now }).execute();
    await db.insertInto('delivery_attempts').values({ id: 't1', delivery_id: 'd1', attempted_at: now, duration_ms: 1, status_code: null, response_body: null, error: null }).execute();
    const version = async () =>
      Number((await db.selectFrom('account_changes').select((eb) => eb.fn.sum<number>('seq').as('v')).where('account_id', '=', 'acct').executeTakeFirstOrThrow()).v ?? 0);

    const uncovered: string[] = [];
    let checked = 0;
    for (const [table, columns] of Object.entries(SCHEMA)) {
      const hidden = NOT_SHOWN[table as keyof Tables];
      if (hidden === 'table') continue;
      for (const [column, spec] of Object.entries(columns)) {
        if ((hidden as readonly string[] | undefined)?.includes(column)) continue;
        const before = await version();
        const changed = spec.type === 'integer' ? sql`coalesce(${sql.ref(column)}, 0) + 1` : sql`coalesce(${sql.ref(column)}, '') || 'x'`;
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${changed}`.execute(db);
        if ((await version()) === before) uncovered.push(`${table}.${column}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(uncovered, 'columns whose change leaves the account version (and so every ETag) as it was').toEqual([]);
  });
});
