import { findAccount, toAccountResource } from '../../accounts/accounts.js';
import type { Handler } from '../context.js';

// Read as stored, not from the API-key cache: the answer must match its ETag (made from the stored change counter).
export const getMe: Handler<'getMe'> = async ({ account, services }) => ({
  status: 200,
  body: { data: toAccountResource((await findAccount(services, account.id)) ?? account, services.config.rateLimit) },
});
