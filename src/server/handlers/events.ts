import * as events from '../../events/events.js';
import type { Handler } from '../context.js';
import { paginated } from '../pagination.js';

export const listEvents: Handler<'listEvents'> = async ({ account, query, services }) => {
  const { items, total } = await events.listEvents(services.db, account.id, query);
  return { status: 200, body: paginated(items, total, query.page, query.per_page) };
};

export const getEvent: Handler<'getEvent'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await events.getEvent(services.db, account.id, params.id) },
});
