// A gallery row as the API shows it (GET, lists, and every event's data.gallery).
import type { components } from '../../generated/openapi.js';
import { isLive } from '../accounts/livemode.js';
import type { GalleriesTable } from '../db/schema.js';

export type GalleryResource = components['schemas']['Gallery'];

export function toGalleryResource(row: GalleriesTable, shareBaseUrl: string): GalleryResource {
  return {
    id: row.id,
    livemode: isLive(row),
    name: row.name,
    client: { name: row.client_name, email: row.client_email },
    event_date: row.event_date,
    status: row.status,
    photo_count: row.photo_count,
    cover_photo_id: row.cover_photo_id,
    share_url: `${shareBaseUrl}/${row.share_token}`,
    password_protected: row.password_hash !== null,
    download_settings: downloadSettingsOf(row),
    selection: selectionOf(row),
    counters: { views: row.views, downloads: row.downloads, favorites: row.favorites },
    expires_at: row.expires_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The download settings of a gallery row, as the photographer's and the client's views both show them. */
export const downloadSettingsOf = (row: GalleriesTable): GalleryResource['download_settings'] => ({
  enabled: row.download_enabled === 1,
  allow_zip: row.download_allow_zip === 1,
});

/** The selection settings and state of a gallery row, as both views show them. */
export const selectionOf = (row: GalleriesTable): GalleryResource['selection'] => ({
  enabled: row.selection_enabled === 1,
  min: row.selection_min,
  max: row.selection_max,
  state: row.selection_state,
  validated_at: row.selection_validated_at,
});
