// One handler per operationId of the generated table: the type makes a missing
// or extra entry a compile error, and createApp checks it again at start-up.
import type { HandlerTable } from '../context.js';
import { getMe } from './account.js';
import { getEvent, listEvents } from './events.js';
import { createGallery, deleteGallery, getGallery, listGalleries, updateGallery } from './galleries.js';
import { getHealth } from './health.js';
import { deletePhoto, exportSelection, getPhoto, getPhotoPreview, getSelection, listGalleryActivity, listPhotos, uploadPhotos } from './photos.js';
import {
  addFavorite,
  createShareAccessToken,
  downloadSharedGallery,
  downloadSharedPhoto,
  getSharedPhotoPreview,
  listSharedPhotos,
  openSharedGallery,
  removeFavorite,
  validateSelection,
} from './share.js';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  getWebhookDelivery,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhookDelivery,
  rotateWebhookSecret,
  testWebhook,
  updateWebhook,
} from './webhooks.js';

export const handlers: HandlerTable = {
  getHealth,
  getMe,
  listGalleries,
  createGallery,
  getGallery,
  updateGallery,
  deleteGallery,
  listPhotos,
  uploadPhotos,
  getPhoto,
  getPhotoPreview,
  deletePhoto,
  getSelection,
  exportSelection,
  listGalleryActivity,
  openSharedGallery,
  createShareAccessToken,
  listSharedPhotos,
  getSharedPhotoPreview,
  downloadSharedPhoto,
  downloadSharedGallery,
  addFavorite,
  removeFavorite,
  validateSelection,
  listWebhooks,
  createWebhook,
  getWebhook,
  updateWebhook,
  deleteWebhook,
  testWebhook,
  rotateWebhookSecret,
  listWebhookDeliveries,
  getWebhookDelivery,
  redeliverWebhookDelivery,
  listEvents,
  getEvent,
};
