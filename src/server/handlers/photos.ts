import { join } from 'node:path';
import contentDisposition from 'content-disposition';
import { headerValues, photoUploadMaxFiles } from '../../../generated/constants.js';
import * as activity from '../../activity/activity.js';
import { findGalleryRow } from '../../galleries/galleries.js';
import { paginated } from '../../pagination.js';
import * as photos from '../../photos/photos.js';
import * as selection from '../../selection/selection.js';
import { readMultipartUpload } from '../multipart.js';
import type { Handler } from '../context.js';
import { preconditionFrom } from '../resource-etags.js';
import { identifyRequest } from '../../db/unit-of-work.js';


export const listPhotos: Handler<'listPhotos'> = async ({ account, params, query, services }) => ({
  status: 200,
  body: paginated(await photos.listPhotos(services, account.id, params.id, query), query),
});

export const uploadPhotos: Handler<'uploadPhotos'> = async ({ account, params, request, services }) => {
  // Unknown gallery: answered before a byte of the upload is stored.
  await findGalleryRow(services.db, account.id, params.id);
  const upload = await readMultipartUpload(request, {
    field: 'files',
    maxFiles: photoUploadMaxFiles,
    maxBytes: services.config.photos.maxBytes,
    tempDir: join(services.config.dataDir, 'tmp'),
  });
  try {
    // A retried upload is known by its files: answered (or refused) here, before any image work.
    await identifyRequest(upload.files.map((f) => [f.filename, f.bytes, f.sha256]));
    const stored = await photos.addPhotos(services, account.id, params.id, upload.files);
    return { status: 201, body: { data: stored } };
  } finally {
    await upload.cleanup();
  }
};

export const getPhoto: Handler<'getPhoto'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await photos.getPhoto(services, account.id, params.id, params.photo_id) },
});

export const getPhotoPreview: Handler<'getPhotoPreview'> = async ({ account, params, query, services }) => {
  await findGalleryRow(services.db, account.id, params.id);
  const row = await photos.findPhotoRow(services, params.id, params.photo_id);
  return {
    status: 200,
    contentType: 'image/webp',
    body: await photos.openPhotoFile(services, row, query.size),
    headers: { 'Cache-Control': headerValues.PreviewCacheControl },
  };
};

export const deletePhoto: Handler<'deletePhoto'> = async ({ account, params, headers, services }) => {
  await photos.deletePhoto(services, account.id, params.id, params.photo_id, preconditionFrom(headers, services.config, 'photo', params.photo_id));
  return { status: 204 };
};

export const getSelection: Handler<'getSelection'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await selection.getSelection(services, account.id, params.id) },
});

export const exportSelection: Handler<'exportSelection'> = async ({ account, params, query, services }) => {
  const file = await selection.exportSelection(services, account.id, params.id, query.format);
  return { status: 200, contentType: file.contentType, body: file.body, headers: { 'Content-Disposition': contentDisposition(file.filename) } };
};

export const listGalleryActivity: Handler<'listGalleryActivity'> = async ({ account, params, query, services }) => ({
  status: 200,
  body: paginated(await activity.listActivity(services, account.id, params.id, query), query),
});
