// Migrations, in code so both dialects run exactly the same steps.
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { dialectOf } from './dialect.js';

const timestamp = 'text';

export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('rate_limit', 'integer')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('name', 'text')
        .addColumn('display', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('last_used_at', timestamp)
        .addColumn('revoked_at', timestamp)
        .execute();
      await db.schema.createIndex('api_keys_account').on('api_keys').columns(['account_id', 'created_at']).execute();

      await db.schema
        .createTable('galleries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_search', 'text', (c) => c.notNull())
        .addColumn('client_name', 'text')
        .addColumn('client_email', 'text')
        .addColumn('event_date', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('share_token', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text')
        .addColumn('download_enabled', 'integer', (c) => c.notNull())
        .addColumn('download_allow_zip', 'integer', (c) => c.notNull())
        .addColumn('selection_enabled', 'integer', (c) => c.notNull())
        .addColumn('selection_min', 'integer', (c) => c.notNull())
        .addColumn('selection_max', 'integer')
        .addColumn('selection_state', 'text', (c) => c.notNull())
        .addColumn('selection_validated_at', timestamp)
        .addColumn('cover_photo_id', 'text')
        .addColumn('photo_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('downloads', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('favorites', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expires_at', timestamp)
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      // The list query: one account's galleries, newest first, optionally by status.
      await db.schema.createIndex('galleries_account_created').on('galleries').columns(['account_id', 'created_at', 'id']).execute();
      await db.schema
        .createIndex('galleries_account_status_created')
        .on('galleries')
        .columns(['account_id', 'status', 'created_at', 'id'])
        .execute();
      // The expiry scheduler: active galleries by expiry time.
      await db.schema.createIndex('galleries_expiry').on('galleries').columns(['status', 'expires_at']).execute();

      await db.schema
        .createTable('photos')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('storage_key', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('photos_gallery_position').on('photos').columns(['gallery_id', 'position']).execute();

      await db.schema
        .createTable('favorites')
        .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
        .addColumn('photo_id', 'text', (c) => c.notNull().references('photos.id').onDelete('cascade'))
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('favorites_pk', ['gallery_id', 'photo_id'])
        .execute();

      await db.schema
        .createTable('activity')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', timestamp, (c) => c.notNull())
        .addColumn('visitor_hash', 'text')
        .addColumn('photo_id', 'text')
        .execute();
      await db.schema.createIndex('activity_gallery_time').on('activity').columns(['gallery_id', 'occurred_at']).execute();

      await db.schema
        .createTable('share_access_tokens')
        .addColumn('hash', 'text', (c) => c.primaryKey())
        .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
        .addColumn('expires_at', timestamp, (c) => c.notNull())
        .execute();

      // Events outlive their gallery (gallery.deleted must stay listable), so no foreign key to galleries.
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('gallery_id', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_account_created').on('events').columns(['account_id', 'created_at', 'id']).execute();

      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('events', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('disabled_reason', 'text')
        .addColumn('secret_encrypted', 'text', (c) => c.notNull())
        .addColumn('previous_secret_encrypted', 'text')
        .addColumn('previous_secret_expires_at', timestamp)
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhooks_account').on('webhooks').columns(['account_id', 'created_at']).execute();

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempt_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', timestamp)
        .addColumn('last_status_code', 'integer')
        .addColumn('locked_until', timestamp)
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('deliveries_webhook').on('webhook_deliveries').columns(['webhook_id', 'created_at']).execute();

      await db.schema
        .createTable('delivery_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
        .addColumn('attempted_at', timestamp, (c) => c.notNull())
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('attempts_delivery').on('delivery_attempts').columns(['delivery_id', 'attempted_at']).execute();
    },
  },
};

migrations['0002_gallery_search_indexes'] = {
  async up(db: Kysely<any>) {
    // Searching an account's galleries must not read the table row by row:
    // the newest-first walk carries name_search (a page of matches is found in
    // the index, only the rows shown are read), and counting matches scans a
    // narrow index of (account, name) alone.
    await db.schema.dropIndex('galleries_account_created').execute();
    await db.schema
      .createIndex('galleries_account_created_search')
      .on('galleries')
      .columns(['account_id', 'created_at', 'id', 'name_search'])
      .execute();
    await db.schema.createIndex('galleries_account_search').on('galleries').columns(['account_id', 'name_search']).execute();
  },
};

migrations['0003_event_sequence_and_delivery_leases'] = {
  async up(db: Kysely<any>) {
    // Each account numbers its events 1, 2, 3… in commit order (the counter
    // row is updated in the event's transaction, so numbers have no gaps).
    await db.schema.alterTable('accounts').addColumn('event_sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('events').addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    // Events written before this migration get their numbers now, oldest first.
    const rows = await db.selectFrom('events').select(['id', 'account_id', 'type', 'payload']).orderBy('created_at').orderBy('id').execute();
    const counters = new Map<string, number>();
    for (const row of rows as { id: string; account_id: string; type: string; payload: string }[]) {
      const sequence = row.type === 'webhook.test' ? 0 : (counters.get(row.account_id) ?? 0) + 1;
      if (sequence) counters.set(row.account_id, sequence);
      const { id, type, ...rest } = JSON.parse(row.payload) as Record<string, unknown>;
      const payload = JSON.stringify({ id, type, sequence, ...rest });
      await db.updateTable('events').set({ sequence, payload }).where('id', '=', row.id).execute();
    }
    for (const [accountId, last] of counters) {
      await db.updateTable('accounts').set({ event_sequence: last }).where('id', '=', accountId).execute();
    }
    // Which worker holds a delivery's lease: a worker only records attempts on deliveries it still holds.
    await db.schema.alterTable('webhook_deliveries').addColumn('locked_by', 'text').execute();
    // The event log reads newest first by sequence.
    await db.schema.createIndex('events_account_sequence').on('events').columns(['account_id', 'sequence']).execute();
    await db.schema.createIndex('deliveries_webhook_due').on('webhook_deliveries').columns(['webhook_id', 'status', 'next_attempt_at']).execute();
  },
};

/**
 * What each table's row belongs to: the account whose answers change when the
 * row does. `row` is NEW or OLD. Columns written only by readers or by the
 * delivery worker's bookkeeping (an API key's last use, a delivery's lease)
 * change no answer and are left out (`only`: the columns that do).
 */
const CHANGE_SOURCES: { table: string; account: (row: string) => string; only?: string[]; key?: string[] }[] = [
  { table: 'accounts', account: (row) => `${row}.id`, only: ['email', 'plan', 'rate_limit'] },
  { table: 'galleries', account: (row) => `${row}.account_id` },
  { table: 'photos', account: (row) => `(select account_id from galleries where id = ${row}.gallery_id)` },
  { table: 'favorites', account: (row) => `(select account_id from galleries where id = ${row}.gallery_id)`, key: ['gallery_id', 'photo_id'] },
  { table: 'activity', account: (row) => `(select account_id from galleries where id = ${row}.gallery_id)` },
  { table: 'events', account: (row) => `${row}.account_id` },
  { table: 'webhooks', account: (row) => `${row}.account_id` },
  {
    table: 'webhook_deliveries',
    account: (row) => `(select account_id from webhooks where id = ${row}.webhook_id)`,
    only: ['status', 'attempt_count', 'next_attempt_at', 'last_status_code', 'updated_at'],
  },
  {
    table: 'delivery_attempts',
    account: (row) => `(select w.account_id from webhook_deliveries d join webhooks w on w.id = d.webhook_id where d.id = ${row}.delivery_id)`,
  },
];

/**
 * The change counter is striped: a write adds 1 to one of STRIPES rows of
 * its account (account_changes), and an account's version is their sum. One
 * row would serialize every writing transaction of an account on its lock
 * until commit — the webhook worker's 50 concurrent deliveries of one account
 * did (PostgreSQL p50 4 ms → 500 ms). Sums only grow, whatever the commit
 * order, so any committed write changes the version.
 */
export const CHANGE_STRIPES = 16;

migrations['0004_account_change_sequence'] = {
  async up(db: Kysely<any>) {
    // Conditional GETs (ETag / If-None-Match → 304) need to know, without
    // reading the resources, whether anything an account can read changed:
    // every insert, update and delete of such a row bumps the account's
    // version, in the same transaction, by a trigger (no code path can forget).
    await db.schema
      .createTable('account_changes')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('stripe', 'integer', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('account_changes_pk', ['account_id', 'stripe'])
      .execute();
    const postgres = dialectOf(db) === 'postgres';
    const upsert = 'on conflict (account_id, stripe) do update set seq = account_changes.seq + 1';
    for (const { table, account, only, key = ['id'] } of CHANGE_SOURCES) {
      if (postgres) {
        // PostgreSQL: once per statement and account (transition tables), on the transaction's stripe.
        // Per row, a statement writing 100,000 galleries would bump 100,000 times in one transaction.
        const changed = only
          ? `join old_rows o on ${key.map((k) => `o.${k} = r.${k}`).join(' and ')} where (${only.map((c) => `r.${c}`).join(', ')}) is distinct from (${only.map((c) => `o.${c}`).join(', ')})`
          : '';
        const bumpAll = (rows: string, where = '') =>
          `insert into account_changes (account_id, stripe, seq)
    select distinct a, txid_current() % ${CHANGE_STRIPES}, 1 from (select ${account('r')} as a from ${rows} r ${where}) x where a is not null ${upsert}`;
        await sql
          .raw(
            `create function ${table}_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then ${bumpAll('new_rows')};
  elsif tg_op = 'DELETE' then ${bumpAll('old_rows')};
  else ${bumpAll('new_rows', changed)};
  end if;
  return null;
end $$`,
          )
          .execute(db);
        const trigger = (event: string, tables: string) =>
          sql.raw(`create trigger ${table}_${event}d after ${event} on ${table} referencing ${tables} for each statement execute function ${table}_changed()`).execute(db);
        await trigger('insert', 'new table as new_rows');
        await trigger('update', 'old table as old_rows new table as new_rows');
        await trigger('delete', 'old table as old_rows');
      } else {
        // SQLite: per row, on a random stripe (it has no statement triggers, and one writer at a time).
        const bump = (row: string) =>
          `insert into account_changes (account_id, stripe, seq) select ${account(row)}, abs(random()) % ${CHANGE_STRIPES}, 1 where ${account(row)} is not null ${upsert}`;
        const update = only ? `update of ${only.join(', ')}` : 'update';
        await sql.raw(`create trigger ${table}_inserted after insert on ${table} begin ${bump('new')}; end`).execute(db);
        await sql.raw(`create trigger ${table}_updated after ${update} on ${table} begin ${bump('new')}; end`).execute(db);
        await sql.raw(`create trigger ${table}_deleted after delete on ${table} begin ${bump('old')}; end`).execute(db);
      }
    }
  },
};

/** Keys of one account's rows in SQLite's search index: [number × RANGE, number × RANGE + RANGE - 1]. */
export const SEARCH_KEY_RANGE = 2 ** 32;
const RANGE = SEARCH_KEY_RANGE;

migrations['0005_gallery_name_trigram_index'] = {
  async up(db: Kysely<any>) {
    // Searching names (case-insensitive substring) through a trigram index
    // instead of reading every name of the account. Same semantics as the
    // LIKE it replaces: name_search is the lower-cased name, terms are
    // lower-cased the same way, and matching is exact on those.
    const run = (text: string) => sql.raw(text).execute(db);
    if (dialectOf(db) === 'postgres') {
      // pg_trgm makes `name_search like '%term%'` use the index (terms of 3+ characters); btree_gin lets
      // one GIN index hold the account too, so a search reads only that account's matches.
      await run('create extension if not exists pg_trgm');
      await run('create extension if not exists btree_gin');
      await run('create index galleries_account_name_trgm on galleries using gin (account_id, name_search gin_trgm_ops)');
      return;
    }
    // SQLite: an FTS5 trigram index. Its rows are keyed by an INTEGER PRIMARY KEY of its own table
    // (gallery_search), not by galleries' implicit rowid, which VACUUM may renumber. The key is
    // account number × 2^32 + n: one account's galleries are one key range, so a search reads only
    // that range of the index (FTS5 seeks rowid ranges), however many other accounts share a term.
    await run('create table gallery_search_accounts (number integer primary key, account_id text not null unique)');
    await run(`create table gallery_search (
      key integer primary key,
      gallery_id text not null unique,
      account_id text not null,
      created_at text not null,
      name_search text not null)`);
    await run("create virtual table gallery_search_fts using fts5(name_search, content='gallery_search', content_rowid='key', tokenize='trigram case_sensitive 1')");
    // How many names hold each trigram: a long term is looked up by its rarest trigrams, not all of them.
    await run("create virtual table gallery_search_vocab using fts5vocab(gallery_search_fts, 'row')");
    await run(`create trigger galleries_search_inserted after insert on galleries begin
      insert or ignore into gallery_search_accounts (account_id) values (new.account_id);
      insert into gallery_search (key, gallery_id, account_id, created_at, name_search)
        select coalesce(
            (select s.key + 1 from gallery_search s where s.key between a.number * ${RANGE} and a.number * ${RANGE} + ${RANGE - 1} order by s.key desc limit 1),
            a.number * ${RANGE}),
          new.id, new.account_id, new.created_at, new.name_search
        from gallery_search_accounts a where a.account_id = new.account_id;
      end`);
    await run(`create trigger galleries_search_renamed after update of name_search on galleries begin
      update gallery_search set name_search = new.name_search where gallery_id = new.id; end`);
    await run('create trigger galleries_search_deleted after delete on galleries begin delete from gallery_search where gallery_id = old.id; end');
    // The external-content FTS table follows gallery_search (the triggers SQLite's FTS5 documentation gives).
    await run('create trigger gallery_search_inserted after insert on gallery_search begin insert into gallery_search_fts (rowid, name_search) values (new.key, new.name_search); end');
    await run(`create trigger gallery_search_deleted after delete on gallery_search begin
      insert into gallery_search_fts (gallery_search_fts, rowid, name_search) values ('delete', old.key, old.name_search); end`);
    await run(`create trigger gallery_search_updated after update on gallery_search begin
      insert into gallery_search_fts (gallery_search_fts, rowid, name_search) values ('delete', old.key, old.name_search);
      insert into gallery_search_fts (rowid, name_search) values (new.key, new.name_search); end`);
    // Galleries already there, oldest first within each account.
    await run('insert into gallery_search_accounts (account_id) select distinct account_id from galleries order by account_id');
    await run(`insert into gallery_search (key, gallery_id, account_id, created_at, name_search)
      select a.number * ${RANGE} + row_number() over (partition by g.account_id order by g.created_at, g.id) - 1, g.id, g.account_id, g.created_at, g.name_search
      from galleries g join gallery_search_accounts a on a.account_id = g.account_id`);
  },
};

migrations['0006_account_gallery_count'] = {
  async up(db: Kysely<any>) {
    // The unfiltered gallery list's total, kept by triggers instead of counted on every request
    // (a count reads every index entry of the account: 75 µs for 1,000 galleries on SQLite).
    await db.schema.alterTable('accounts').addColumn('gallery_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await sql`update accounts set gallery_count = (select count(*) from galleries g where g.account_id = accounts.id)`.execute(db);
    const run = (text: string) => sql.raw(text).execute(db);
    if (dialectOf(db) === 'postgres') {
      // Per statement (see 0004): one update per account however many galleries a statement writes.
      const add = (rows: string, sign: string) =>
        `update accounts a set gallery_count = a.gallery_count ${sign} n.count from (select account_id, count(*) as count from ${rows} group by account_id) n where a.id = n.account_id`;
      await run(`create function galleries_counted() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then ${add('new_rows', '+')}; else ${add('old_rows', '-')}; end if;
  return null;
end $$`);
      await run('create trigger galleries_counted_insert after insert on galleries referencing new table as new_rows for each statement execute function galleries_counted()');
      await run('create trigger galleries_counted_delete after delete on galleries referencing old table as old_rows for each statement execute function galleries_counted()');
    } else {
      await run('create trigger galleries_counted_insert after insert on galleries begin update accounts set gallery_count = gallery_count + 1 where id = new.account_id; end');
      await run('create trigger galleries_counted_delete after delete on galleries begin update accounts set gallery_count = gallery_count - 1 where id = old.account_id; end');
    }
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
