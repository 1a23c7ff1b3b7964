// 0009: API keys that expire (a rolled key keeps working until then). Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';

export const apiKeyExpiry: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('api_keys').addColumn('expires_at', 'text').execute();
  },
};
