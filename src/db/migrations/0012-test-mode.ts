// 0012: test mode. An account's test-mode data lives under a second accounts
// row (`livemode = 0`, `live_account_id` naming the account it belongs to),
// so every query scoped by account id keeps test and live data apart by
// itself: lists, lookups, event sequences, ETag versions, rate limits and
// idempotency keys. Galleries and webhooks carry the mode they were made in,
// what share links, the expiry scheduler and the delivery worker (which have
// no API key to ask) read. Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';

export const testMode: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('accounts').addColumn('livemode', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema
      .alterTable('accounts')
      .addColumn('live_account_id', 'text', (c) => c.references('accounts.id').onDelete('cascade'))
      .execute();
    // One test mode per account.
    await db.schema.createIndex('accounts_test_mode').unique().on('accounts').column('live_account_id').execute();
    await db.schema.alterTable('galleries').addColumn('livemode', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('webhooks').addColumn('livemode', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  },
};
