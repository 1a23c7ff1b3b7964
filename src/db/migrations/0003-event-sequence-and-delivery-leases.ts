// 0003: per-account event numbers, delivery leases. Released: never edit; add a migration.
import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect.js';

export const eventSequenceAndDeliveryLeases: Migration = {
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
