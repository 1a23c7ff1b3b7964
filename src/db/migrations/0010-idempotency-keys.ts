// 0010: Idempotency-Key records (a retried POST gets the first answer). Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';

export const idempotencyKeys: Migration = {
  async up(db: Kysely<any>) {
    // One row per (scope, key): the primary key is what resolves a race between instances to one execution.
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('response_status', 'integer')
      .addColumn('response_headers', 'text')
      .addColumn('response_body', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();
    await db.schema.createIndex('idempotency_keys_expiry').on('idempotency_keys').column('expires_at').execute();
  },
};
