// Wake-ups across processes on PostgreSQL: NOTIFY on a channel (delivered
// when the sender's transaction commits, or at once outside one) and a
// LISTEN connection that calls back on each. On SQLite there is one process
// and nothing to send. A lost LISTEN connection is re-opened; meanwhile the
// listeners still poll, so a wake-up is only ever late, never lost work.
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

/** LISTENs on `channel` at `url` until closed; `onNotify` on every notification. */
export async function listenForWakeUps(url: string, channel: string, onNotify: () => void, logger: Logger, retryMs = 1_000): Promise<Listener> {
  let closed = false;
  let client: pg.Client | null = null;
  const open = async (): Promise<void> => {
    const next = new (loadPg().Client)({ connectionString: url });
    next.on('error', (err) => {
      logger.warn({ err, channel }, 'wake-ups (LISTEN) lost; polling until they are back');
      client = null;
      if (!closed) setTimeout(() => void open().catch(() => undefined), retryMs).unref();
    });
    next.on('notification', () => onNotify());
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    if (closed) await next.end();
    else client = next;
  };
  await open();
  return {
    async close() {
      closed = true;
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
