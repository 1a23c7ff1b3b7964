// 0013: on PostgreSQL, every bump of an account's change counter (0004) also
// NOTIFYs its account id on ACCOUNT_CHANGES_CHANNEL, delivered when the
// writing transaction commits (one per account and transaction: PostgreSQL
// folds equal payloads). Each instance keeps the versions it read in memory
// and drops an account's on its notification (src/db/account-versions.ts),
// so a conditional GET needs no round trip. SQLite has one writer process and
// needs nothing: its instance sees every commit in PRAGMA data_version.
// Released: never edit; add a migration.
import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect.js';

/** Frozen with this migration (src/db/account-versions.ts listens on it). */
export const ACCOUNT_CHANGES_CHANNEL_0013 = 'piksend_account_changes';

export const accountChangeNotifications: Migration = {
  async up(db: Kysely<any>) {
    if (dialectOf(db) !== 'postgres') return;
    await sql
      .raw(
        `create function account_changes_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('${ACCOUNT_CHANGES_CHANNEL_0013}', new.account_id);
  return null;
end $$`,
      )
      .execute(db);
    await sql.raw(`create trigger account_changes_notified after insert or update on account_changes for each row execute function account_changes_notify()`).execute(db);
  },
};
