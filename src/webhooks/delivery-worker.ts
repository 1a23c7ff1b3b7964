// The delivery worker: claims due deliveries from the outbox tables, sends
// them, records every attempt and schedules the next. Runs in the server
// process by default, or alone (`piksend worker`); several workers share one
// PostgreSQL database safely (claims take row locks with SKIP LOCKED and a
// lease; a worker records an attempt only on a delivery it still holds).
//
// Woken at once by new events (in-process, and on PostgreSQL by NOTIFY from
// other processes); otherwise it polls. Concurrency is bounded overall and
// per endpoint. stop() lets attempts in flight finish within a grace period,
// then aborts them and releases their leases (they are sent again later).
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { WebhookConfig } from '../config/index.js';
import { loadPg, type Database } from '../db/connect.js';
import type { WebhookDeliveriesTable } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';
import { nextAttempt, parseRetryAfter } from './retry-schedule.js';
import type { SecretBox } from './secret-box.js';
import { createSender, type AttemptResult, type Sender } from './send.js';
import { signatureHeaders } from './signing.js';
import { safeLookup, systemResolver, type Resolver } from './url-safety.js';
import { activeSecrets, disableWebhook } from './webhooks.js';

export const NOTIFY_CHANNEL = 'piksend_deliveries';
export const USER_AGENT = 'PikSend-Webhooks/1';

export interface DeliveryWorkerOptions {
  database: Database;
  clock: Clock;
  logger: Logger;
  config: WebhookConfig;
  secretBox: SecretBox;
  /** Resolves host names (tests pass their own); the system resolver by default. */
  resolver?: Resolver;
  /** Jitter source for the retry schedule. */
  random?: () => number;
  /** For PostgreSQL: the URL to LISTEN on (wake-ups from other processes). */
  listenUrl?: string;
}

export interface DeliveryWorker {
  readonly id: string;
  start(): Promise<void>;
  /** Look for due deliveries now (call after a commit that recorded events). */
  wake(): void;
  /** Stop claiming; let attempts in flight finish for up to `graceMs`, then abort them and release their leases. */
  stop(graceMs?: number): Promise<void>;
}

interface Claimed extends WebhookDeliveriesTable {
  url: string;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: string | null;
  payload: string;
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { database, clock, logger, config, secretBox } = options;
  const { db } = database;
  const id = `worker_${randomUUID()}`;
  const policy = { allowPrivateTargets: config.allowPrivateTargets };
  const sender: Sender = createSender({
    policy,
    lookup: safeLookup(policy, options.resolver ?? systemResolver),
    timeoutMs: config.timeoutMs,
    maxSockets: config.endpointConcurrency,
  });
  // A claim outlives one attempt (its time limit) with room to record it; a crashed worker's claims are free again after this.
  const leaseMs = 2 * config.timeoutMs + 5_000;

  const inFlight = new Map<string, { webhookId: string; controller: AbortController; done: Promise<void> }>();
  const perWebhook = new Map<string, number>();
  let stopping = false;
  let cycling = false;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let listener: pg.Client | null = null;

  const iso = (ms: number) => new Date(ms).toISOString();

