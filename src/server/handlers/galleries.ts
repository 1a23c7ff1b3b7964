import { basePath } from '../../../generated/operations.js';
import * as galleries from '../../galleries/galleries.js';
import type { Handler, Services } from '../context.js';
import { paginated } from '../pagination.js';

const context = (services: Services): galleries.GalleryContext => ({
  db: services.db,
  clock: services.clock,
  shareBaseUrl: services.config.shareBaseUrl,
});

export const listGalleries: Handler<'listGalleries'> = async ({ account, query, services }) => {
  const { items, total } = await galleries.listGalleries(context(services), account.id, query);
  return { status: 200, body: paginated(items, total, query.page, query.per_page) };
};

export const createGallery: Handler<'createGallery'> = async ({ account, body, services }) => {
  const gallery = await galleries.createGallery(context(services), account.id, body);
  return { status: 201, body: { data: gallery }, headers: { Location: `${basePath}/galleries/${gallery.id}` } };
};

export const getGallery: Handler<'getGallery'> = async ({ account, params, services }) => ({
  status: 200,
  body: { data: await galleries.getGallery(context(services), account.id, params.id) },
});

export const updateGallery: Handler<'updateGallery'> = async ({ account, params, body, services }) => ({
  status: 200,
  body: { data: await galleries.updateGallery(context(services), account.id, params.id, body) },
});

export const deleteGallery: Handler<'deleteGallery'> = async ({ account, params, services }) => {
  await galleries.deleteGallery(context(services), account.id, params.id);
  return { status: 204 };
};
