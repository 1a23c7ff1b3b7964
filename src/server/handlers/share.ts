import contentDisposition from 'content-disposition';
import { rateLimitHeaders } from '../../rate-limit/too-many-requests.js';
import { paginated } from '../../pagination.js';
import { downloadName } from '../../photos/download-name.js';
import { createAccessToken } from '../../share/access-tokens.js';
import * as downloads from '../../share/downloads.js';
import { setFavorite } from '../../share/favorites.js';
import { validateSelection as confirmSelection } from '../../share/selection-validation.js';
import * as photos from '../../share/shared-photos.js';
import { openSharedGallery as openGallery, recordView } from '../../share/views.js';
import { headerValues, specFingerprint } from '../../../generated/constants.js';
import { ifNoneMatchHolds, weakEtag } from '../middleware/conditional-get.js';
import type { Handler } from '../context.js';

export const openSharedGallery: Handler<'openSharedGallery'> = async ({ share, visitor, notModified, services }) => {
  if (!notModified) return { status: 200, body: { data: await openGallery(services, share, visitor) } };
  // The client's copy is fresh, but opening the gallery is still a view.
  await recordView(services, share, visitor);
  return { status: 304 };
};

// Its X-RateLimit-* are the password-attempt budget (the route's own limit, SHARE_PASSWORD_ATTEMPTS).
export const createShareAccessToken: Handler<'createShareAccessToken'> = async ({ params, body, visitor, services }) => {
  const { token, attempts } = await createAccessToken(services, params.token, body.password, visitor);
  return {
    status: 201,
    body: { data: token },
    headers: rateLimitHeaders(attempts),
  };
};

export const listSharedPhotos: Handler<'listSharedPhotos'> = async ({ share, query, services }) => ({
  status: 200,
  body: paginated(await photos.listSharedPhotos(services, share, query), query),
});

export const getSharedPhotoPreview: Handler<'getSharedPhotoPreview'> = async ({ share, params, query, services }) => ({
  status: 200,
  contentType: 'image/webp',
  body: await photos.sharedPhotoPreview(services, share, params.photo_id, query.size),
  headers: { 'Cache-Control': headerValues.PreviewCacheControl },
});

// A download's ETag is its content's (the account's other changes do not make a file stale); a 304 is no download.
const contentEtag = (headers: Record<string, string | string[] | undefined>) => {
  let etag = '';
  const stillFresh = (version: string) => ifNoneMatchHolds(headers, (etag = weakEtag(specFingerprint, version)));
  return { stillFresh, etag: () => etag };
};

export const downloadSharedPhoto: Handler<'downloadSharedPhoto'> = async ({ share, params, visitor, headers, services }) => {
  const { stillFresh, etag } = contentEtag(headers);
  const { stream, photo } = await downloads.downloadSharedPhoto(services, share, params.photo_id, visitor, stillFresh);
  if (!stream) return { status: 304, headers: { ETag: etag() } };
  return { status: 200, contentType: photo.content_type, body: stream, headers: { 'Content-Disposition': contentDisposition(downloadName(photo.filename, photo.content_type)), ETag: etag() } };
};

export const downloadSharedGallery: Handler<'downloadSharedGallery'> = async ({ share, query, visitor, headers, services }) => {
  const { stillFresh, etag } = contentEtag(headers);
  const { stream, filename } = await downloads.downloadSharedGallery(services, share, { selection: query.selection }, visitor, stillFresh);
  if (!stream) return { status: 304, headers: { ETag: etag() } };
  return { status: 200, contentType: 'application/zip', body: stream, headers: { 'Content-Disposition': contentDisposition(filename), ETag: etag() } };
};

export const addFavorite: Handler<'addFavorite'> = async ({ share, params, visitor, services }) => ({
  status: 200,
  body: { data: await setFavorite(services, share, params.photo_id, true, visitor) },
});

export const removeFavorite: Handler<'removeFavorite'> = async ({ share, params, visitor, services }) => ({
  status: 200,
  body: { data: await setFavorite(services, share, params.photo_id, false, visitor) },
});

export const validateSelection: Handler<'validateSelection'> = async ({ share, visitor, services }) => ({
  status: 200,
  body: { data: await confirmSelection(services, share, visitor) },
});
