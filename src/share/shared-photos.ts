// The photos of a shared gallery as the client's page lists them, with
// preview URLs it can load directly (carrying the access token of a
// protected gallery, since an <img> sends no header).
import type { Readable } from 'node:stream';
import { basePath, credentials } from '../../generated/constants.js';
import type { components } from '../../generated/openapi.js';
import { pathOf } from '../../generated/paths.js';
import type { DomainContext } from '../context.js';
import type { Page, PageQuery } from '../pagination.js';
import type { PreviewSize } from '../photos/images.js';
import { findPhotoRow, openPhotoFile, pagePhotos } from '../photos/photos.js';
import type { ShareGrant } from './share-access.js';

export type SharedPhotoResource = components['schemas']['SharedPhoto'];
type PhotosContext = Pick<DomainContext, 'db' | 'storage' | 'logger'>;

/** A preview's path; for a protected gallery it carries the access token, so an <img> can load it. */
export const previewPath = (grant: Pick<ShareGrant, 'token' | 'accessToken'>, photoId: string, size: PreviewSize) =>
  basePath + pathOf.getSharedPhotoPreview({ token: grant.token, photo_id: photoId }, { size, [credentials.ShareAccessToken.query]: grant.accessToken });

export async function listSharedPhotos(ctx: PhotosContext, grant: ShareGrant, query: PageQuery): Promise<Page<SharedPhotoResource>> {
  const favorites = new Set((await ctx.db.selectFrom('favorites').select('photo_id').where('gallery_id', '=', grant.gallery.id).execute()).map((f) => f.photo_id));
  return pagePhotos(ctx, grant.gallery.id, query, (row) => ({
    id: row.id,
    filename: row.filename,
    content_type: row.content_type,
    width: row.width,
    height: row.height,
    position: row.position,
    is_favorite: favorites.has(row.id),
    thumbnail_url: previewPath(grant, row.id, 'thumbnail'),
    preview_url: previewPath(grant, row.id, 'web'),
  }));
}

export async function sharedPhotoPreview(ctx: PhotosContext, grant: ShareGrant, photoId: string, size: PreviewSize): Promise<Readable> {
  return openPhotoFile(ctx, await findPhotoRow(ctx, grant.gallery.id, photoId), size);
}
