// Table shapes as Kysely sees them. Timestamps are ISO-8601 UTC strings and
// booleans 0/1 integers in both SQLite and PostgreSQL, so one set of queries
// and one row mapping serve both databases. Enumerated columns take their
// values from the spec's schemas (generated/openapi.ts), never retyped here.
import type { components } from '../../generated/openapi.js';

type Schemas = components['schemas'];

export type Flag = 0 | 1;

/** An account's version (the sum of its rows' seq), bumped by triggers whenever anything it can read changes (ETags). */
export interface AccountChangesTable {
  account_id: string;
  stripe: number;
  seq: number;
}

export interface AccountsTable {
  id: string;
  email: string;
  plan: Schemas['Account']['plan'];
  /** Requests per minute; null uses the server default. */
  rate_limit: number | null;
  /** The sequence number of the account's latest event (0 before the first). */
  event_sequence: number;
  /** How many galleries the account has, kept by triggers (the unfiltered list's total). */
  gallery_count: number;
  created_at: string;
  /** 1 for an account; 0 for the row that holds an account's test-mode data (migration 0012). */
  livemode?: Flag;
  /** On a test-mode row: the account it belongs to (whose email, plan and limit it uses); null on an account. */
  live_account_id?: string | null;
}

export interface ApiKeysTable {
  id: string;
  account_id: string;
  name: string | null;
  /** What `keys list` shows: `pk_live_AbCd…wxyz`. */
  display: string;
  /** SHA-256 hex of the whole key; the key itself is never stored. */
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** When a rolled key stops working (null: until revoked). */
  expires_at: string | null;
}

export interface GalleriesTable {
  id: string;
  account_id: string;
  name: string;
  /** Lower-cased name, what `search` matches. */
  name_search: string;
  client_name: string | null;
  client_email: string | null;
  event_date: string | null;
  status: Schemas['GalleryStatus'];
  share_token: string;
  password_hash: string | null;
  download_enabled: Flag;
  download_allow_zip: Flag;
  selection_enabled: Flag;
  selection_min: number;
  selection_max: number | null;
  selection_state: Schemas['SelectionState'];
  selection_validated_at: string | null;
  cover_photo_id: string | null;
  photo_count: number;
  views: number;
  downloads: number;
  favorites: number;
  expires_at: string | null;
  created_at: string;
  updated_at: string;
  /** Bumped by every update of the row (migration 0011): the resource's own ETag. */
  version?: number;
  /** The mode it was created in (migration 0012), never changed: 1 live, 0 test. */
  livemode?: Flag;
}

export interface PhotosTable {
  id: string;
  gallery_id: string;
  filename: string;
  content_type: Schemas['PhotoContentType'];
  bytes: number;
  width: number;
  height: number;
  sha256: string;
  position: number;
  storage_key: string;
  created_at: string;
  /** Bumped by every update of the row (migration 0011): the resource's own ETag. */
  version?: number;
}

export interface FavoritesTable {
  gallery_id: string;
  photo_id: string;
  created_at: string;
}

export interface ActivityTable {
  id: string;
  gallery_id: string;
  type: Schemas['ActivityType'];
  occurred_at: string;
  visitor_hash: string | null;
  photo_id: string | null;
}

export interface ShareAccessTokensTable {
  /** SHA-256 hex of the token handed to the client. */
  hash: string;
  gallery_id: string;
  /** sha256 of the gallery's password hash when the token was issued: a changed or removed password no longer matches. */
  password_digest: string;
  expires_at: string;
}

export interface EventsTable {
  id: string;
  account_id: string;
  type: Schemas['WebhookDelivery']['event_type'];
  gallery_id: string | null;
  /** The account's sequence number of the event (0 for webhook.test). */
  sequence: number;
  /** The envelope exactly as delivered, serialized once. */
  payload: string;
  created_at: string;
}

export interface WebhooksTable {
  id: string;
  account_id: string;
  url: string;
  /** JSON array of event types. */
  events: string;
  description: string | null;
  enabled: Flag;
  disabled_reason: string | null;
  secret_encrypted: string;
  previous_secret_encrypted: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
  /** Bumped by every update of the row (migration 0011): the resource's own ETag. */
  version?: number;
  /** The mode it was created in (migration 0012), never changed: 1 live, 0 test. */
  livemode?: Flag;
}

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: Schemas['WebhookDelivery']['event_type'];
  status: Schemas['DeliveryStatus'];
  attempt_count: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  /** A worker's claim on the row until this time (several instances share the work). */
  locked_until: string | null;
  /** The worker holding the claim. */
  locked_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveryAttemptsTable {
  id: string;
  delivery_id: string;
  attempted_at: string;
  duration_ms: number;
  status_code: number | null;
  response_body: string | null;
  error: string | null;
}

/** Every table, by name: what `Kysely<Tables>` queries. */
/** An Idempotency-Key of a scope (an account, or a shared gallery): the first request's state and answer. */
export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  /** `running` (claimed, the work not committed), `committed` (the work committed, its answer not yet kept), `done`. */
  state: 'running' | 'committed' | 'done';
  /** sha256 of the request (method, path, body or the upload's files). */
  fingerprint: string | null;
  /** A `running` claim from a process that died frees itself after this. */
  locked_until: string | null;
  response_status: number | null;
  /** The documented headers of the answer, as JSON. */
  response_headers: string | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

export interface Tables {
  accounts: AccountsTable;
  account_changes: AccountChangesTable;
  api_keys: ApiKeysTable;
  galleries: GalleriesTable;
  photos: PhotosTable;
  favorites: FavoritesTable;
  activity: ActivityTable;
  share_access_tokens: ShareAccessTokensTable;
  events: EventsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  delivery_attempts: DeliveryAttemptsTable;
  idempotency_keys: IdempotencyKeysTable;
}
