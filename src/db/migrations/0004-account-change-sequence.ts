// 0004: the account change counter behind conditional GETs. Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';
import { createChangeTriggers, type ChangeSource } from './change-triggers.js';

/**
 * What each table's row belongs to: the account whose answers change when the
 * row does. `row` is NEW or OLD. Columns written only by readers or by the
 * delivery worker's bookkeeping (an API key's last use, a delivery's lease)
 * change no answer and are left out (`only`: the columns that do).
 * Frozen with this migration: a table added later gets its triggers from its own migration.
 */
export const CHANGE_SOURCES_0004: readonly ChangeSource[] = [
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
 * The change counter is striped: a write adds 1 to one of CHANGE_STRIPES rows of
 * its account (account_changes), and an account's version is their sum. One
 * row would serialize every writing transaction of an account on its lock
 * until commit — the webhook worker's 50 concurrent deliveries of one account
 * did (PostgreSQL p50 4 ms → 500 ms). Sums only grow, whatever the commit
 * order, so any committed write changes the version.
 */
export const CHANGE_STRIPES = 16;

export const accountChangeSequence: Migration = {
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
    await createChangeTriggers(db, CHANGE_SOURCES_0004, CHANGE_STRIPES);
  },
};
