// Idempotency-Key records (IETF httpapi idempotency-key draft): one row per
// scope and key. A request first claims its key in a short transaction of its
// own (the primary key resolves a race between instances to one claim), does
// its work in a transaction that also marks the key `committed`
// (db/unit-of-work.ts), then keeps its answer (`done`). A retry with the same
// request gets that answer; a different request with the key is refused; a
// claim whose process died (`running` past its lease) may be taken over —
// its work never committed.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { IdempotencyKeysTable, Tables } from '../db/schema.js';
import { ApiError } from '../errors/index.js';

export interface KeptAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export type Claim =
  /** This request runs the work. */
  | { kind: 'claimed' }
  /** The first request finished: its answer, for a request with this fingerprint. */
  | { kind: 'answered'; fingerprint: string | null; answer: KeptAnswer };

const digest = (parts: readonly unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/** The fingerprint of a request: method, path and body (for an upload, what its files are). */
export const requestFingerprint = (method: string, path: string, body: unknown) => digest([method, path, body ?? null]);

export const inUse = (key: string) =>
  new ApiError('idempotency_key_in_use', 'A request with this Idempotency-Key is still running; retry in a moment', { idempotency_key: key });
export const reused = (key: string) => new ApiError('idempotency_key_reused', 'This Idempotency-Key was used for a different request', { idempotency_key: key });

export async function claimKey(
  db: Kysely<Tables>,
  claim: { scope: string; key: string; fingerprint: string | null; now: Date; leaseMs: number; keepHours: number },
): Promise<Claim> {
  const now = claim.now.toISOString();
  const row: IdempotencyKeysTable = {
    scope: claim.scope,
    key: claim.key,
    state: 'running',
    fingerprint: claim.fingerprint,
    locked_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
    response_status: null,
    response_headers: null,
    response_body: null,
    created_at: now,
    expires_at: new Date(claim.now.getTime() + claim.keepHours * 3_600_000).toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db.insertInto('idempotency_keys').values(row).onConflict((oc) => oc.columns(['scope', 'key']).doNothing()).executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'claimed' };
    const existing = await db.selectFrom('idempotency_keys').selectAll().where('scope', '=', claim.scope).where('key', '=', claim.key).executeTakeFirst();
    if (!existing) continue;
    // Past its time: forgotten, as if never used.
    if (existing.expires_at <= now) {
      await db.deleteFrom('idempotency_keys').where('scope', '=', claim.scope).where('key', '=', claim.key).where('expires_at', '=', existing.expires_at).execute();
      continue;
    }
    if (existing.fingerprint !== null && claim.fingerprint !== null && existing.fingerprint !== claim.fingerprint) throw reused(claim.key);
    if (existing.state === 'done') {
      return {
        kind: 'answered',
        fingerprint: existing.fingerprint,
        answer: { status: existing.response_status!, headers: JSON.parse(existing.response_headers ?? '{}') as Record<string, string>, body: existing.response_body },
      };
    }
    // Its work committed but its answer was lost (the process died in between): the work is not run again.
    if (existing.state === 'committed') throw inUse(claim.key);
    if (existing.locked_until !== null && existing.locked_until > now) throw inUse(claim.key);
    // A claim whose process died before its work committed: take it over (one taker wins).
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ locked_until: row.locked_until, fingerprint: claim.fingerprint })
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .where('state', '=', 'running')
      .where('locked_until', '=', existing.locked_until)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return { kind: 'claimed' };
    throw inUse(claim.key);
  }
  throw inUse(claim.key);
}

/** Inside the work's transaction: the work is done (a retry will not run it again). */
export async function markCommitted(trx: Transaction<Tables>, scope: string, key: string, fingerprint: string | null): Promise<void> {
  await trx.updateTable('idempotency_keys').set({ state: 'committed', fingerprint, locked_until: null }).where('scope', '=', scope).where('key', '=', key).execute();
}

/** The answer, kept for retries. */
export async function keepAnswer(db: Kysely<Tables>, scope: string, key: string, fingerprint: string | null, answer: KeptAnswer): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 'done', fingerprint, locked_until: null, response_status: answer.status, response_headers: JSON.stringify(answer.headers), response_body: answer.body })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

/** The request failed before its work committed: the key is free again (errors are not kept). */
export async function releaseKey(db: Kysely<Tables>, scope: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('state', '=', 'running').execute();
}

/** Forgets keys past their time (indexed by expires_at). */
export async function forgetExpiredKeys(db: Kysely<Tables>, now: Date): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now.toISOString()).execute();
}
