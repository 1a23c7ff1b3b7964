// One handler per operationId of the generated table: the type makes a missing
// or extra entry a compile error, and createApp checks it again at start-up.
import type { HandlerTable } from '../context.js';
import { getMe } from './account.js';
import { getEvent, listEvents } from './events.js';
import { createGallery, deleteGallery, getGallery, listGalleries, updateGallery } from './galleries.js';
import { getHealth } from './health.js';
import { notImplemented } from './not-implemented.js';
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
  // Photos, selection and activity: the photos / client-access issues.
  listPhotos: notImplemented('listPhotos'),
  uploadPhotos: notImplemented('uploadPhotos'),
  getPhoto: notImplemented('getPhoto'),
  deletePhoto: notImplemented('deletePhoto'),
  getSelection: notImplemented('getSelection'),
  exportSelection: notImplemented('exportSelection'),
  listGalleryActivity: notImplemented('listGalleryActivity'),
  // The share link: the client-access issue.
  openSharedGallery: notImplemented('openSharedGallery'),
  createShareAccessToken: notImplemented('createShareAccessToken'),
  listSharedPhotos: notImplemented('listSharedPhotos'),
  downloadSharedPhoto: notImplemented('downloadSharedPhoto'),
  downloadSharedGallery: notImplemented('downloadSharedGallery'),
  addFavorite: notImplemented('addFavorite'),
  removeFavorite: notImplemented('removeFavorite'),
  validateSelection: notImplemented('validateSelection'),
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
