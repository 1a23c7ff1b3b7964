// The migrations, in the order they run: one file each, never edited once
// released (a change to the schema is a new file here). Both dialects run
// the same list; where SQLite and PostgreSQL need different SQL (triggers,
// indexes), a migration says so with dialectOf.
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { gallerySearchIndexes } from './0002-gallery-search-indexes.js';
import { eventSequenceAndDeliveryLeases } from './0003-event-sequence-and-delivery-leases.js';
import { accountChangeSequence } from './0004-account-change-sequence.js';
import { galleryNameTrigramIndex } from './0005-gallery-name-trigram-index.js';
import { accountGalleryCount } from './0006-account-gallery-count.js';
import { accessTokensBoundToPassword } from './0007-access-tokens-bound-to-password.js';
import { galleryNamesNfc } from './0008-gallery-names-nfc.js';
import { apiKeyExpiry } from './0009-api-key-expiry.js';
import { idempotencyKeys } from './0010-idempotency-keys.js';
import { resourceVersions } from './0011-resource-versions.js';
import { testMode } from './0012-test-mode.js';
import { accountChangeNotifications } from './0013-account-change-notifications.js';

/** Keyed by the names recorded in the database's migration table: a name never changes. */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_gallery_search_indexes': gallerySearchIndexes,
  '0003_event_sequence_and_delivery_leases': eventSequenceAndDeliveryLeases,
  '0004_account_change_sequence': accountChangeSequence,
  '0005_gallery_name_trigram_index': galleryNameTrigramIndex,
  '0006_account_gallery_count': accountGalleryCount,
  '0007_access_tokens_bound_to_password': accessTokensBoundToPassword,
  '0008_gallery_names_nfc': galleryNamesNfc,
  '0009_api_key_expiry': apiKeyExpiry,
  '0010_idempotency_keys': idempotencyKeys,
  '0011_resource_versions': resourceVersions,
  '0012_test_mode': testMode,
  '0013_account_change_notifications': accountChangeNotifications,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...migrations };
  },
};
