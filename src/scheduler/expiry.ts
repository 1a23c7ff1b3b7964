// The expiry scheduler: a gallery whose expires_at has passed becomes
// `expired` and fires `gallery.expired` exactly once. A wakeable loop that
// sleeps until the next due expiry (bounded by a minute); this process's own
// changes wake it at once, and on PostgreSQL so do other instances' (NOTIFY). Several instances may
// run it on one database: the conditional update lets exactly one of them win.
import type { Clock } from '../clock.js';
import type { Config } from '../config/index.js';
import type { DeliveryWakeUp } from '../context.js';
import type { Database } from '../db/connect.js';
import { recordEvent } from '../events/outbox.js';
import { endAccessTokens } from '../share/share-access.js';
import { toGalleryResource } from '../galleries/gallery-resource.js';
import type { Logger } from '../logging/logger.js';
import { createWakeableLoop } from './wakeable-loop.js';
import { EXPIRY_CHANNEL, listenForWakeUps, type Listener } from '../db/wake-ups.js';

/** The longest sleep: bounds how late an expiry set by another instance can be noticed. */
export const MAX_SLEEP_MS = 60_000;
const BATCH = 100;

export interface ExpiryScheduler {
  start(): void;
  /** Look again now (call after a gallery's expires_at changed). */
  wake(): void;
  stop(): Promise<void>;
}

// A factory: its closure is the loop and the scheduler's options; expireDue and nextDueInMs are its steps.
export function createExpiryScheduler(options: {
  database: Database;
  clock: Clock;
  logger: Logger;
  config: Pick<Config, 'shareBaseUrl'>;
  deliveries: DeliveryWakeUp;
  maxSleepMs?: number;
  /** For PostgreSQL: the URL to LISTEN on, so an expiry set through another instance is seen at once. */
  listenUrl?: string;
}): ExpiryScheduler {
  const { database, clock, logger } = options;
  const { db } = database;
  const maxSleep = options.maxSleepMs ?? MAX_SLEEP_MS;

  /** Expires every due gallery; returns how many this instance expired. */
  async function expireDue(): Promise<number> {
    let expired = 0;
    for (;;) {
      const now = clock.now().toISOString();
      const due = await db
        .selectFrom('galleries')
        .select('id')
        .where('status', '=', 'active')
        .where('expires_at', 'is not', null)
        .where('expires_at', '<=', now)
        .orderBy('expires_at')
        .limit(BATCH)
        .execute();
      if (!due.length) return expired;
      for (const { id } of due) {
        const won = await db.transaction().execute(async (trx) => {
          const row = await trx
            .updateTable('galleries')
            .set({ status: 'expired', updated_at: now })
            .where('id', '=', id)
            .where('status', '=', 'active')
            .where('expires_at', '<=', now)
            .returningAll()
            .executeTakeFirst();
          // Another instance (or a PATCH) got there first: nothing to fire.
          if (!row) return false;
          await endAccessTokens(trx, row.id);
          await recordEvent({ db: trx, clock }, {
            accountId: row.account_id,
            type: 'gallery.expired',
            galleryId: row.id,
            data: { gallery: toGalleryResource(row, options.config.shareBaseUrl) },
          });
          return true;
        });
        if (won) expired++;
      }
      if (expired) options.deliveries.wake();
      if (due.length < BATCH) return expired;
    }
  }

  async function nextDueInMs(): Promise<number> {
    const next = await db
      .selectFrom('galleries')
      .select((eb) => eb.fn.min('expires_at').as('at'))
      .where('status', '=', 'active')
      .where('expires_at', 'is not', null)
      .executeTakeFirst();
    if (!next?.at) return maxSleep;
    return Math.max(0, Math.min(maxSleep, Date.parse(String(next.at)) - clock.now().getTime()));
  }

  const loop = createWakeableLoop({
    maxSleepMs: maxSleep,
    async pass() {
      const expired = await expireDue();
      if (expired) logger.info({ expired }, 'galleries expired');
      const sleep = await nextDueInMs();
      // A few milliseconds late rather than early: expires_at is compared with the clock.
      return sleep === 0 ? 0 : sleep + 5;
    },
    onError(err) {
      logger.error({ err }, 'expiry scheduler failed; retrying soon');
      return Math.min(maxSleep, 5_000);
    },
  });

  let listener: Promise<Listener> | null = null;
  return {
    start() {
      loop.start();
      if (options.listenUrl) {
        listener = listenForWakeUps(options.listenUrl, EXPIRY_CHANNEL, loop.wake, logger);
      }
    },
    wake: loop.wake,
    async stop() {
      await loop.stop();
      await (await listener)?.close();
    },
  };
}
