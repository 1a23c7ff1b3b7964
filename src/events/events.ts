// Reading the event log back: what GET /events and GET /events/{id} return.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors/index.js';
import type { EventEnvelope } from './record-event.js';

export async function listEvents(
  db: Kysely<Database>,
  accountId: string,
  query: { page: number; per_page: number; type?: string; created_after?: string; created_before?: string },
): Promise<{ items: EventEnvelope[]; total: number }> {
  let base = db.selectFrom('events').where('account_id', '=', accountId);
  if (query.type) base = base.where('type', '=', query.type);
  if (query.created_after) base = base.where('created_at', '>=', new Date(query.created_after).toISOString());
  if (query.created_before) base = base.where('created_at', '<', new Date(query.created_before).toISOString());
  const [rows, count] = await Promise.all([
    base
      .select('payload')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.per_page)
      .offset((query.page - 1) * query.per_page)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => JSON.parse(r.payload) as EventEnvelope), total: Number(count.n) };
}

export async function getEvent(db: Kysely<Database>, accountId: string, id: string): Promise<EventEnvelope> {
  const row = await db.selectFrom('events').select('payload').where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  if (!row) throw notFound('Event', id);
  return JSON.parse(row.payload) as EventEnvelope;
}
