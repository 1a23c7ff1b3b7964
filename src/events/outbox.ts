// The transactional outbox: an event and one pending delivery per subscribed,
// enabled webhook are written in the caller's transaction, with the change
// that caused them. Nothing is sent here: after the transaction commits, the
// caller tells the delivery worker (`ctx.deliveries.wake()`), which reads the rows.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { eventEnvelopeApi_versionValues, type components } from '../../generated/openapi.js';
import type { EventDataMap } from '../../generated/events.js';
import { isLive } from '../accounts/livemode.js';
import type { DomainContext } from '../context.js';
import type { Tables, WebhookDeliveriesTable } from '../db/schema.js';

/** Every event type a delivery can carry: the subscribable ones and `webhook.test`. */
export type EventType = components['schemas']['WebhookDelivery']['event_type'] & keyof EventDataMap;
/** The events of an account's stream (webhook.test is a delivery to one endpoint, outside it). */
export type StreamEventType = Exclude<EventType, 'webhook.test'>;
/** An event of type T: its data is the type the spec gives that event (generated/events.ts). */
export type EventEnvelope<T extends EventType = EventType> = Omit<components['schemas']['EventEnvelope'], 'type' | 'data'> & {
  type: T;
  data: EventDataMap[T];
};

/** The envelope's api_version: the one value the spec allows. */
const API_VERSION = eventEnvelopeApi_versionValues[0]!;

export const newEventId = () => `evt_${randomBytes(16).toString('hex')}`;

type Db = Transaction<Tables> | Kysely<Tables>;

/** A pending delivery of `eventId` to one webhook, due now. */
export function pendingDelivery(webhookId: string, eventId: string, eventType: EventType, now: string): WebhookDeliveriesTable {
  return {
    id: randomUUID(),
    webhook_id: webhookId,
    event_id: eventId,
    event_type: eventType,
    status: 'pending',
    attempt_count: 0,
    next_attempt_at: now,
    last_status_code: null,
    locked_until: null,
    locked_by: null,
    created_at: now,
    updated_at: now,
  };
}

/** Writes the event (its envelope serialized once: every delivery sends these bytes). */
export async function insertEvent<T extends EventType>(
  db: Db,
  input: { accountId: string; livemode: boolean; type: T; galleryId: string | null; sequence: number; data: EventDataMap[T]; now: string },
): Promise<EventEnvelope<T>> {
  const envelope: EventEnvelope<T> = {
    id: newEventId(),
    livemode: input.livemode,
    type: input.type,
    sequence: input.sequence,
    created_at: input.now,
    api_version: API_VERSION,
    data: input.data,
  };
  await db
    .insertInto('events')
    .values({
      id: envelope.id,
      account_id: input.accountId,
      type: input.type,
      gallery_id: input.galleryId,
      sequence: input.sequence,
      payload: JSON.stringify(envelope),
      created_at: input.now,
    })
    .execute();
  return envelope;
}

/**
 * Records an event of the account's stream: takes the next sequence number
 * (the account row's counter, updated in this transaction, so numbers follow
 * commit order without gaps), writes the event and a pending delivery for
 * every enabled webhook subscribed to its type. The account id is the scope's
 * (accounts.ts): a test-mode event has its own sequence and reaches only
 * test-mode webhooks.
 */
export async function recordEvent<T extends StreamEventType>(
  ctx: Pick<DomainContext, 'clock'> & { db: Db },
  input: { accountId: string; type: T; galleryId: string | null; data: EventDataMap[T] },
): Promise<EventEnvelope<T>> {
  const trx = ctx.db;
  const now = ctx.clock.now().toISOString();
  const counter = await trx
    .updateTable('accounts')
    .set((eb) => ({ event_sequence: eb('event_sequence', '+', 1) }))
    .where('id', '=', input.accountId)
    .returning(['event_sequence', 'livemode'])
    .executeTakeFirstOrThrow();
  const envelope = await insertEvent<T>(trx, { ...input, livemode: isLive(counter), sequence: Number(counter.event_sequence), now });

  const webhooks = await trx
    .selectFrom('webhooks')
    .select(['id', 'events'])
    .where('account_id', '=', input.accountId)
    .where('enabled', '=', 1)
    .execute();
  const subscribed = webhooks.filter((w) => (JSON.parse(w.events) as string[]).includes(input.type));
  if (subscribed.length) {
    await trx
      .insertInto('webhook_deliveries')
      .values(subscribed.map((w) => pendingDelivery(w.id, envelope.id, input.type, now)))
      .execute();
  }
  return envelope;
}
