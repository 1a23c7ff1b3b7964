// The transactional outbox: an event and one pending delivery per subscribed,
// enabled webhook are written in the caller's transaction, with the change
// that caused them. Nothing is sent here; the delivery worker reads the rows.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { eventEnvelopeApi_versionValues, type components } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import type { Tables } from '../db/schema.js';

/** Every event type a delivery can carry: the subscribable ones and `webhook.test`. */
export type EventType = components['schemas']['WebhookDelivery']['event_type'];
export type EventEnvelope = Omit<components['schemas']['EventEnvelope'], 'type' | 'data'> & {
  type: EventType;
  data: Record<string, unknown>;
};

/** The envelope's api_version: the one value the spec allows. */
const API_VERSION = eventEnvelopeApi_versionValues[0]!;

export const newEventId = () => `evt_${randomBytes(16).toString('hex')}`;

export async function recordEvent(
  ctx: Pick<DomainContext, 'clock'> & { db: Transaction<Tables> | Kysely<Tables> },
  input: { accountId: string; type: EventType; galleryId: string | null; data: Record<string, unknown> },
): Promise<EventEnvelope> {
  const trx = ctx.db;
  const now = ctx.clock.now().toISOString();
  const envelope: EventEnvelope = { id: newEventId(), type: input.type, created_at: now, api_version: API_VERSION, data: input.data };
  await trx
    .insertInto('events')
    .values({
      id: envelope.id,
      account_id: input.accountId,
      type: input.type,
      gallery_id: input.galleryId,
      payload: JSON.stringify(envelope),
      created_at: now,
    })
    .execute();

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
      .values(
        subscribed.map((w) => ({
          id: randomUUID(),
          webhook_id: w.id,
          event_id: envelope.id,
          event_type: input.type,
          status: 'pending' as const,
          attempt_count: 0,
          next_attempt_at: now,
          last_status_code: null,
          locked_until: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }
  return envelope;
}
