// First start on an empty database (never in production): a demo Pro account
// and one key, printed once, so a new user can curl straight away.
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { countAccounts, createAccount, createApiKey } from './accounts.js';

export const DEMO_EMAIL = 'demo@piksend.local';

export async function ensureDemoAccount(db: Kysely<Database>, clock: Clock): Promise<string | null> {
  if ((await countAccounts(db)) > 0) return null;
  const account = await createAccount(db, clock, { email: DEMO_EMAIL, plan: 'pro' });
  const { key } = await createApiKey(db, clock, account.id, 'demo');
  return key;
}
