// The write transaction of a request's work, and what must commit with it.
// A POST with an Idempotency-Key marks its key `committed` *inside* the
// transaction that does its work (createGallery's insert and its outbox
// event, say), so the work and the record that it was done commit together:
// a crash after the commit cannot let a retry run the work again, and a
// crash before it leaves nothing done. Domain code opens its write
// transactions with `inTransaction`; outside such a request it is a plain one.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './schema.js';

export interface UnitOfWork {
  /** Called inside the first write transaction of the request, before it commits. */
  commitWith(trx: Transaction<Tables>): Promise<void>;
  /** True once the work's transaction committed (set by inTransaction). */
  committed: boolean;
  /** What the request is, when only its handler knows (an upload's files): may refuse or answer it instead. */
  identify(parts: unknown): Promise<void>;
}

const current = new AsyncLocalStorage<UnitOfWork>();

/** Runs `fn` with `unit` as the request's unit of work. */
export const withinUnitOfWork = <T>(unit: UnitOfWork, fn: () => Promise<T>): Promise<T> => current.run(unit, fn);

/** A write transaction; the first one of an idempotent request carries its key's record with it. */
export async function inTransaction<T>(db: Kysely<Tables>, fn: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
  const unit = current.getStore();
  const carries = unit !== undefined && !unit.committed;
  const result = await db.transaction().execute(async (trx) => {
    const value = await fn(trx);
    if (carries) await unit.commitWith(trx);
    return value;
  });
  if (carries) unit.committed = true;
  return result;
}

/** Tells the request's unit of work what the request is (an upload, once its files are read), before any work. */
export async function identifyRequest(parts: unknown): Promise<void> {
  await current.getStore()?.identify(parts);
}
