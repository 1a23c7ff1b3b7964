// Who is acting on a share link: the client's address and browser, only ever
// kept hashed, per gallery (stable within one, unlinkable across galleries).
import { createHash } from 'node:crypto';
import type { components } from '../../generated/openapi.js';
import type { GalleriesTable } from '../db/schema.js';

export interface Visitor {
  address: string;
  userAgent: string | null;
}

/** Stable for one visitor within one gallery, unlinkable across galleries; never the raw address. */
export function visitorHash(gallery: Pick<GalleriesTable, 'id' | 'share_token'>, visitor: Visitor): string {
  return createHash('sha256').update(`${gallery.share_token}\0${gallery.id}\0${visitor.address}\0${visitor.userAgent ?? ''}`).digest('hex').slice(0, 32);
}

/** The visitor as events show it (the spec's Visitor). */
export const visitorData = (gallery: GalleriesTable, visitor: Visitor): components['schemas']['Visitor'] => ({
  visitor_hash: visitorHash(gallery, visitor),
  user_agent: visitor.userAgent?.slice(0, 512) ?? null,
});
