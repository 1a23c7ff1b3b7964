import { basePath } from '../../../generated/constants.js';
import { pathOf } from '../../../generated/paths.js';
import * as galleries from '../../galleries/galleries.js';
import { paginatedText } from '../../pagination.js';
import type { Handler } from '../context.js';

export const listGalleries: Handler<'listGalleries'> = async ({ account, query, services }) => ({
  status: 200,
  body: paginatedText(await galleries.listGalleries(services, account.id, query), query),
});

export const createGallery: Handler<'createGallery'> = async ({ account, body, services }) => {
  const gallery = await galleries.createGallery(services, account.id, body);
  return { status: 201, body: { data: gallery }, headers: { Location: basePath + pathOf.getGallery({ id: gallery.id }) } };
};

export const getGallery: Handler<'getGallery'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await galleries.getGallery(services, account.id, params.id) },
});

export const updateGallery: Handler<'updateGallery'> = async ({ account, params, body, services }) => ({
  status: 200,
  body: { data: await galleries.updateGallery(services, account.id, params.id, body) },
});

export const deleteGallery: Handler<'deleteGallery'> = async ({ account, params, services }) => {
  await galleries.deleteGallery(services, account.id, params.id);
  return { status: 204 };
};
