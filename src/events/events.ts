// Reading the event log back: what GET /events and GET /events/{id} return.
import type { components, operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import { notFound } from '../errors/index.js';
import { parseInstant } from '../validation/instant.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';

/** An event as the API shows it: the stored envelope, exactly as it was delivered. */
export type Event = components['schemas']['Event'];

export type EventsQuery = NonNullable<operations['listEvents']['parameters']['query']> & PageQuery;

/** Newest first: by the account's sequence, which follows commit order. */
export async function listEvents(ctx: Pick<DomainContext, 'db'>, accountId: string, query: EventsQuery): Promise<Page<Event>> {
  // webhook.test events are deliveries to one endpoint, not part of the account's event stream.
  let base = ctx.db.selectFrom('events').where('account_id', '=', accountId).where('type', '!=', 'webhook.test');
  if (query.type) base = base.where('type', '=', query.type);
  // Instants, compared in UTC (stored timestamps are all `…Z` with milliseconds, so text order is time order).
  const after = query.created_after && parseInstant('created_after', query.created_after, "Invalid query parameter 'created_after'");
  const before = query.created_before && parseInstant('created_before', query.created_before, "Invalid query parameter 'created_before'");
  if (after) base = base.where('created_at', '>=', after.toISOString());
  if (before) base = base.where('created_at', '<', before.toISOString());
  const { limit, offset } = pageWindow(query);
  const [rows, count] = await Promise.all([
    base.select('payload').orderBy('sequence', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => JSON.parse(r.payload) as Event), total: Number(count.n) };
}

export async function getEvent(ctx: Pick<DomainContext, 'db'>, accountId: string, id: string): Promise<Event> {
  const row = await ctx.db
    .selectFrom('events')
    .select('payload')
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('type', '!=', 'webhook.test')
    .executeTakeFirst();
  if (!row) throw notFound('Event', id);
  return JSON.parse(row.payload) as Event;
}
