// Accounts and their API keys: creation (CLI), listing, revocation, and the
// lookup behind every authenticated request.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { components } from '../../generated/openapi.js';
import type { AccountsTable, Database } from '../db/schema.js';
import type { Clock } from '../clock.js';
import { displayApiKey, generateApiKey, hashApiKey, isWellFormedApiKey } from './api-keys.js';

export type Plan = AccountsTable['plan'];
export type Account = AccountsTable;
export type AccountResource = components['schemas']['Account'];

export interface ApiKeySummary {
  id: string;
  name: string | null;
  display: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export class AccountExistsError extends Error {}

export async function createAccount(
  db: Kysely<Database>,
  clock: Clock,
  input: { email: string; plan: Plan; rateLimit?: number | null },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AccountExistsError(`An account with email ${email} already exists`);
  const account: Account = {
    id: randomUUID(),
    email,
    plan: input.plan,
    rate_limit: input.rateLimit ?? null,
    created_at: clock.now().toISOString(),
  };
  await db.insertInto('accounts').values(account).execute();
  return account;
}

export async function findAccountByEmail(db: Kysely<Database>, email: string): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Creates a key and returns it in clear: the only time it exists outside the caller's hands. */
export async function createApiKey(
  db: Kysely<Database>,
  clock: Clock,
  accountId: string,
  name: string | null = null,
): Promise<{ key: string; summary: ApiKeySummary }> {
  const key = generateApiKey();
  const summary: ApiKeySummary = {
    id: randomUUID(),
    name,
    display: displayApiKey(key),
    created_at: clock.now().toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_keys').values({ ...summary, account_id: accountId, hash: hashApiKey(key) }).execute();
  return { key, summary };
}

export async function listApiKeys(db: Kysely<Database>, accountId: string): Promise<ApiKeySummary[]> {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'display', 'created_at', 'last_used_at', 'revoked_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** Revokes a key by id; false when there is no such live key. */
export async function revokeApiKey(db: Kysely<Database>, clock: Clock, keyId: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: clock.now().toISOString() })
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface Authenticated {
  account: Account;
  keyId: string;
  lastUsedAt: string | null;
}

/** The account behind a live key, or null for a malformed, unknown or revoked one. */
export async function authenticateApiKey(db: Kysely<Database>, key: string): Promise<Authenticated | null> {
  if (!isWellFormedApiKey(key)) return null;
  const row = await db
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
export async function touchApiKey(db: Kysely<Database>, clock: Clock, auth: Authenticated): Promise<void> {
  const now = clock.now();
  if (auth.lastUsedAt && now.getTime() - Date.parse(auth.lastUsedAt) < 60_000) return;
  auth.lastUsedAt = now.toISOString();
  await db.updateTable('api_keys').set({ last_used_at: auth.lastUsedAt }).where('id', '=', auth.keyId).execute();
}

export function toAccountResource(account: Account, defaultLimit: { limit: number; windowSeconds: number }): AccountResource {
  return {
    id: account.id,
    email: account.email,
    plan: account.plan,
    rate_limit: { limit: account.rate_limit ?? defaultLimit.limit, window_seconds: defaultLimit.windowSeconds },
    created_at: account.created_at,
  };
}
