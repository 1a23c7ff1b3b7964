// Recording one attempt's outcome: the delivery's new state (succeeded,
// pending with its next attempt, failed), the attempt row, and — on 410 Gone
// or an exhausted schedule — the endpoint disabled, all in one transaction.
// Only while the worker still holds the delivery's lease: a worker that lost
// it (lease expired, webhook deleted) records nothing. A worker records the
// attempts that end while a transaction is committing together, in the next
// one (attemptRecorder): a commit per attempt was what bounded a backlog's
// drain.
import { randomUUID } from 'node:crypto';
import type { WebhookConfig } from '../config/index.js';
import type { Database } from '../db/connect.js';
import type { Transaction } from 'kysely';
import type { Tables } from '../db/schema.js';
import type { WebhookDeliveriesTable } from '../db/schema.js';
import { nextAttempt, parseRetryAfter } from './retry-schedule.js';
import type { AttemptResult } from './send.js';
import { disableWebhook } from './webhooks.js';

const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export interface Attempt {
  workerId: string;
  delivery: WebhookDeliveriesTable;
  result: AttemptResult;
  attemptedAt: Date;
  now: Date;
  retrySchedule: WebhookConfig['retrySchedule'];
  random?: () => number;
}

/** Records one attempt in its own transaction; returns when the delivery is due again (null: done, failed, or not ours any more). */
export const recordAttempt = ({ db }: Database, attempt: Attempt): Promise<Date | null> => db.transaction().execute((trx) => recordIn(trx, attempt));

/** The most attempts one transaction records. */
const BATCH = 100;

/**
 * A worker's recorder: `record` resolves once the attempt's transaction committed. Attempts that end
 * while one commits go in the next, together; if that transaction fails, each is recorded in its own
 * (one bad attempt costs the others nothing).
 */
export function attemptRecorder(database: Database): (attempt: Attempt) => Promise<Date | null> {
  const waiting: { attempt: Attempt; resolve: (next: Date | null) => void; reject: (err: unknown) => void }[] = [];
  let writing = false;
  const write = async () => {
    writing = true;
    while (waiting.length) {
      const batch = waiting.splice(0, BATCH);
      try {
        const results = await database.db.transaction().execute(async (trx) => {
          const out: (Date | null)[] = [];
          for (const { attempt } of batch) out.push(await recordIn(trx, attempt));
          return out;
        });
        batch.forEach((entry, i) => entry.resolve(results[i]!));
      } catch {
        for (const entry of batch) await recordAttempt(database, entry.attempt).then(entry.resolve, entry.reject);
      }
    }
    writing = false;
  };
  return (attempt) =>
    new Promise((resolve, reject) => {
      waiting.push({ attempt, resolve, reject });
      if (!writing) void write();
    });
}

async function recordIn(trx: Transaction<Tables>, attempt: Attempt): Promise<Date | null> {
  const { delivery, result, now } = attempt;
  const attempts = delivery.attempt_count + 1;
  const status = result.statusCode;
  const ok = status !== null && status >= 200 && status < 300;
  const gone = status === 410;
  const retryAfter = status === 429 || status === 503 ? parseRetryAfter(firstHeader(result.headers['retry-after']), now) : null;
  // A disabled endpoint gets no retries (a test event or a redelivery to it is tried once).
  const endpoint = await trx.selectFrom('webhooks').select('enabled').where('id', '=', delivery.webhook_id).executeTakeFirst();
  const retry = !ok && !gone && endpoint?.enabled === 1;
  const next = retry ? nextAttempt(attempt.retrySchedule, attempts, now, retryAfter, attempt.random) : { nextAttemptAt: null };
  const failed = !ok && next.nextAttemptAt === null;
  const updated = await trx
    .updateTable('webhook_deliveries')
    .set({
      status: ok ? 'succeeded' : failed ? 'failed' : 'pending',
      attempt_count: attempts,
      next_attempt_at: next.nextAttemptAt?.toISOString() ?? null,
      last_status_code: status,
      locked_until: null,
      locked_by: null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', delivery.id)
    .where('locked_by', '=', attempt.workerId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return null;
  await trx
    .insertInto('delivery_attempts')
    .values({
      id: randomUUID(),
      delivery_id: delivery.id,
      attempted_at: attempt.attemptedAt.toISOString(),
      duration_ms: result.durationMs,
      status_code: status,
      response_body: result.responseBody,
      error: result.error,
    })
    .execute();
  if (endpoint?.enabled !== 1) return null;
  if (gone) await disableWebhook(trx, delivery.webhook_id, 'The endpoint answered 410 Gone', now);
  else if (failed) {
    const last = status !== null ? `HTTP ${status}` : (result.error ?? 'no answer');
    await disableWebhook(trx, delivery.webhook_id, `Every attempt of the retry schedule failed (last: ${last})`, now);
  }
  return next.nextAttemptAt;
}
