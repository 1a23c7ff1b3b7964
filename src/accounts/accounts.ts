// Accounts: creation (CLI and demo), lookup, and how the API shows one.
import { randomUUID } from 'node:crypto';
import type { components } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import type { AccountsTable } from '../db/schema.js';

export type Plan = AccountsTable['plan'];
/** An account as the code uses it (its counters belong to the outbox, conditional GETs and the gallery list). */
export type Account = Omit<AccountsTable, 'event_sequence' | 'gallery_count'>;
export type AccountResource = components['schemas']['Account'];

export class AccountExistsError extends Error {}

export async function createAccount(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  input: { email: string; plan: Plan; rateLimit?: number | null },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  const existing = await ctx.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AccountExistsError(`An account with email ${email} already exists`);
  const account: Account = {
    id: randomUUID(),
    email,
    plan: input.plan,
    rate_limit: input.rateLimit ?? null,
    created_at: ctx.clock.now().toISOString(),
  };
  await ctx.db.insertInto('accounts').values({ ...account, event_sequence: 0, gallery_count: 0 }).execute();
  return account;
}

/** The account as stored now (authentication caches accounts for a few seconds). */
export async function findAccount(ctx: Pick<DomainContext, 'db'>, id: string): Promise<Account | undefined> {
  return ctx.db.selectFrom('accounts').select(['id', 'email', 'plan', 'rate_limit', 'created_at']).where('id', '=', id).executeTakeFirst();
}

export async function findAccountByEmail(ctx: Pick<DomainContext, 'db'>, email: string): Promise<Account | undefined> {
  return ctx.db.selectFrom('accounts').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function countAccounts(ctx: Pick<DomainContext, 'db'>): Promise<number> {
  const row = await ctx.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
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
