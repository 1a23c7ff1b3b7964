// `piksend test-data clear`: an account's test-mode data deleted — galleries
// with their photos' files, favourites, activity and share-access tokens,
// webhooks with their deliveries, events, idempotency keys — and nothing
// else: the account's live data and all its keys (test keys included) stay.
// The test event sequence goes on from where it was (a listener that
// remembers the last sequence it saw is not confused by a restart at 1).
import type { DomainContext } from '../context.js';
import { galleryFileKeys } from '../photos/photos.js';
import { findTestScope, type Account } from './accounts.js';

export interface ClearedTestData {
  galleries: number;
  photos: number;
  webhooks: number;
  events: number;
}

export async function clearTestData(ctx: Pick<DomainContext, 'db' | 'storage' | 'logger'>, account: Account): Promise<ClearedTestData> {
  const nothing = { galleries: 0, photos: 0, webhooks: 0, events: 0 };
  const scope = await findTestScope(ctx, account.account_id);
  if (!scope || scope.livemode) return nothing;
  const scopeId = scope.id;
  const { files, cleared } = await ctx.db.transaction().execute(async (trx) => {
    const galleries = trx.selectFrom('galleries').select('id').where('account_id', '=', scopeId);
    const ids = (await galleries.execute()).map((g) => g.id);
    const files: string[] = [];
    for (const id of ids) files.push(...(await galleryFileKeys({ db: trx }, id)));
    const webhooks = trx.selectFrom('webhooks').select('id').where('account_id', '=', scopeId);
    const deliveries = trx.selectFrom('webhook_deliveries').select('id').where('webhook_id', 'in', webhooks);
    await trx.deleteFrom('delivery_attempts').where('delivery_id', 'in', deliveries).execute();
    await trx.deleteFrom('webhook_deliveries').where('webhook_id', 'in', webhooks).execute();
    const webhooksDeleted = await trx.deleteFrom('webhooks').where('account_id', '=', scopeId).executeTakeFirst();
    const eventsDeleted = await trx.deleteFrom('events').where('account_id', '=', scopeId).executeTakeFirst();
    const photosDeleted = await trx.deleteFrom('photos').where('gallery_id', 'in', galleries).executeTakeFirst();
    for (const table of ['favorites', 'activity', 'share_access_tokens'] as const) await trx.deleteFrom(table).where('gallery_id', 'in', galleries).execute();
    const galleriesDeleted = await trx.deleteFrom('galleries').where('account_id', '=', scopeId).executeTakeFirst();
    await trx.deleteFrom('idempotency_keys').where('scope', '=', `account:${scopeId}`).execute();
    return {
      files,
      cleared: {
        galleries: Number(galleriesDeleted.numDeletedRows),
        photos: Number(photosDeleted.numDeletedRows),
        webhooks: Number(webhooksDeleted.numDeletedRows),
        events: Number(eventsDeleted.numDeletedRows),
      },
    };
  });
  // The files go after the commit, as for a deleted gallery: a failure leaves orphans (logged), never rows without files.
  await ctx.storage.delete(files).catch((err: unknown) => ctx.logger.warn({ err }, 'could not remove the files of cleared test data'));
  return cleared;
}
