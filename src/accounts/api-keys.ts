// The life of an API key: created (shown once), listed, revoked, verified on
// every request, and its use recorded. The key's shape lives in api-key-format.ts.
import { randomUUID } from 'node:crypto';
import type { DomainContext } from '../context.js';
import { scopeQuery, toAccount, type Account } from './accounts.js';
import { displayApiKey, generateApiKey, hashApiKey, isTestApiKey, isWellFormedApiKey } from './api-key-format.js';

export interface ApiKeySummary {
  id: string;
  name: string | null;
  display: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  expires_at: string | null;
  livemode: boolean;
}

/** Creates a key of the scope's mode (`pk_live_`, `pk_test_`) and returns it in clear: the only time it exists outside the caller's hands. */
export async function createApiKey(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  scope: Pick<Account, 'id' | 'livemode'>,
  name: string | null = null,
): Promise<{ key: string; summary: ApiKeySummary }> {
  const key = generateApiKey(scope.livemode);
  const summary: ApiKeySummary = {
    id: randomUUID(),
    name,
    display: displayApiKey(key),
    created_at: ctx.clock.now().toISOString(),
    last_used_at: null,
    revoked_at: null,
    expires_at: null,
    livemode: scope.livemode,
  };
  const { livemode: _mode, ...row } = summary;
  await ctx.db.insertInto('api_keys').values({ ...row, account_id: scope.id, hash: hashApiKey(key) }).execute();
  return { key, summary };
}

/** An account's keys of both modes. */
export async function listApiKeys(ctx: Pick<DomainContext, 'db'>, accountId: string): Promise<ApiKeySummary[]> {
  const rows = await ctx.db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select(['api_keys.id', 'name', 'display', 'api_keys.created_at', 'last_used_at', 'revoked_at', 'expires_at', 'accounts.livemode'])
    .where((eb) => eb.or([eb('accounts.id', '=', accountId), eb('accounts.live_account_id', '=', accountId)]))
    .orderBy('api_keys.created_at', 'asc')
    .orderBy('api_keys.id', 'asc')
    .execute();
  return rows.map(({ livemode, ...row }) => ({ ...row, livemode: livemode !== 0 }));
}

/** Revokes a key by id; false when there is no such live key. */
export async function revokeApiKey(ctx: Pick<DomainContext, 'db' | 'clock'>, keyId: string): Promise<boolean> {
  const result = await ctx.db
    .updateTable('api_keys')
    .set({ revoked_at: ctx.clock.now().toISOString() })
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Rolls a key without downtime: a new key for the same account (same name) is
 * made, and the old one keeps working until `now + graceSeconds`, so the
 * integration can switch over at its own pace. Null when there is no such
 * live key. Rolling a key that already expires keeps the earlier expiry.
 */
export async function rollApiKey(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  keyId: string,
  graceSeconds: number,
): Promise<{ key: string; summary: ApiKeySummary; old: ApiKeySummary } | null> {
  const now = ctx.clock.now();
  const old = await ctx.db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .selectAll('api_keys')
    .select('accounts.livemode')
    .where('api_keys.id', '=', keyId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now.toISOString())]))
    .executeTakeFirst();
  if (!old) return null;
  const until = new Date(now.getTime() + graceSeconds * 1000).toISOString();
  const expiresAt = old.expires_at !== null && old.expires_at < until ? old.expires_at : until;
  const livemode = old.livemode !== 0;
  const created = await createApiKey(ctx, { id: old.account_id, livemode }, old.name);
  await ctx.db.updateTable('api_keys').set({ expires_at: expiresAt }).where('id', '=', keyId).execute();
  const { account_id: _account, hash: _hash, livemode: _mode, ...summary } = old;
  return { ...created, old: { ...summary, expires_at: expiresAt, livemode } };
}

export interface VerifiedKey {
  account: Account;
  keyId: string;
  lastUsedAt: string | null;
  /** When the key stops working (a rolled key), or null. */
  expiresAt: string | null;
}

/** A key that was rolled and whose grace period is over: refused with its own message. */
export interface ExpiredKey {
  expired: true;
  expiresAt: string;
}

/** The account behind a live key; an expired one says so; null for a malformed, unknown or revoked one. */
export async function verifyApiKey(ctx: Pick<DomainContext, 'db' | 'clock'>, key: string): Promise<VerifiedKey | ExpiredKey | null> {
  if (!isWellFormedApiKey(key)) return null;
  // The key's scope (the account, or its test scope) joined to the account it belongs to (accounts.ts).
  const row = await scopeQuery(ctx.db)
    .innerJoin('api_keys', 'api_keys.account_id', 'scope.id')
    .select(['api_keys.id as key_id', 'api_keys.last_used_at', 'api_keys.expires_at as key_expires_at'])
    .where('api_keys.hash', '=', hashApiKey(key))
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const { key_id, last_used_at, key_expires_at, ...scope } = row;
  const account = toAccount(scope);
  // A key's prefix is its mode: a key whose prefix disagrees with its scope is refused, whatever made it.
  if (isTestApiKey(key) === account.livemode) return null;
  if (key_expires_at !== null && Date.parse(key_expires_at) <= ctx.clock.now().getTime()) return { expired: true, expiresAt: key_expires_at };
  return { account, keyId: key_id, lastUsedAt: last_used_at, expiresAt: key_expires_at };
}

/** Records use of a key at most once a minute, so authentication stays read-only on the hot path. */
export async function recordApiKeyUse(ctx: Pick<DomainContext, 'db' | 'clock'>, verified: VerifiedKey): Promise<void> {
  const now = ctx.clock.now();
  if (verified.lastUsedAt && now.getTime() - Date.parse(verified.lastUsedAt) < 60_000) return;
  verified.lastUsedAt = now.toISOString();
  await ctx.db.updateTable('api_keys').set({ last_used_at: verified.lastUsedAt }).where('id', '=', verified.keyId).execute();
}