  async function claim(webhookId: string, limit: number): Promise<Claimed[]> {
    const now = clock.now().getTime();
    let due = db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('webhook_id', '=', webhookId)
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', iso(now))
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', iso(now))]))
      .orderBy('next_attempt_at')
      .limit(limit);
    if (database.dialect === 'postgres') due = due.forUpdate().skipLocked();
    const claimed = await db
      .updateTable('webhook_deliveries')
      .set({ locked_until: iso(now + leaseMs), locked_by: id })
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
      .where('d.locked_by', '=', id)
      .execute()) as Claimed[];
  }

  /** Webhooks with due, unclaimed deliveries, most overdue first. */
  async function dueWebhooks(): Promise<string[]> {
    const now = iso(clock.now().getTime());
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

  async function attempt(delivery: Claimed, signal: AbortSignal): Promise<AttemptResult> {
    const secrets = activeSecrets(secretBox, delivery, clock.now());
    const t = Math.floor(clock.now().getTime() / 1000);
    const event = JSON.parse(delivery.payload) as { id: string };
    return sender.send(
      delivery.url,
      delivery.payload,
      {
        'Content-Type': 'application/json',
        'User-Agent': USER_AGENT,
        'X-PikSend-Event': delivery.event_type,
        'X-PikSend-Delivery': delivery.id,
        ...signatureHeaders(secrets, event.id, t, delivery.payload),
      },
      signal,
    );
  }

  async function record(delivery: Claimed, result: AttemptResult, attemptedAt: Date): Promise<void> {
    const now = clock.now();
    const attempts = delivery.attempt_count + 1;
    const status = result.statusCode;
    const ok = status !== null && status >= 200 && status < 300;
    const gone = status === 410;
    const retryAfter = status === 429 || status === 503 ? parseRetryAfter(firstHeader(result.headers['retry-after']), now) : null;
    const nextAt = await db.transaction().execute(async (trx): Promise<Date | null> => {
      // A disabled endpoint gets no retries (a test event or a redelivery to it is tried once).
      const endpoint = await trx.selectFrom('webhooks').select('enabled').where('id', '=', delivery.webhook_id).executeTakeFirst();
      const retry = !ok && !gone && endpoint?.enabled === 1;
      const next = retry ? nextAttempt(config.retrySchedule, attempts, now, retryAfter, options.random) : { nextAttemptAt: null };
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
        .where('locked_by', '=', id)
        .executeTakeFirst();
      // Lost the claim (lease expired and another worker took it, or the webhook was deleted): record nothing.
      if (Number(updated.numUpdatedRows) !== 1) return null;
      await trx
        .insertInto('delivery_attempts')
        .values({
          id: randomUUID(),
          delivery_id: delivery.id,
          attempted_at: attemptedAt.toISOString(),
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
    });
    if (nextAt) schedule(nextAt.getTime() - now.getTime());
  }

  async function release(deliveryId: string): Promise<void> {
    await db
      .updateTable('webhook_deliveries')
      .set({ locked_until: null, locked_by: null })
      .where('id', '=', deliveryId)
      .where('locked_by', '=', id)
      .execute()
      .catch((err: unknown) => logger.warn({ err, delivery_id: deliveryId }, 'could not release a delivery claim; it frees itself when the lease ends'));
  }

  function dispatch(delivery: Claimed): void {
    const controller = new AbortController();
    perWebhook.set(delivery.webhook_id, (perWebhook.get(delivery.webhook_id) ?? 0) + 1);
    const done = (async () => {
      const attemptedAt = clock.now();
      try {
        const result = await attempt(delivery, controller.signal);
        if (controller.signal.aborted) await release(delivery.id);
        else await record(delivery, result, attemptedAt);
      } catch (err) {
        logger.error({ err, delivery_id: delivery.id }, 'delivery attempt could not be recorded; it is retried when its lease ends');
      } finally {
        inFlight.delete(delivery.id);
        const left = (perWebhook.get(delivery.webhook_id) ?? 1) - 1;
        if (left > 0) perWebhook.set(delivery.webhook_id, left);
        else perWebhook.delete(delivery.webhook_id);
        wake();
      }
    })();
    inFlight.set(delivery.id, { webhookId: delivery.webhook_id, controller, done });
  }

  async function cycle(): Promise<void> {
    if (stopping) return;
    if (cycling) {
      again = true;
      return;
    }
    cycling = true;
    try {
      do {
        again = false;
        if (inFlight.size >= config.concurrency) break;
        for (const webhookId of await dueWebhooks()) {
          if (stopping) break;
          const free = Math.min(config.concurrency - inFlight.size, config.endpointConcurrency - (perWebhook.get(webhookId) ?? 0));
          if (free <= 0) continue;
          const claimed = await claim(webhookId, free);
          for (const delivery of claimed) dispatch(delivery);
          if (claimed.length === free) again = true;
        }
      } while (again && !stopping && inFlight.size < config.concurrency);
    } catch (err) {
      logger.error({ err }, 'delivery worker could not claim deliveries; retrying at the next poll');
    } finally {
      cycling = false;
      schedule(config.pollMs);
    }
  }

  let timerAt = Infinity;
  /** Runs a cycle in `inMs` (at most the poll interval), unless one is already due sooner. */
  function schedule(inMs: number): void {
    if (stopping) return;
    const delay = Math.max(0, Math.min(inMs, config.pollMs));
    const at = Date.now() + delay;
    if (timer && timerAt <= at) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      void cycle();
    }, delay);
  }

  function wake(): void {
    if (stopping) return;
    if (cycling) {
      again = true;
      return;
    }
    schedule(0);
  }

  async function listen(url: string): Promise<void> {
    const client = new (loadPg().Client)({ connectionString: url });
    client.on('error', (err) => {
      logger.warn({ err }, 'delivery wake-ups (LISTEN) lost; polling until they are back');
      listener = null;
      if (!stopping) setTimeout(() => void listen(url).catch(() => undefined), config.pollMs).unref();
    });
    client.on('notification', () => wake());
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    if (stopping) await client.end();
    else listener = client;
  }

  return {
    id,
    async start() {
      if (options.listenUrl) {
        await listen(options.listenUrl).catch((err: unknown) => logger.warn({ err }, 'could not LISTEN for delivery wake-ups; polling'));
      }
      logger.info({ worker: id, concurrency: config.concurrency, endpoint_concurrency: config.endpointConcurrency }, 'webhook delivery worker started');
      wake();
    },
    wake,
    async stop(graceMs = config.timeoutMs) {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const pending = [...inFlight.values()];
      if (pending.length) {
        const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
        await Promise.race([Promise.all(pending.map((p) => p.done)), grace]);
        for (const p of inFlight.values()) p.controller.abort();
        await Promise.all([...inFlight.values()].map((p) => p.done));
      }
      // Wait for a claim in progress to settle, then release anything claimed but not started.
      while (cycling) await new Promise((resolve) => setTimeout(resolve, 5));
      await db
        .updateTable('webhook_deliveries')
        .set({ locked_until: null, locked_by: null })
        .where('locked_by', '=', id)
        .where('status', '=', 'pending')
        .execute()
        .catch(() => undefined);
      sender.close();
      await listener?.end().catch(() => undefined);
      listener = null;
    },
  };
}

const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Wakes workers in other processes (PostgreSQL): NOTIFY is delivered when the caller's transaction commits. */
export const notifyDeliveries = (database: Database) =>
  database.dialect === 'postgres' ? sql`select pg_notify(${NOTIFY_CHANNEL}, '')`.execute(database.db).then(() => undefined) : Promise.resolve();
