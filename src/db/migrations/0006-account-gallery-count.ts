// 0006: the list total kept by triggers. Released: never edit; add a migration.
import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect.js';

export const accountGalleryCount: Migration = {
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
