// The account version behind ETags (migration 0004): every table whose
// rows an API answer shows bumps its account's version on insert, update
// and delete, in the same transaction; bookkeeping columns (a delivery's
// lease) do not. A new table must either get triggers or be named here.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeOnEachScratchDatabase } from '../support/dialects.js';
import { accountRow, galleryRow } from '../support/rows.js';

/** Tables no API answer shows (credentials, migrations' own, SQLite's search index of galleries): no triggers. */
const NOT_SHOWN = ['api_keys', 'idempotency_keys', 'share_access_tokens', 'account_changes', 'kysely_migration', 'kysely_migration_lock'];
const isIndex = (table: string) => table.startsWith('gallery_search');

describeOnEachScratchDatabase('account version', (scratch, dialect) => {
    // The account's version: the sum of its stripes.
    const seq = async (id: string) =>
      Number((await scratch().db.selectFrom('account_changes').select((eb) => eb.fn.sum<number>('seq').as('v')).where('account_id', '=', id).executeTakeFirstOrThrow()).v ?? 0);

    it('every table an answer shows has insert, update and delete triggers', async () => {
      const { db } = scratch();
      const tables =
        dialect === 'sqlite'
          ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows.map((r) => r.name)
          : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db)).rows.map((r) => r.name);
      const triggers =
        dialect === 'sqlite'
          ? (await sql<{ table: string; sql: string }>`select tbl_name as "table", sql from sqlite_master where type = 'trigger'`.execute(db)).rows.map(
              (r) => `${r.table} ${/after (insert|update|delete)/i.exec(r.sql)![1]!.toUpperCase()}`,
            )
          : (await sql<{ table: string; event: string }>`select event_object_table as "table", event_manipulation as event from information_schema.triggers`.execute(db)).rows.map((r) => `${r.table} ${r.event}`);
      const shown = tables.filter((t) => !NOT_SHOWN.includes(t) && !isIndex(t)).sort();
      expect(shown.length).toBeGreaterThan(5);
      for (const table of shown) for (const event of ['INSERT', 'UPDATE', 'DELETE']) expect(triggers, `${table} ${event}`).toContain(`${table} ${event}`);
      // account_changes itself: on PostgreSQL, only the notification of each bump (migration 0013).
      const notifying = dialect === 'postgres' ? ['account_changes INSERT', 'account_changes UPDATE'] : [];
      for (const table of NOT_SHOWN) expect(triggers.filter((t) => t.startsWith(`${table} `)).sort()).toEqual(table === 'account_changes' ? notifying : []);
    });

    it('bumps in the writing transaction (a rollback bumps nothing); a delivery lease is not a change', async () => {
      const { db } = scratch();
      const now = new Date().toISOString();
      await db.insertInto('accounts').values(accountRow('a1')).execute();
      const start = await seq('a1');
      await db
        .insertInto('webhooks')
        .values({ id: 'w1', account_id: 'a1', url: 'https://example.com/h', events: '[]', description: null, enabled: 1, disabled_reason: null, secret_encrypted: 'x', previous_secret_encrypted: null, previous_secret_expires_at: null, created_at: now, updated_at: now })
        .execute();
      await db.insertInto('events').values({ id: 'e1', account_id: 'a1', type: 'gallery.created', gallery_id: null, payload: '{}', created_at: now, sequence: 1 }).execute();
      expect(await seq('a1')).toBe(start + 2);
      await db
        .insertInto('webhook_deliveries')
        .values({ id: 'd1', webhook_id: 'w1', event_id: 'e1', event_type: 'gallery.created', status: 'pending', attempt_count: 0, next_attempt_at: now, last_status_code: null, locked_until: null, locked_by: null, created_at: now, updated_at: now })
        .execute();
      expect(await seq('a1')).toBe(start + 3);
      await db.updateTable('webhook_deliveries').set({ locked_until: now, locked_by: 'worker-1' }).where('id', '=', 'd1').execute();
      expect(await seq('a1')).toBe(start + 3);
      await db.updateTable('webhook_deliveries').set({ status: 'succeeded', attempt_count: 1, locked_until: null, locked_by: null }).where('id', '=', 'd1').execute();
      expect(await seq('a1')).toBe(start + 4);
      await db.insertInto('delivery_attempts').values({ id: 't1', delivery_id: 'd1', attempted_at: now, duration_ms: 3, status_code: 200, response_body: '', error: null }).execute();
      expect(await seq('a1')).toBe(start + 5);
      await db
        .transaction()
        .execute(async (trx) => {
          await trx.deleteFrom('webhooks').where('id', '=', 'w1').execute();
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      expect(await seq('a1')).toBe(start + 5);
      await db.updateTable('accounts').set({ event_sequence: 9 }).where('id', '=', 'a1').execute();
      expect(await seq('a1')).toBe(start + 5);
      await db.updateTable('accounts').set({ plan: 'free' }).where('id', '=', 'a1').execute();
      expect(await seq('a1')).toBe(start + 6);
    });

    it('keeps each account\'s gallery count (the unfiltered list\'s total) through many-row statements', async () => {
      const { db } = scratch();
      for (const id of ['c1', 'c2']) await db.insertInto('accounts').values(accountRow(id)).execute();
      await db.insertInto('galleries').values([galleryRow('g1', 'c1'), galleryRow('g2', 'c1'), galleryRow('g3', 'c2'), galleryRow('g4', 'c1')]).execute();
      await db.deleteFrom('galleries').where('id', 'in', ['g2', 'g3']).execute();
      const counts = await db.selectFrom('accounts').select(['id', 'gallery_count']).where('id', 'in', ['c1', 'c2']).orderBy('id').execute();
      expect(counts).toEqual([{ id: 'c1', gallery_count: 2 }, { id: 'c2', gallery_count: 0 }]);
      const actual = await db.selectFrom('galleries').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', 'c1').executeTakeFirstOrThrow();
      expect(Number(actual.n)).toBe(2);
    });
});
