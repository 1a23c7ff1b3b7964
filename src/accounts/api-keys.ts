// The life of an API key: created (shown once), listed, revoked, verified on
// every request, and its use recorded. The key's shape lives in api-key-format.ts.
import { randomUUID } from 'node:crypto';
import type { DomainContext } from '../context.js';
import type { Account } from './accounts.js';
import { displayApiKey, generateApiKey, hashApiKey, isWellFormedApiKey } from './api-key-format.js';

export interface ApiKeySummary {
  id: string;
  name: string | null;
  display: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Creates a key and returns it in clear: the only time it exists outside the caller's hands. */
export async function createApiKey(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  accountId: string,
  name: string | null = null,
): Promise<{ key: string; summary: ApiKeySummary }> {
  const key = generateApiKey();
  const summary: ApiKeySummary = {
    id: randomUUID(),
    name,
    display: displayApiKey(key),
    created_at: ctx.clock.now().toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await ctx.db.insertInto('api_keys').values({ ...summary, account_id: accountId, hash: hashApiKey(key) }).execute();
  return { key, summary };
}

export async function listApiKeys(ctx: Pick<DomainContext, 'db'>, accountId: string): Promise<ApiKeySummary[]> {
  return ctx.db
    .selectFrom('api_keys')
    .select(['id', 'name', 'display', 'created_at', 'last_used_at', 'revoked_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
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

export interface VerifiedKey {
  account: Account;
  keyId: string;
  lastUsedAt: string | null;
}

/** The account behind a live key, or null for a malformed, unknown or revoked one. */
export async function verifyApiKey(ctx: Pick<DomainContext, 'db'>, key: string): Promise<VerifiedKey | null> {
  if (!isWellFormedApiKey(key)) return null;
  const row = await ctx.db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select([
      'api_keys.id as key_id',
      'api_keys.last_used_at',
      'accounts.id',
      'accounts.email',
      'accounts.plan',
      'accounts.rate_limit',
      'accounts.created_at',
    ])
    .where('api_keys.hash', '=', hashApiKey(key))
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const { key_id, last_used_at, ...account } = row;
  return { account, keyId: key_id, lastUsedAt: last_used_at };
}

/** Records use of a key at most once a minute, so authentication stays read-only on the hot path. */
export async function recordApiKeyUse(ctx: Pick<DomainContext, 'db' | 'clock'>, verified: VerifiedKey): Promise<void> {
  const now = ctx.clock.now();
  if (verified.lastUsedAt && now.getTime() - Date.parse(verified.lastUsedAt) < 60_000) return;
  verified.lastUsedAt = now.toISOString();
  await ctx.db.updateTable('api_keys').set({ last_used_at: verified.lastUsedAt }).where('id', '=', verified.keyId).execute();
}
