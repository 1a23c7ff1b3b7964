import { toAccountResource } from '../../accounts/accounts.js';
import type { Handler } from '../context.js';

export const getMe: Handler<'getMe'> = async ({ account, services }) => ({
  status: 200,
  body: { data: toAccountResource(account, services.config.rateLimit) },
});
