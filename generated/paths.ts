// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { operations } from './openapi.js';

type PathOf<O extends keyof operations> = operations[O]['parameters'] extends { path: infer P } ? P : never;
type QueryOf<O extends keyof operations> = operations[O]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;

/** `?a=1&b=x` from the defined values (none: the empty string). */
export function queryString(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Each operation's path (relative to basePath), from its parameters. */
export const pathOf = {
  getHealth: (): string => `/health`,
  getMe: (): string => `/me`,
  listGalleries: (query?: QueryOf<"listGalleries">): string => `/galleries` + queryString(query),
  createGallery: (): string => `/galleries`,
  getGallery: (path: PathOf<"getGallery">): string => `/galleries/${encodeURIComponent(path["id"])}`,
  deleteGallery: (path: PathOf<"deleteGallery">): string => `/galleries/${encodeURIComponent(path["id"])}`,
  updateGallery: (path: PathOf<"updateGallery">): string => `/galleries/${encodeURIComponent(path["id"])}`,
  listPhotos: (path: PathOf<"listPhotos">, query?: QueryOf<"listPhotos">): string => `/galleries/${encodeURIComponent(path["id"])}/photos` + queryString(query),
  uploadPhotos: (path: PathOf<"uploadPhotos">): string => `/galleries/${encodeURIComponent(path["id"])}/photos`,
  getPhoto: (path: PathOf<"getPhoto">): string => `/galleries/${encodeURIComponent(path["id"])}/photos/${encodeURIComponent(path["photo_id"])}`,
  deletePhoto: (path: PathOf<"deletePhoto">): string => `/galleries/${encodeURIComponent(path["id"])}/photos/${encodeURIComponent(path["photo_id"])}`,
  getPhotoPreview: (path: PathOf<"getPhotoPreview">, query?: QueryOf<"getPhotoPreview">): string => `/galleries/${encodeURIComponent(path["id"])}/photos/${encodeURIComponent(path["photo_id"])}/preview` + queryString(query),
  getSelection: (path: PathOf<"getSelection">): string => `/galleries/${encodeURIComponent(path["id"])}/selection`,
  exportSelection: (path: PathOf<"exportSelection">, query?: QueryOf<"exportSelection">): string => `/galleries/${encodeURIComponent(path["id"])}/selection/export` + queryString(query),
  listGalleryActivity: (path: PathOf<"listGalleryActivity">, query?: QueryOf<"listGalleryActivity">): string => `/galleries/${encodeURIComponent(path["id"])}/activity` + queryString(query),
  openSharedGallery: (path: PathOf<"openSharedGallery">, query?: QueryOf<"openSharedGallery">): string => `/share/${encodeURIComponent(path["token"])}` + queryString(query),
  createShareAccessToken: (path: PathOf<"createShareAccessToken">): string => `/share/${encodeURIComponent(path["token"])}/access`,
  listSharedPhotos: (path: PathOf<"listSharedPhotos">, query?: QueryOf<"listSharedPhotos">): string => `/share/${encodeURIComponent(path["token"])}/photos` + queryString(query),
  getSharedPhotoPreview: (path: PathOf<"getSharedPhotoPreview">, query?: QueryOf<"getSharedPhotoPreview">): string => `/share/${encodeURIComponent(path["token"])}/photos/${encodeURIComponent(path["photo_id"])}/preview` + queryString(query),
  downloadSharedPhoto: (path: PathOf<"downloadSharedPhoto">, query?: QueryOf<"downloadSharedPhoto">): string => `/share/${encodeURIComponent(path["token"])}/photos/${encodeURIComponent(path["photo_id"])}/download` + queryString(query),
  downloadSharedGallery: (path: PathOf<"downloadSharedGallery">, query?: QueryOf<"downloadSharedGallery">): string => `/share/${encodeURIComponent(path["token"])}/download` + queryString(query),
  addFavorite: (path: PathOf<"addFavorite">, query?: QueryOf<"addFavorite">): string => `/share/${encodeURIComponent(path["token"])}/favorites/${encodeURIComponent(path["photo_id"])}` + queryString(query),
  removeFavorite: (path: PathOf<"removeFavorite">, query?: QueryOf<"removeFavorite">): string => `/share/${encodeURIComponent(path["token"])}/favorites/${encodeURIComponent(path["photo_id"])}` + queryString(query),
  validateSelection: (path: PathOf<"validateSelection">, query?: QueryOf<"validateSelection">): string => `/share/${encodeURIComponent(path["token"])}/selection/validate` + queryString(query),
  listWebhooks: (query?: QueryOf<"listWebhooks">): string => `/webhooks` + queryString(query),
  createWebhook: (): string => `/webhooks`,
  getWebhook: (path: PathOf<"getWebhook">): string => `/webhooks/${encodeURIComponent(path["id"])}`,
  deleteWebhook: (path: PathOf<"deleteWebhook">): string => `/webhooks/${encodeURIComponent(path["id"])}`,
  updateWebhook: (path: PathOf<"updateWebhook">): string => `/webhooks/${encodeURIComponent(path["id"])}`,
  testWebhook: (path: PathOf<"testWebhook">): string => `/webhooks/${encodeURIComponent(path["id"])}/test`,
  rotateWebhookSecret: (path: PathOf<"rotateWebhookSecret">): string => `/webhooks/${encodeURIComponent(path["id"])}/rotate-secret`,
  listWebhookDeliveries: (path: PathOf<"listWebhookDeliveries">, query?: QueryOf<"listWebhookDeliveries">): string => `/webhooks/${encodeURIComponent(path["id"])}/deliveries` + queryString(query),
  getWebhookDelivery: (path: PathOf<"getWebhookDelivery">): string => `/webhooks/${encodeURIComponent(path["id"])}/deliveries/${encodeURIComponent(path["delivery_id"])}`,
  redeliverWebhookDelivery: (path: PathOf<"redeliverWebhookDelivery">): string => `/webhooks/${encodeURIComponent(path["id"])}/deliveries/${encodeURIComponent(path["delivery_id"])}/redeliver`,
  listEvents: (query?: QueryOf<"listEvents">): string => `/events` + queryString(query),
  getEvent: (path: PathOf<"getEvent">): string => `/events/${encodeURIComponent(path["id"])}`,
} as const;
