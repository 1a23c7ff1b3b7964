// Reading deliveries back (with every attempt) and redelivering one.
import type { components, operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import { isLive } from '../accounts/livemode.js';
import type { DeliveryAttemptsTable, WebhookDeliveriesTable, WebhooksTable } from '../db/schema.js';
import { notFound } from '../errors/index.js';
import { pendingDelivery } from '../events/outbox.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';
import { findWebhookRow } from './webhooks.js';
import { inTransaction } from '../db/unit-of-work.js';

export type DeliveryResource = components['schemas']['WebhookDelivery'];
export type DeliveriesQuery = NonNullable<operations['listWebhookDeliveries']['parameters']['query']> & PageQuery;
type DeliveryContext = Pick<DomainContext, 'db' | 'clock' | 'deliveries'>;

/** A delivery as the API shows it: in its webhook's mode. */
function toDeliveryResource(row: WebhookDeliveriesTable, attempts: DeliveryAttemptsTable[], webhook: Pick<WebhooksTable, 'livemode'>): DeliveryResource {
  return {
    id: row.id,
    livemode: isLive(webhook),
    webhook_id: row.webhook_id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempt_count: row.attempt_count,
    next_attempt_at: row.next_attempt_at,
    last_status_code: row.last_status_code,
    attempts: attempts.map((a) => ({
      attempted_at: a.attempted_at,
      duration_ms: a.duration_ms,
      status_code: a.status_code,
      response_body: a.response_body,
      error: a.error,
    })),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

async function withAttempts(ctx: Pick<DomainContext, 'db'>, rows: WebhookDeliveriesTable[], webhook: Pick<WebhooksTable, 'livemode'>): Promise<DeliveryResource[]> {
  if (!rows.length) return [];
  const attempts = await ctx.db
    .selectFrom('delivery_attempts')
    .selectAll()
    .where('delivery_id', 'in', rows.map((r) => r.id))
    .orderBy('attempted_at')
    .orderBy('id')
    .execute();
  const byDelivery = new Map<string, DeliveryAttemptsTable[]>();
  for (const a of attempts) byDelivery.set(a.delivery_id, [...(byDelivery.get(a.delivery_id) ?? []), a]);
  return rows.map((row) => toDeliveryResource(row, byDelivery.get(row.id) ?? [], webhook));
}

export async function listDeliveries(
  ctx: DeliveryContext,
  accountId: string,
  webhookId: string,
  query: DeliveriesQuery,
): Promise<Page<DeliveryResource>> {
  const webhook = await findWebhookRow(ctx.db, accountId, webhookId);
  let base = ctx.db.selectFrom('webhook_deliveries').where('webhook_id', '=', webhookId);
  if (query.status) base = base.where('status', '=', query.status);
  const { limit, offset } = pageWindow(query);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withAttempts(ctx, rows, webhook), total: Number(count.n) };
}

export async function getDelivery(ctx: Pick<DomainContext, 'db'>, accountId: string, webhookId: string, deliveryId: string): Promise<DeliveryResource> {
  const webhook = await findWebhookRow(ctx.db, accountId, webhookId);
  const row = await ctx.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('id', '=', deliveryId)
    .where('webhook_id', '=', webhookId)
    .executeTakeFirst();
  if (!row) throw notFound('Delivery', deliveryId);
  return (await withAttempts(ctx, [row], webhook))[0]!;
}

/** A new delivery of the same event (same id, same bytes) to the same endpoint, due now. */
export async function redeliver(ctx: DeliveryContext, accountId: string, webhookId: string, deliveryId: string): Promise<DeliveryResource> {
  const original = await getDelivery(ctx, accountId, webhookId, deliveryId);
  const delivery = pendingDelivery(webhookId, original.event_id, original.event_type, ctx.clock.now().toISOString());
  await inTransaction(ctx.db, (trx) => trx.insertInto('webhook_deliveries').values(delivery).execute());
  ctx.deliveries.wake();
  return getDelivery(ctx, accountId, webhookId, delivery.id);
}
