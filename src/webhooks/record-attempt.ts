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
export const recordAttempt = ({ db }: Database, attempt: Attempt): Promise<Date | null> => db.transaction().execute(async (trx) => (await recordIn(trx, [attempt]))[0]!);

/** The most attempts one transaction records. */
const BATCH = 100;
/** Transactions recording attempts at once, on PostgreSQL. */
const WRITERS_ON_POSTGRES = 4;

/**
 * A worker's recorder: `record` resolves once the attempt's transaction committed. Attempts that end
 * while one commits go in the next, together; if that transaction fails, each is recorded in its own
 * (one bad attempt costs the others nothing).
 */
export function attemptRecorder(database: Database): (attempt: Attempt) => Promise<Date | null> {
  const waiting: { attempt: Attempt; resolve: (next: Date | null) => void; reject: (err: unknown) => void }[] = [];
  // PostgreSQL: a few transactions at once (the pool has several connections, and the change counter's
  // stripes keep them from waiting on each other); SQLite has one connection and one writer.
  const writers = database.dialect === 'postgres' ? WRITERS_ON_POSTGRES : 1;
  let writing = 0;
  const write = async () => {
    writing++;
    while (waiting.length) {
      const batch = waiting.splice(0, BATCH);
      try {
        const results = await database.db.transaction().execute((trx) => recordIn(trx, batch.map((entry) => entry.attempt)));
        batch.forEach((entry, i) => entry.resolve(results[i]!));
      } catch {
        for (const entry of batch) await recordAttempt(database, entry.attempt).then(entry.resolve, entry.reject);
      }
    }
    writing--;
  };
  return (attempt) =>
    new Promise((resolve, reject) => {
      waiting.push({ attempt, resolve, reject });
      if (writing < writers) void write();
    });
}

/**
 * Records attempts in one transaction, set by set: the endpoints' state in one read, the deliveries in one
 * UPDATE per distinct outcome (all of a batch's successes: one), the attempt rows in one INSERT. Per
 * attempt, when its delivery is due again (null: done, failed, or not ours any more).
 */
async function recordIn(trx: Transaction<Tables>, batch: readonly Attempt[]): Promise<(Date | null)[]> {
  const recordedAt = batch.reduce((latest, a) => (a.now > latest ? a.now : latest), batch[0]!.now).toISOString();
  // A disabled endpoint gets no retries (a test event or a redelivery to it is tried once).
  const webhookIds = [...new Set(batch.map((a) => a.delivery.webhook_id))];
  const endpoints = new Map((await trx.selectFrom('webhooks').select(['id', 'enabled']).where('id', 'in', webhookIds).execute()).map((w) => [w.id, w.enabled]));
  const outcomes = batch.map((attempt) => {
    const { delivery, result, now } = attempt;
    const attempts = delivery.attempt_count + 1;
    const status = result.statusCode;
    const ok = status !== null && status >= 200 && status < 300;
    const gone = status === 410;
    const retryAfter = status === 429 || status === 503 ? parseRetryAfter(firstHeader(result.headers['retry-after']), now) : null;
    const enabled = endpoints.get(delivery.webhook_id) === 1;
    const next = !ok && !gone && enabled ? nextAttempt(attempt.retrySchedule, attempts, now, retryAfter, attempt.random) : { nextAttemptAt: null };
    const failed = !ok && next.nextAttemptAt === null;
    const changes = {
      status: ok ? ('succeeded' as const) : failed ? ('failed' as const) : ('pending' as const),
      attempt_count: attempts,
      next_attempt_at: next.nextAttemptAt?.toISOString() ?? null,
      last_status_code: status,
      locked_until: null,
      locked_by: null,
      updated_at: recordedAt,
    };
    return { attempt, ok, gone, failed, enabled, next: next.nextAttemptAt, changes };
  });
  // One UPDATE per distinct outcome, only of deliveries this worker still holds.
  const groups = new Map<string, typeof outcomes>();
  for (const o of outcomes) {
    const key = JSON.stringify(o.changes);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const ours = new Set<string>();
  for (const group of groups.values()) {
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set(group[0]!.changes)
      .where('id', 'in', group.map((o) => o.attempt.delivery.id))
      .where('locked_by', '=', group[0]!.attempt.workerId)
      .returning('id')
      .execute();
    for (const row of updated) ours.add(row.id);
  }
  const recorded = outcomes.filter((o) => ours.has(o.attempt.delivery.id));
  if (recorded.length) {
    await trx
      .insertInto('delivery_attempts')
      .values(
        recorded.map(({ attempt: { delivery, attemptedAt, result } }) => ({
          id: randomUUID(),
          delivery_id: delivery.id,
          attempted_at: attemptedAt.toISOString(),
          duration_ms: result.durationMs,
          status_code: result.statusCode,
          response_body: result.responseBody,
          error: result.error,
        })),
      )
      .execute();
  }
  const out: (Date | null)[] = [];
  for (const o of outcomes) {
    if (!ours.has(o.attempt.delivery.id) || !o.enabled) {
      out.push(null);
      continue;
    }
    const { webhook_id: webhookId } = o.attempt.delivery;
    const status = o.attempt.result.statusCode;
    if (o.gone) await disableWebhook(trx, webhookId, 'The endpoint answered 410 Gone', o.attempt.now);
    else if (o.failed) {
      const last = status !== null ? `HTTP ${status}` : (o.attempt.result.error ?? 'no answer');
      await disableWebhook(trx, webhookId, `Every attempt of the retry schedule failed (last: ${last})`, o.attempt.now);
    }
    out.push(o.next);
  }
  return out;
}
