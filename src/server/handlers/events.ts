import * as events from '../../events/events.js';
import { paginated } from '../../pagination.js';
import type { Handler } from '../context.js';

export const listEvents: Handler<'listEvents'> = async ({ account, query, services }) => ({
  status: 200,
  // The mode is said even when the page is empty: a test key lists test events only.
  body: { ...paginated(await events.listEvents(services, account.id, query), query), livemode: account.livemode },
});

export const getEvent: Handler<'getEvent'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await events.getEvent(services, account.id, params.id) },
});
