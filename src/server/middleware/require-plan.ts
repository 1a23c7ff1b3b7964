// API access is a plan feature: a verified key of an account on another plan
// gets 403 plan_required (after the rate limit counted it, so it still sees
// its X-RateLimit-* headers).
import type { Middleware } from 'koa';
import type { Plan } from '../../accounts/accounts.js';
import { ApiError } from '../../errors/index.js';
import type { RequestState } from '../context.js';

export function requirePlan(plan: Plan): Middleware<RequestState> {
  return async (koa, next) => {
    const account = koa.state.apiKey?.account;
    if (!account) throw new Error('requirePlan runs after authenticateApiKey');
    if (account.plan !== plan) throw new ApiError('plan_required', `API access requires the ${plan.charAt(0).toUpperCase()}${plan.slice(1)} plan`, { plan: account.plan });
    await next();
  };
}
