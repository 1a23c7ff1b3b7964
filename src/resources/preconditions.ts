// If-Match on writes (RFC 9110 §13.1.1): a change or deletion goes ahead only
// if the resource is still the version the client read. Each versioned row
// (galleries, photos, webhooks: migration 0011) has a version its every update
// bumps; a resource's ETag is made from it (strong: If-Match never matches a
// weak tag). The check and the write happen in one transaction, and the write
// itself is conditional on the version, so two clients holding one ETag
// cannot both win.
import { createHash } from 'node:crypto';
import { ApiError } from '../errors/index.js';

export type VersionedResource = 'gallery' | 'photo' | 'webhook';

/** The resource's strong ETag: opaque, over the representation's salt (spec, configuration), its id and version. */
export function resourceEtag(salt: string, resource: VersionedResource, id: string, version: number): string {
  return `"${createHash('sha256').update(`${salt}\n${resource}\n${id}\n${version}`).digest('base64url').slice(0, 22)}"`;
}

export interface Precondition {
  /** The If-Match header as sent. */
  ifMatch: string;
  /** The ETag a version of this resource has. */
  etagOf(version: number): string;
}

const failed = (precondition: Precondition, what: string, why: string) =>
  new ApiError('precondition_failed', `The ${what} ${why}; read it again before changing it`, { if_match: precondition.ifMatch.slice(0, 200) });

/** Whether If-Match holds for this version: `*`, or one of the listed strong tags. */
export function ifMatchHolds(ifMatch: string, etag: string): boolean {
  const tags = ifMatch.split(',').map((t) => t.trim());
  return tags.includes('*') || tags.includes(etag);
}

/** Throws 412 unless the precondition (if any) holds for the current version. */
export function checkPrecondition(precondition: Precondition | undefined, what: string, version: number | undefined): void {
  if (!precondition) return;
  if (!ifMatchHolds(precondition.ifMatch, precondition.etagOf(version ?? 1))) throw failed(precondition, what, 'changed since that ETag');
}

/** If-Match on a resource that does not exist is a 412 (RFC 9110), not a 404. */
export function missingPrecondition(precondition: Precondition | undefined, what: string): ApiError | null {
  return precondition ? failed(precondition, what, 'does not exist') : null;
}

/** The conditional write touched nothing: another write came between the check and it. */
export const changedMeanwhile = (precondition: Precondition, what: string) => failed(precondition, what, 'changed while this request ran');

/** The resource a write names, or its 404 — a 412 instead when the request carried If-Match (RFC 9110). */
export async function foundOr412<T>(find: Promise<T>, precondition: Precondition | undefined, what: string): Promise<T> {
  try {
    return await find;
  } catch (err) {
    if (precondition && err instanceof ApiError && err.code === 'not_found') throw missingPrecondition(precondition, what);
    throw err;
  }
}
