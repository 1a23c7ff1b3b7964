import { basePath } from '../../../generated/constants.js';
import { pathOf } from '../../../generated/paths.js';
import { paginated } from '../../pagination.js';
import * as deliveries from '../../webhooks/deliveries.js';
import * as webhooks from '../../webhooks/webhooks.js';
import type { Handler } from '../context.js';
import { etagFor, preconditionFrom } from '../resource-etags.js';

export const listWebhooks: Handler<'listWebhooks'> = async ({ account, query, services }) => ({
  status: 200,
  body: paginated(await webhooks.listWebhooks(services, account.id, query), query),
});

export const createWebhook: Handler<'createWebhook'> = async ({ account, body, services }) => {
  const webhook = await webhooks.createWebhook(services, account, body);
  return { status: 201, body: { data: webhook }, headers: { Location: basePath + pathOf.getWebhook({ id: webhook.id }), ETag: etagFor(services.config, 'webhook', webhook.id, 1) } };
};

export const getWebhook: Handler<'getWebhook'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await webhooks.getWebhook(services, account.id, params.id) },
});

export const updateWebhook: Handler<'updateWebhook'> = async ({ account, params, body, headers, services }) => {
  const { webhook, version } = await webhooks.updateWebhook(services, account.id, params.id, body, preconditionFrom(headers, services.config, 'webhook', params.id));
  return { status: 200, body: { data: webhook }, headers: { ETag: etagFor(services.config, 'webhook', webhook.id, version) } };
};

export const deleteWebhook: Handler<'deleteWebhook'> = async ({ account, params, headers, services }) => {
  await webhooks.deleteWebhook(services, account.id, params.id, preconditionFrom(headers, services.config, 'webhook', params.id));
  return { status: 204 };
};

export const testWebhook: Handler<'testWebhook'> = async ({ account, params, services }) => ({
  status: 202,
  body: { data: await webhooks.sendTestEvent(services, account.id, params.id) },
});

export const rotateWebhookSecret: Handler<'rotateWebhookSecret'> = async ({ account, params, body, services }) => ({
  status: 200,
  body: { data: await webhooks.rotateWebhookSecret(services, account.id, params.id, body?.overlap_seconds ?? 3600) },
});

export const listWebhookDeliveries: Handler<'listWebhookDeliveries'> = async ({ account, params, query, services }) => ({
  status: 200,
  body: paginated(await deliveries.listDeliveries(services, account.id, params.id, query), query),
});

export const getWebhookDelivery: Handler<'getWebhookDelivery'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await deliveries.getDelivery(services, account.id, params.id, params.delivery_id) },
});

export const redeliverWebhookDelivery: Handler<'redeliverWebhookDelivery'> = async ({ account, params, services }) => ({
  status: 202,
  body: { data: await deliveries.redeliver(services, account.id, params.id, params.delivery_id) },
});
