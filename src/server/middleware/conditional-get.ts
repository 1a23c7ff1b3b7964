// Conditional GETs: every GET answer of an account's (or of a shared gallery's)
// resources carries a weak ETag made from the account's version — a number
// database triggers bump in the same transaction as any write the account
// could read (migration 0004: account_changes, striped), kept in memory until
// the account changes (src/db/account-versions.ts). So whether an answer is
// still fresh is known before the resources are read: a request whose
// If-None-Match still matches is answered 304 without its handler running, and
// the rate limit does not count it (ctx.state.notModified).
import { createHash } from 'node:crypto';
import fresh from 'fresh';
import type { Middleware } from 'koa';
import type { RouterMiddleware } from '@koa/router';
import { specFingerprint } from '../../../generated/constants.js';
import type { Config } from '../../config/index.js';
import type { DomainContext } from '../../context.js';
import type { AccountVersions } from '../../db/account-versions.js';
import type { RequestState } from '../context.js';
import type { VersionedResource } from '../../resources/preconditions.js';
import { currentVersion, etagFor } from '../resource-etags.js';

/**
 * What, besides the data, shapes every answer: the spec (a new field, a new
 * format) and the configuration answers show (share URLs, the default rate
 * limit). A change to either changes every ETag.
 */
export function representationSalt(config: Pick<Config, 'shareBaseUrl' | 'rateLimit'>): string {
  return `${specFingerprint}|${config.shareBaseUrl}|${config.rateLimit.limit}/${config.rateLimit.windowSeconds}`;
}

/** A weak ETag over the given parts: opaque (the counter and the account are not readable from it). */
export function weakEtag(...parts: (string | number)[]): string {
  return `W/"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 22)}"`;
}

/**
 * Whether the request's If-None-Match names `etag` (weak comparison, `*`,
 * lists), as RFC 9110 §13.1.2 says. Only that header: `fresh` would also read
 * the request's `Cache-Control: no-cache` as "never fresh", but that directive
 * is for caches, not the origin — and `fetch` adds it to every request that
 * carries If-None-Match (the Fetch standard's "no-store" mode), so honouring it
 * would deny 304s to every browser and Node client.
 */
export function ifNoneMatchHolds(headers: Record<string, string | string[] | undefined>, etag: string): boolean {
  const ifNoneMatch = headers['if-none-match'];
  return typeof ifNoneMatch === 'string' && fresh({ 'if-none-match': ifNoneMatch }, { etag });
}

/** After authentication (it needs whose resources the answer shows); sets ctx.state.etag and notModified. */
export function conditionalGet(ctx: Pick<DomainContext, 'config'> & { versions: AccountVersions }): Middleware<RequestState> {
  const salt = representationSalt(ctx.config);
  return async (koa, next) => {
    const accountId = koa.state.apiKey?.account.id ?? koa.state.share?.gallery.account_id;
    if (!accountId) throw new Error('conditionalGet runs after authentication');
    // One URL (query included) and, on share routes, one access token: the answers differ by them (links carry the token).
    const url = koa.originalUrl;
    const token = koa.state.share?.accessToken ?? '';
    const etagOf = async () => weakEtag(salt, accountId, await ctx.versions.version(accountId), url, token);
    // Kept with the version it is made of (a share route's: made again each time, its access token is no key to keep).
    const etag = token ? await etagOf() : await ctx.versions.derived(accountId, `etag:${url}`, etagOf);
    koa.state.etag = etag;
    koa.state.notModified = ifNoneMatchHolds(koa.headers, etag);
    await next();
  };
}

/**
 * GETs of a versioned resource (x-etag: resource): the ETag is the resource's own (strong, from its row's
 * version), the one a PATCH or DELETE sends back in If-Match. Known from one small read, before the handler.
 */
export function conditionalGetResource(
  ctx: Pick<DomainContext, 'db' | 'config'> & { versions: AccountVersions },
  resource: VersionedResource,
  validParams: ((params: unknown) => boolean) | undefined,
): RouterMiddleware<RequestState> {
  return async (koa, next) => {
    const accountId = koa.state.apiKey?.account.id;
    if (!accountId) throw new Error('conditionalGetResource runs after authentication');
    // Before validation (a 304 is free): the path's ids as routed, lower-cased as validation will (they are UUIDs).
    const params = Object.fromEntries(Object.entries(koa.params).map(([name, value]) => [name, value.toLowerCase()]));
    // Ids that validation will refuse (a NUL, a non-UUID) never reach the database: PostgreSQL rejects some
    // of them outright (found by the fuzzer). No ETag then; validation answers its 400.
    // Kept with the account's version (src/db/account-versions.ts): a write to the resource changes both.
    const etag =
      validParams && !validParams({ ...params })
        ? null
        : await ctx.versions.derived(accountId, `${resource}:${Object.values(params).join('/')}`, async () => {
            const found = await currentVersion(ctx.db, resource, accountId, params);
            return found && etagFor(ctx.config, resource, found.id, found.version);
          });
    // No such resource: no ETag; the handler answers its 404.
    if (etag) {
      koa.state.etag = etag;
      koa.state.notModified = ifNoneMatchHolds(koa.headers, etag);
    }
    await next();
  };
}
