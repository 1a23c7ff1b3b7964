import { basePath } from '../../../generated/constants.js';
import { pathOf } from '../../../generated/paths.js';
import * as galleries from '../../galleries/galleries.js';
import { paginatedText } from '../../pagination.js';
import type { Handler } from '../context.js';
import { etagFor, preconditionFrom } from '../resource-etags.js';

export const listGalleries: Handler<'listGalleries'> = async ({ account, query, services }) => ({
  status: 200,
  body: paginatedText(await galleries.listGalleries(services, account.id, query, services.versions), query),
});

export const createGallery: Handler<'createGallery'> = async ({ account, body, services }) => {
  const gallery = await galleries.createGallery(services, account, body);
  // A new row is at version 1.
  return { status: 201, body: { data: gallery }, headers: { Location: basePath + pathOf.getGallery({ id: gallery.id }), ETag: etagFor(services.config, 'gallery', gallery.id, 1) } };
};

export const getGallery: Handler<'getGallery'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await galleries.getGallery(services, account.id, params.id) },
});

export const updateGallery: Handler<'updateGallery'> = async ({ account, params, body, headers, services }) => {
  const { gallery, version } = await galleries.updateGallery(services, account.id, params.id, body, preconditionFrom(headers, services.config, 'gallery', params.id));
  return { status: 200, body: { data: gallery }, headers: { ETag: etagFor(services.config, 'gallery', gallery.id, version) } };
};

export const deleteGallery: Handler<'deleteGallery'> = async ({ account, params, headers, services }) => {
  await galleries.deleteGallery(services, account.id, params.id, preconditionFrom(headers, services.config, 'gallery', params.id));
  return { status: 204 };
};
