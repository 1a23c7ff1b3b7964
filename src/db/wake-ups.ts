// Wake-ups across processes on PostgreSQL: NOTIFY on a channel (delivered
// when the sender's transaction commits, or at once outside one) and a
// LISTEN connection that calls back on each. On SQLite there is one process
// and nothing to send. A lost LISTEN connection is re-opened (for as long as
// it takes); meanwhile the listeners still poll, so a wake-up is only ever
// late, never lost work.
import type pg from 'pg';
import { sql } from 'kysely';
import type { Logger } from '../logging/logger.js';
import { loadPg, type Database } from './connect.js';

export const DELIVERIES_CHANNEL = 'piksend_deliveries';
export const EXPIRY_CHANNEL = 'piksend_expiry';

export const notifyChannel = (database: Database, channel: string) =>
  database.dialect === 'postgres' ? sql`select pg_notify(${channel}, '')`.execute(database.db).then(() => undefined) : Promise.resolve();

export interface Listener {
  close(): Promise<void>;
}

export interface ListenEvents {
  /** LISTEN took effect (at the start, and again after each reconnection). */
  onUp?: () => void;
  /** The connection was lost (or could not be made); it is retried every `retryMs` until closed. */
  onDown?: (err: unknown) => void;
}

/**
 * LISTENs on `channel` at `url` until closed: `onNotify` with each notification's payload. A connection
 * that cannot be made or is lost is retried every `retryMs`, for as long as the listener is open (a
 * reconnection that failed once used to end the wake-ups for good). Resolves once the first attempt
 * settled, whether it connected or not; never rejects.
 */
export async function listenForWakeUps(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  logger: Logger,
  retryMs = 1_000,
  events: ListenEvents = {},
): Promise<Listener> {
  let closed = false;
  /** Said once per outage (a caller with onDown says it itself). */
  let failing = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const lost = (err: unknown) => {
    if (!events.onDown && !failing) logger.warn({ err, channel }, 'wake-ups (LISTEN) lost or unavailable; polling until they are back');
    failing = true;
    events.onDown?.(err);
    const dead = client;
    client = null;
    void dead?.end().catch(() => undefined);
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = null;
        void open();
      }, retryMs);
      retry.unref();
    }
  };
  const open = async (): Promise<void> => {
    let next: pg.Client;
    try {
      next = new (loadPg().Client)({ connectionString: url });
    } catch (err) {
      return lost(err);
    }
    client = next;
    next.on('error', (err) => client === next && lost(err));
    next.on('end', () => client === next && lost(new Error('connection ended')));
    next.on('notification', (message) => onNotify(message.payload ?? ''));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      if (closed || client !== next) return void (await next.end().catch(() => undefined));
      failing = false;
      events.onUp?.();
    } catch (err) {
      if (client === next) lost(err);
    }
  };
  await open();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => undefined);
    },
  };
}
