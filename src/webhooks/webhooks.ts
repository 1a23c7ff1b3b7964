// Webhook subscriptions: create (the secret shown once), list, get, update,
// delete, send a test event, rotate the secret. Knows nothing of HTTP.
import { isLive, livemodeFlag } from '../accounts/livemode.js';
import type { Account } from '../accounts/accounts.js';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { components, operations } from '../../generated/openapi.js';
import type { DomainContext } from '../context.js';
import type { Tables, WebhooksTable } from '../db/schema.js';
import { invalidField, notFound } from '../errors/index.js';
import { insertEvent, pendingDelivery } from '../events/outbox.js';
import { pageWindow, type Page, type PageQuery } from '../pagination.js';
import type { SecretBox } from './secret-box.js';
import { generateWebhookSecret } from './signing.js';
import { urlProblem } from './url-safety.js';
import { getDelivery, type DeliveryResource } from './deliveries.js';
import { inTransaction } from '../db/unit-of-work.js';
import { changedMeanwhile, checkPrecondition, foundOr412, type Precondition } from '../resources/preconditions.js';

export type WebhookResource = components['schemas']['Webhook'];
export type WebhookWithSecret = components['schemas']['WebhookWithSecret'];
type WebhookCreate = components['schemas']['WebhookCreate'];
type WebhookUpdate = components['schemas']['WebhookUpdate'];
export type WebhooksQuery = NonNullable<operations['listWebhooks']['parameters']['query']> & PageQuery;

type WebhookContext = Pick<DomainContext, 'db' | 'clock' | 'config' | 'deliveries' | 'secretBox'>;
type Db = Kysely<Tables> | Transaction<Tables>;

export const TEST_EVENT_MESSAGE = 'This is a test event from PikSend.';

export function toWebhookResource(row: WebhooksTable): WebhookResource {
  return {
    id: row.id,
    livemode: isLive(row),
    url: row.url,
    events: JSON.parse(row.events) as WebhookResource['events'],
    description: row.description,
    enabled: row.enabled === 1,
    disabled_reason: row.disabled_reason,
    previous_secret_expires_at: row.previous_secret_expires_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The secrets deliveries are signed with now: the current one, and the previous one until its overlap ends. */
export function activeSecrets(
  box: SecretBox,
  row: Pick<WebhooksTable, 'secret_encrypted' | 'previous_secret_encrypted' | 'previous_secret_expires_at'>,
  now: Date,
): string[] {
  const secrets = [box.open(row.secret_encrypted)];
  if (row.previous_secret_encrypted && row.previous_secret_expires_at && Date.parse(row.previous_secret_expires_at) > now.getTime()) {
    secrets.push(box.open(row.previous_secret_encrypted));
  }
  return secrets;
}

/** Disables an endpoint with the reason shown to the photographer; its pending deliveries fail. */
export async function disableWebhook(db: Db, webhookId: string, reason: string | null, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.updateTable('webhooks').set({ enabled: 0, disabled_reason: reason, updated_at: at }).where('id', '=', webhookId).execute();
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'failed', next_attempt_at: null, updated_at: at })
    .where('webhook_id', '=', webhookId)
    .where('status', '=', 'pending')
    .where('locked_by', 'is', null)
    .execute();
}

function checkUrl(ctx: WebhookContext, url: string): void {
  const problem = urlProblem(url, { allowPrivateTargets: ctx.config.webhooks.allowPrivateTargets });
  if (problem) throw invalidField('url', problem);
}

export async function findWebhookRow(db: Db, accountId: string, id: string): Promise<WebhooksTable> {
  const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  if (!row) throw notFound('Webhook', id);
  return row;
}

export async function listWebhooks(ctx: WebhookContext, accountId: string, query: WebhooksQuery): Promise<Page<WebhookResource>> {
  const base = ctx.db.selectFrom('webhooks').where('account_id', '=', accountId);
  const { limit, offset } = pageWindow(query);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toWebhookResource), total: Number(count.n) };
}

/** A webhook of the scope's mode: it receives that mode's events only. */
export async function createWebhook(ctx: WebhookContext, scope: Pick<Account, 'id' | 'livemode'>, input: WebhookCreate): Promise<WebhookWithSecret> {
  checkUrl(ctx, input.url);
  const now = ctx.clock.now().toISOString();
  const secret = generateWebhookSecret();
  const row: WebhooksTable = {
    id: randomUUID(),
    account_id: scope.id,
    url: input.url,
    events: JSON.stringify(input.events),
    description: input.description ?? null,
    enabled: 1,
    disabled_reason: null,
    secret_encrypted: ctx.secretBox.seal(secret),
    previous_secret_encrypted: null,
    previous_secret_expires_at: null,
    created_at: now,
    updated_at: now,
    livemode: livemodeFlag(scope.livemode),
  };
  await inTransaction(ctx.db, (trx) => trx.insertInto('webhooks').values(row).execute());
  return { ...toWebhookResource(row), secret };
}

