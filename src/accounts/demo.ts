// First start on an empty database (never in production): a demo Pro account
// and one key, printed once, so a new user can curl straight away.
import type { DomainContext } from '../context.js';
import { countAccounts, createAccount } from './accounts.js';
import { createApiKey } from './api-keys.js';

export const DEMO_EMAIL = 'demo@piksend.local';

export async function ensureDemoAccount(ctx: Pick<DomainContext, 'db' | 'clock'>): Promise<string | null> {
  if ((await countAccounts(ctx)) > 0) return null;
  const account = await createAccount(ctx, { email: DEMO_EMAIL, plan: 'pro' });
  const { key } = await createApiKey(ctx, account, 'demo');
  return key;
}
