// Rows as stored, for tests that write the database directly (search, the
// SQL-shaped gallery JSON, triggers): every column, overridable.
import type { AccountsTable, GalleriesTable } from '../../src/db/schema.js';

export const accountRow = (id: string, changes: Partial<AccountsTable> = {}): AccountsTable => ({
  id,
  email: `${id}@example.com`,
  plan: 'pro',
  rate_limit: null,
  event_sequence: 0,
  gallery_count: 0,
  created_at: '2026-01-01T00:00:00.000Z',
  ...changes,
});

export const galleryRow = (id: string, accountId: string, changes: Partial<GalleriesTable> = {}): GalleriesTable => ({
  id,
  account_id: accountId,
  name: 'Smith Wedding',
  name_search: (changes.name ?? 'Smith Wedding').toLowerCase(),
  client_name: null,
  client_email: null,
  event_date: null,
  status: 'active',
  share_token: `token-${id}`,
  password_hash: null,
  download_enabled: 1,
  download_allow_zip: 1,
  selection_enabled: 0,
  selection_min: 0,
  selection_max: null,
  selection_state: 'open',
  selection_validated_at: null,
  cover_photo_id: null,
  photo_count: 0,
  views: 0,
  downloads: 0,
  favorites: 0,
  expires_at: null,
  created_at: '2026-06-21T10:00:00.000Z',
  updated_at: '2026-06-22T08:15:00.000Z',
  ...changes,
});
