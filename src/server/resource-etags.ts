// The ETags of versioned resources (galleries, photos, webhooks), as GETs and
// writes answer them and as If-Match names them: made from the row's version
// (migration 0011) and what else shapes the answer (representationSalt).
import type { Kysely } from 'kysely';
import type { Config } from '../config/index.js';
import { preparedQuery, type PreparedQuery } from '../db/prepared.js';
import type { Tables } from '../db/schema.js';
import { resourceEtag, type Precondition, type VersionedResource } from '../resources/preconditions.js';
import { representationSalt } from './middleware/conditional-get.js';

type SaltedConfig = Pick<Config, 'shareBaseUrl' | 'rateLimit'>;
/** The salt of a configuration, made once (a Config does not change while a server runs). */
const salts = new WeakMap<SaltedConfig, string>();
const saltOf = (config: SaltedConfig) => salts.get(config) ?? (salts.set(config, representationSalt(config)), salts.get(config)!);

export const etagFor = (config: SaltedConfig, resource: VersionedResource, id: string, version: number) => resourceEtag(saltOf(config), resource, id, version);

/** The request's If-Match as a precondition on the resource `id`, or undefined without one. */
export function preconditionFrom(
  headers: Record<string, string | string[] | undefined>,
  config: SaltedConfig,
  resource: VersionedResource,
  id: string,
): Precondition | undefined {
  const ifMatch = headers['if-match'];
  if (typeof ifMatch !== 'string' || ifMatch === '') return undefined;
  return { ifMatch, etagOf: (version) => etagFor(config, resource, id, version) };
}

type VersionArgs = { id: string; photoId: string; accountId: string };
/** The version reads, built once (src/db/prepared.ts): a resource GET runs one before its handler. */
const versionOf: Record<VersionedResource, PreparedQuery<Tables, VersionArgs, { version?: number }>> = {
  gallery: preparedQuery((db: Kysely<Tables>, a: VersionArgs) => db.selectFrom('galleries').select('version').where('id', '=', a.id).where('account_id', '=', a.accountId), ['id', 'accountId']),
  webhook: preparedQuery((db: Kysely<Tables>, a: VersionArgs) => db.selectFrom('webhooks').select('version').where('id', '=', a.id).where('account_id', '=', a.accountId), ['id', 'accountId']),
  photo: preparedQuery(
    (db: Kysely<Tables>, a: VersionArgs) =>
      db
        .selectFrom('photos')
        .innerJoin('galleries', 'galleries.id', 'photos.gallery_id')
        .select('photos.version')
        .where('photos.id', '=', a.photoId)
        .where('photos.gallery_id', '=', a.id)
        .where('galleries.account_id', '=', a.accountId),
    ['photoId', 'id', 'accountId'],
  ),
};

/** The resource's current version, as the account may see it; null when there is no such resource. */
export async function currentVersion(db: Kysely<Tables>, resource: VersionedResource, accountId: string, params: Record<string, unknown>): Promise<{ id: string; version: number } | null> {
  const args = { id: String(params.id), photoId: String(params.photo_id), accountId };
  const [row] = await versionOf[resource](db, args);
  return row ? { id: resource === 'photo' ? args.photoId : args.id, version: row.version ?? 1 } : null;
}
