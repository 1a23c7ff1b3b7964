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
import type { Clock } from '../clock.js';
import type { WebhookConfig } from '../config/index.js';
import type { Database } from '../db/connect.js';
import { DELIVERIES_CHANNEL, listenForWakeUps, notifyChannel, type Listener } from '../db/wake-ups.js';
import type { Logger } from '../logging/logger.js';
import { createWakeableLoop } from '../scheduler/wakeable-loop.js';
import { claimDeliveries, dueWebhooks, releaseClaims, type ClaimedDelivery } from './claim-deliveries.js';
import { attemptHeaders } from './delivery-headers.js';
import { attemptRecorder } from './record-attempt.js';
import type { SecretBox } from './secret-box.js';
import { createSender, type AttemptResult, type Sender } from './send.js';
import { safeLookup, systemResolver, type Resolver } from './url-safety.js';
import { activeSecrets } from './webhooks.js';


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

// Longer than one screen on purpose: a factory whose closure is the worker's state (in-flight attempts,
// per-endpoint counts, the LISTEN client); each step inside is a short function of its own, and the
// database work is in claim-deliveries.ts and record-attempt.ts.
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { database, clock, logger, config, secretBox } = options;
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
  const inFlight = new Map<string, { controller: AbortController; done: Promise<void> }>();
  /** Attempts being sent, per endpoint (the concurrency bounds count these: an endpoint that answered is free again). */
  const perWebhook = new Map<string, number>();
  let sendingNow = 0;
  // Sent but not yet recorded attempts wait for a commit; past as many again as are sent at once, no more are sent.
  const saturated = () => sendingNow >= config.concurrency || inFlight.size >= 2 * config.concurrency;
  const record = attemptRecorder(database);
  let listener: Listener | null = null;

  const loop = createWakeableLoop({
    maxSleepMs: config.pollMs,
    pass: claimAndDispatch,
    onError(err) {
      logger.error({ err }, 'delivery worker could not claim deliveries; retrying at the next poll');
      return config.pollMs;
    },
  });

  // Which endpoints to claim for. Looking at every endpoint's due deliveries (dueWebhooks) reads all of
  // them, a backlog of 5,000 included: done on a wake-up from outside (new events, NOTIFY), at start, when
  // a retry is due, and once a poll interval otherwise (what another process wrote unannounced). Between
  // those, an attempt that ends sends the next of its endpoint's backlog directly: `backlogged` are the endpoints whose last claim took all it asked for,
  // and `ready` what was claimed a batch ahead (one claim, a commit, per endpointConcurrency attempts
  // instead of one per attempt). A claim waits there at most about one attempt's time limit, well
  // inside its lease; stop() releases what is left with the rest.
  const backlogged = new Set<string>();
  const ready = new Map<string, ClaimedDelivery[]>();
  /** When every endpoint's due deliveries are to be read next (ms): now after an outside wake-up, else at the poll or a retry's time. */
  let scanAt = -Infinity;
  const wakeForNewWork = () => {
    scanAt = -Infinity;
    loop.wake();
  };
  const scanWhenDue = (atMs: number) => {
    scanAt = Math.min(scanAt, atMs);
    loop.wakeIn(atMs - clock.now().getTime());
  };

  /** Sends what the bounds allow for one endpoint, claiming a batch ahead when its ready queue runs short; whether it may have more. */
  async function sendFor(webhookId: string): Promise<boolean> {
    const free = Math.min(config.concurrency - sendingNow, config.endpointConcurrency - (perWebhook.get(webhookId) ?? 0));
    const queue = ready.get(webhookId) ?? [];
    if (free > 0 && queue.length < free) {
      const want = free - queue.length + config.endpointConcurrency;
      const claimed = await claimDeliveries(database, { workerId: id, webhookId, limit: want, nowMs: clock.now().getTime(), leaseMs });
      queue.push(...claimed);
      if (claimed.length === want) backlogged.add(webhookId);
      else backlogged.delete(webhookId);
    }
    if (loop.stopped) return false;
    for (const delivery of queue.splice(0, Math.max(0, free))) dispatch(delivery);
    if (queue.length) ready.set(webhookId, queue);
    else ready.delete(webhookId);
    return queue.length > 0 || backlogged.has(webhookId);
  }

  /** One pass: send what the concurrency bounds allow, endpoint by endpoint; 0 when there may be more right away. */
  async function claimAndDispatch(): Promise<number> {
    if (saturated()) return config.pollMs;
    const nowMs = clock.now().getTime();
    const scan = nowMs >= scanAt;
    if (scan) scanAt = nowMs + config.pollMs;
    const endpoints = new Set([...ready.keys(), ...backlogged, ...(scan ? await dueWebhooks(database, nowMs) : [])]);
    let more = false;
    for (const webhookId of endpoints) {
      if (loop.stopped || saturated()) break;
      if (await sendFor(webhookId)) more = true;
    }
    return more && !saturated() ? 0 : config.pollMs;
  }

  function send(delivery: ClaimedDelivery, signal: AbortSignal): Promise<AttemptResult> {
    const event = JSON.parse(delivery.payload) as { id: string };
    const headers = attemptHeaders({
      eventId: event.id,
      eventType: delivery.event_type,
      deliveryId: delivery.id,
      secrets: activeSecrets(secretBox, delivery, clock.now()),
      t: Math.floor(clock.now().getTime() / 1000),
      body: delivery.payload,
    });
    return sender.send(delivery.url, delivery.payload, headers, signal);
  }

  function dispatch(delivery: ClaimedDelivery): void {
    const controller = new AbortController();
    perWebhook.set(delivery.webhook_id, (perWebhook.get(delivery.webhook_id) ?? 0) + 1);
    sendingNow++;
    let sent = false;
    /** The endpoint answered (or the attempt ended without): its slot goes to the next attempt while this one is recorded. */
    const freeSlot = () => {
      if (sent) return;
      sent = true;
      sendingNow--;
      const left = (perWebhook.get(delivery.webhook_id) ?? 1) - 1;
      if (left > 0) perWebhook.set(delivery.webhook_id, left);
      else perWebhook.delete(delivery.webhook_id);
      loop.wake();
    };
    const done = (async () => {
      const attemptedAt = clock.now();
      try {
        const result = await send(delivery, controller.signal);
        freeSlot();
        if (controller.signal.aborted) {
          await releaseClaims(database, id, delivery.id).catch((err: unknown) =>
            logger.warn({ err, delivery_id: delivery.id }, 'could not release a delivery claim; it frees itself when the lease ends'),
          );
          return;
        }
        const now = clock.now();
        const nextAt = await record({ workerId: id, delivery, result, attemptedAt, now, retrySchedule: config.retrySchedule, random: options.random });
        if (nextAt) scanWhenDue(nextAt.getTime());
      } catch (err) {
        logger.error({ err, delivery_id: delivery.id }, 'delivery attempt could not be recorded; it is retried when its lease ends');
      } finally {
        freeSlot();
        inFlight.delete(delivery.id);
        loop.wake();
      }
    })();
    inFlight.set(delivery.id, { controller, done });
  }

  /** Lets attempts in flight finish within `graceMs`, then aborts the rest (their claims are released). */
  async function drain(graceMs: number): Promise<void> {
    const pending = [...inFlight.values()];
    if (!pending.length) return;
    const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(pending.map((p) => p.done)), grace]);
    for (const p of inFlight.values()) p.controller.abort();
    await Promise.all([...inFlight.values()].map((p) => p.done));
  }

  return {
    id,
    async start() {
      loop.start();
      if (options.listenUrl) {
        listener = await listenForWakeUps(options.listenUrl, DELIVERIES_CHANNEL, wakeForNewWork, logger, config.pollMs);
      }
      logger.info({ worker: id, concurrency: config.concurrency, endpoint_concurrency: config.endpointConcurrency }, 'webhook delivery worker started');
      wakeForNewWork();
    },
    wake: wakeForNewWork,
    async stop(graceMs = config.timeoutMs) {
      // No new claims; a claim in progress settles first. What was claimed ahead is released below.
      await loop.stop();
      ready.clear();
      await drain(graceMs);
      await releaseClaims(database, id).catch(() => undefined);
      sender.close();
      await listener?.close();
      listener = null;
    },
  };
}

/** Wakes workers in other processes (PostgreSQL): NOTIFY is delivered when the caller's transaction commits. */
export const notifyDeliveries = (database: Database) => notifyChannel(database, DELIVERIES_CHANNEL);
