// Accounts: creation (CLI and demo), lookup, and how the API shows one.
//
// Test mode: an account's test-mode data lives under a second accounts row,
// its *test scope* (livemode 0, live_account_id naming the account), made the
// first time a test key is created. Everything the API keeps is scoped by the
// id of the row a key belongs to, so a test key and a live key of one account
// see disjoint data, event streams, versions, rate-limit counters and
// idempotency keys without any query knowing about modes. The test scope has
// no identity of its own: the API shows the account's id, email, plan and limit.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { components } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import type { AccountsTable, Tables } from '../db/schema.js';

export type Plan = AccountsTable['plan'];
/**
 * What a request acts as: `id` is the scope every row is kept under (the
 * account's own id in live mode, its test scope's in test mode); the rest is
 * the account's (its counters belong to the outbox, conditional GETs and the gallery list).
 */
export interface Account {
  id: string;
  /** The account's own id (what the API shows), the same in both modes. */
  account_id: string;
  livemode: boolean;
  email: string;
  plan: Plan;
  rate_limit: number | null;
  created_at: string;
}
export type AccountResource = components['schemas']['Account'];

/** The email column of a test scope: unique like every email, and never deliverable (RFC 2606 `.invalid`). */
const testScopeEmail = (accountId: string) => `${accountId}@test-mode.invalid`;

export class AccountExistsError extends Error {}

export async function createAccount(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  input: { email: string; plan: Plan; rateLimit?: number | null },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  const existing = await ctx.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AccountExistsError(`An account with email ${email} already exists`);
  const id = randomUUID();
  const row = { id, email, plan: input.plan, rate_limit: input.rateLimit ?? null, created_at: ctx.clock.now().toISOString() };
  await ctx.db.insertInto('accounts').values({ ...row, event_sequence: 0, gallery_count: 0, livemode: 1, live_account_id: null }).execute();
  return { ...row, account_id: id, livemode: true };
}

/** The account's test scope, made on first use (a second call, even a concurrent one, finds the first's). */
export async function ensureTestScope(ctx: Pick<DomainContext, 'db' | 'clock'>, account: Account): Promise<Account> {
  const existing = await findTestScope(ctx, account.account_id);
  if (existing) return existing;
  await ctx.db
    .insertInto('accounts')
    .values({
      id: randomUUID(),
      email: testScopeEmail(account.account_id),
      plan: account.plan,
      rate_limit: null,
      created_at: ctx.clock.now().toISOString(),
      event_sequence: 0,
      gallery_count: 0,
      livemode: 0,
      live_account_id: account.account_id,
    })
    .onConflict((oc) => oc.column('live_account_id').doNothing())
    .execute();
  return (await findTestScope(ctx, account.account_id))!;
}

/** The account's test scope, if it has one. */
export async function findTestScope(ctx: Pick<DomainContext, 'db'>, accountId: string): Promise<Account | undefined> {
  const row = await scopeQuery(ctx.db).where('scope.live_account_id', '=', accountId).executeTakeFirst();
  return row && toAccount(row);
}

/**
 * Scope rows joined to the account they belong to (themselves, for a live
 * account): the one query behind every lookup of what a request acts as.
 */
export function scopeQuery(db: Kysely<Tables>) {
  return db
    .selectFrom('accounts as scope')
    .innerJoin('accounts as owner', (join) => join.on(sql<boolean>`owner.id = coalesce(scope.live_account_id, scope.id)`))
    .select(['scope.id', 'owner.id as account_id', 'scope.livemode', 'owner.email', 'owner.plan', 'owner.rate_limit', 'owner.created_at']);
}

type ScopeRow = { id: string; account_id: string; livemode?: 0 | 1; email: string; plan: Plan; rate_limit: number | null; created_at: string };
export const toAccount = ({ livemode, ...row }: ScopeRow): Account => ({ ...row, livemode: livemode !== 0 });

/** The scope as stored now (authentication caches accounts for a few seconds). */
export async function findAccount(ctx: Pick<DomainContext, 'db'>, scopeId: string): Promise<Account | undefined> {
  const row = await scopeQuery(ctx.db).where('scope.id', '=', scopeId).executeTakeFirst();
  return row && toAccount(row);
}

/** A (live) account by email; test scopes have no email of their own. */
export async function findAccountByEmail(ctx: Pick<DomainContext, 'db'>, email: string): Promise<Account | undefined> {
  const row = await scopeQuery(ctx.db)
    .where('scope.email', '=', email.trim().toLowerCase())
    .where('scope.live_account_id', 'is', null)
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function countAccounts(ctx: Pick<DomainContext, 'db'>): Promise<number> {
  const row = await ctx.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).where('live_account_id', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function toAccountResource(account: Account, defaultLimit: { limit: number; windowSeconds: number }): AccountResource {
  return {
    id: account.account_id,
    livemode: account.livemode,
    email: account.email,
    plan: account.plan,
    rate_limit: { limit: account.rate_limit ?? defaultLimit.limit, window_seconds: defaultLimit.windowSeconds },
    created_at: account.created_at,
  };
}