export async function getWebhook(ctx: WebhookContext, accountId: string, id: string): Promise<WebhookResource> {
  return toWebhookResource(await findWebhookRow(ctx.db, accountId, id));
}

export async function updateWebhook(
  ctx: WebhookContext,
  accountId: string,
  id: string,
  input: WebhookUpdate,
  precondition?: Precondition,
): Promise<{ webhook: WebhookResource; version: number }> {
  if (input.url !== undefined) checkUrl(ctx, input.url);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await foundOr412(findWebhookRow(trx, accountId, id), precondition, 'webhook');
    checkPrecondition(precondition, 'webhook', current.version);
    const patch: Partial<WebhooksTable> = { updated_at: now.toISOString() };
    if (input.url !== undefined) patch.url = input.url;
    if (input.events !== undefined) patch.events = JSON.stringify(input.events);
    if (input.description !== undefined) patch.description = input.description;
    if (input.enabled === true) Object.assign(patch, { enabled: 1, disabled_reason: null });
    const written = await trx.updateTable('webhooks').set(patch).where('id', '=', id).where('version', '=', current.version ?? 1).executeTakeFirst();
    if (precondition && Number(written.numUpdatedRows) !== 1) throw changedMeanwhile(precondition, 'webhook');
    // Disabled by its owner: no reason of ours to show, and its pending retries stop.
    if (input.enabled === false && current.enabled === 1) await disableWebhook(trx, id, null, now);
    const updated = await findWebhookRow(trx, accountId, id);
    return { webhook: toWebhookResource(updated), version: updated.version ?? 1 };
  });
}

export async function deleteWebhook(ctx: WebhookContext, accountId: string, id: string, precondition?: Precondition): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await foundOr412(findWebhookRow(trx, accountId, id), precondition, 'webhook');
    checkPrecondition(precondition, 'webhook', current.version);
    const deliveries = trx.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', id);
    await trx.deleteFrom('delivery_attempts').where('delivery_id', 'in', deliveries).execute();
    await trx.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
    const deleted = await trx.deleteFrom('webhooks').where('id', '=', id).where('version', '=', current.version ?? 1).executeTakeFirst();
    if (precondition && Number(deleted.numDeletedRows) !== 1) throw changedMeanwhile(precondition, 'webhook');
  });
}

/** Queues a `webhook.test` event to this endpoint alone (even when it is disabled); not part of the account's event stream. */
export async function sendTestEvent(ctx: WebhookContext, accountId: string, id: string): Promise<DeliveryResource> {
  const now = ctx.clock.now().toISOString();
  const deliveryId = await inTransaction(ctx.db, async (trx) => {
    const webhook = await findWebhookRow(trx, accountId, id);
    const event = await insertEvent(trx, {
      accountId,
      livemode: isLive(webhook),
      type: 'webhook.test',
      galleryId: null,
      sequence: 0,
      data: { webhook_id: id, message: TEST_EVENT_MESSAGE },
      now,
    });
    const delivery = pendingDelivery(id, event.id, 'webhook.test', now);
    await trx.insertInto('webhook_deliveries').values(delivery).execute();
    return delivery.id;
  });
  ctx.deliveries.wake();
  return getDelivery(ctx, accountId, id, deliveryId);
}

/** A new secret; the current one stays valid for `overlapSeconds` (0: revoked at once). */
export async function rotateWebhookSecret(
  ctx: WebhookContext,
  accountId: string,
  id: string,
  overlapSeconds: number,
): Promise<WebhookWithSecret> {
  const now = ctx.clock.now();
  const secret = generateWebhookSecret();
  return inTransaction(ctx.db, async (trx) => {
    const current = await findWebhookRow(trx, accountId, id);
    const patch = {
      secret_encrypted: ctx.secretBox.seal(secret),
      previous_secret_encrypted: overlapSeconds > 0 ? current.secret_encrypted : null,
      previous_secret_expires_at: overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000).toISOString() : null,
      updated_at: now.toISOString(),
    };
    await trx.updateTable('webhooks').set(patch).where('id', '=', id).execute();
    return { ...toWebhookResource({ ...current, ...patch }), secret };
  });
}
