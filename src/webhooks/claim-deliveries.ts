// Claiming due deliveries for one worker: which endpoints have due, unclaimed
// deliveries, and taking a lease on up to N of one endpoint's (row locks with
// SKIP LOCKED on PostgreSQL, so two workers never take the same row). A
// worker only ever writes to deliveries whose `locked_by` is still its own.
import type { Database } from '../db/connect.js';
import type { WebhookDeliveriesTable } from '../db/schema.js';

/** A claimed delivery with what sending it needs: the endpoint, its secrets, the event's bytes. */
export interface ClaimedDelivery extends WebhookDeliveriesTable {
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: string | null;
  payload: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Webhooks with due, unclaimed deliveries, most overdue first (at most 100 a pass). */
export async function dueWebhooks({ db }: Database, nowMs: number): Promise<string[]> {
  const now = iso(nowMs);
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select('webhook_id')
    .select((eb) => eb.fn.min('next_attempt_at').as('due'))
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .groupBy('webhook_id')
    .orderBy('due')
    .limit(100)
    .execute();
  return rows.map((r) => r.webhook_id);
}

/** Leases up to `limit` of one webhook's due deliveries to `workerId` until now + leaseMs. */
export async function claimDeliveries(
  database: Database,
  claim: { workerId: string; webhookId: string; limit: number; nowMs: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  const { db } = database;
  const now = iso(claim.nowMs);
  let due = db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('webhook_id', '=', claim.webhookId)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .orderBy('next_attempt_at')
    .limit(claim.limit);
  if (database.dialect === 'postgres') due = due.forUpdate().skipLocked();
  const claimed = await db
    .updateTable('webhook_deliveries')
    .set({ locked_until: iso(claim.nowMs + claim.leaseMs), locked_by: claim.workerId })
    .where('id', 'in', due)
    .returning('id')
    .execute();
  if (!claimed.length) return [];
  return (await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .selectAll('d')
    .select(['w.url', 'w.secret_encrypted', 'w.previous_secret_encrypted', 'w.previous_secret_expires_at', 'e.payload'])
    .where('d.id', 'in', claimed.map((c) => c.id))
    .where('d.locked_by', '=', claim.workerId)
    .execute()) as ClaimedDelivery[];
}

/** Gives back `workerId`'s lease on one delivery (or, without an id, on all its pending ones). */
export async function releaseClaims({ db }: Database, workerId: string, deliveryId?: string): Promise<void> {
  let release = db.updateTable('webhook_deliveries').set({ locked_until: null, locked_by: null }).where('locked_by', '=', workerId);
  release = deliveryId ? release.where('id', '=', deliveryId) : release.where('status', '=', 'pending');
  await release.execute();
}
