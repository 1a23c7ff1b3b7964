// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { components } from './openapi.js';

/** Every event type of x-webhooks → the type of its `data`. */
export interface EventDataMap {
  "gallery.created": components['schemas']["GalleryEventData"];
  "gallery.viewed": components['schemas']["GalleryViewedEventData"];
  "gallery.downloaded": components['schemas']["GalleryDownloadedEventData"];
  "gallery.validated": components['schemas']["GalleryValidatedEventData"];
  "gallery.expired": components['schemas']["GalleryEventData"];
  "gallery.deleted": components['schemas']["GalleryEventData"];
  "webhook.test": components['schemas']["WebhookTestEventData"];
}
export type EventTypeName = keyof EventDataMap;
export const eventTypes = ["gallery.created","gallery.viewed","gallery.downloaded","gallery.validated","gallery.expired","gallery.deleted","webhook.test"] as const satisfies readonly EventTypeName[];
