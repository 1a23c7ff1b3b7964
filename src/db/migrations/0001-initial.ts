// 0001: the tables of the first release. Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';

const timestamp = 'text';

export const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('plan', 'text', (c) => c.notNull())
      .addColumn('rate_limit', 'integer')
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('name', 'text')
      .addColumn('display', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('last_used_at', timestamp)
      .addColumn('revoked_at', timestamp)
      .execute();
    await db.schema.createIndex('api_keys_account').on('api_keys').columns(['account_id', 'created_at']).execute();

    await db.schema
      .createTable('galleries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_search', 'text', (c) => c.notNull())
      .addColumn('client_name', 'text')
      .addColumn('client_email', 'text')
      .addColumn('event_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('share_token', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text')
      .addColumn('download_enabled', 'integer', (c) => c.notNull())
      .addColumn('download_allow_zip', 'integer', (c) => c.notNull())
      .addColumn('selection_enabled', 'integer', (c) => c.notNull())
      .addColumn('selection_min', 'integer', (c) => c.notNull())
      .addColumn('selection_max', 'integer')
      .addColumn('selection_state', 'text', (c) => c.notNull())
      .addColumn('selection_validated_at', timestamp)
      .addColumn('cover_photo_id', 'text')
      .addColumn('photo_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('downloads', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('favorites', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('expires_at', timestamp)
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    // The list query: one account's galleries, newest first, optionally by status.
    await db.schema.createIndex('galleries_account_created').on('galleries').columns(['account_id', 'created_at', 'id']).execute();
    await db.schema
      .createIndex('galleries_account_status_created')
      .on('galleries')
      .columns(['account_id', 'status', 'created_at', 'id'])
      .execute();
    // The expiry scheduler: active galleries by expiry time.
    await db.schema.createIndex('galleries_expiry').on('galleries').columns(['status', 'expires_at']).execute();

    await db.schema
      .createTable('photos')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
      .addColumn('filename', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('storage_key', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('photos_gallery_position').on('photos').columns(['gallery_id', 'position']).execute();

    await db.schema
      .createTable('favorites')
      .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
      .addColumn('photo_id', 'text', (c) => c.notNull().references('photos.id').onDelete('cascade'))
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('favorites_pk', ['gallery_id', 'photo_id'])
      .execute();

    await db.schema
      .createTable('activity')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_at', timestamp, (c) => c.notNull())
      .addColumn('visitor_hash', 'text')
      .addColumn('photo_id', 'text')
      .execute();
    await db.schema.createIndex('activity_gallery_time').on('activity').columns(['gallery_id', 'occurred_at']).execute();

    await db.schema
      .createTable('share_access_tokens')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('gallery_id', 'text', (c) => c.notNull().references('galleries.id').onDelete('cascade'))
      .addColumn('expires_at', timestamp, (c) => c.notNull())
      .execute();

    // Events outlive their gallery (gallery.deleted must stay listable), so no foreign key to galleries.
    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('gallery_id', 'text')
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_account_created').on('events').columns(['account_id', 'created_at', 'id']).execute();

    await db.schema
      .createTable('webhooks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('events', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('disabled_reason', 'text')
      .addColumn('secret_encrypted', 'text', (c) => c.notNull())
      .addColumn('previous_secret_encrypted', 'text')
      .addColumn('previous_secret_expires_at', timestamp)
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('webhooks_account').on('webhooks').columns(['account_id', 'created_at']).execute();

    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempt_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', timestamp)
      .addColumn('last_status_code', 'integer')
      .addColumn('locked_until', timestamp)
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('deliveries_webhook').on('webhook_deliveries').columns(['webhook_id', 'created_at']).execute();

    await db.schema
      .createTable('delivery_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
      .addColumn('attempted_at', timestamp, (c) => c.notNull())
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('response_body', 'text')
      .addColumn('error', 'text')
      .execute();
    await db.schema.createIndex('attempts_delivery').on('delivery_attempts').columns(['delivery_id', 'attempted_at']).execute();
  },
};
