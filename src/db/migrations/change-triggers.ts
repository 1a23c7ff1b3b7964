// The change-counter triggers (conditional GETs, migration 0004): every
// insert, update and delete of a row an account can read adds 1 to one of
// the account's stripes in account_changes, in the same transaction. A
// migration calls this with its own frozen list of tables, so a later edit
// here or there never changes what an already-released migration did to a
// database; a migration that adds a table calls it with that table alone.
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * One table whose rows an account's answers show. `account` gives the SQL of
 * the owning account id for a row alias (NEW/OLD, or r/o on PostgreSQL);
 * `only`: the columns whose change changes an answer (others, such as a
 * delivery's lease, are bookkeeping); `key`: the primary key columns.
 */
export interface ChangeSource {
  readonly table: string;
  readonly account: (row: string) => string;
  readonly only?: readonly string[];
  readonly key?: readonly string[];
}

export async function createChangeTriggers(db: Kysely<any>, sources: readonly ChangeSource[], stripes: number): Promise<void> {
  const CHANGE_STRIPES = stripes;
  const postgres = dialectOf(db) === 'postgres';
  const upsert = 'on conflict (account_id, stripe) do update set seq = account_changes.seq + 1';
  for (const { table, account, only, key = ['id'] } of sources) {
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
}
