// 0007: share access tokens bound to the password they were issued for. Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';

export const accessTokensBoundToPassword: Migration = {
  async up(db: Kysely<any>) {
    // A digest of the gallery's password hash at issue: a token whose gallery's password changed (or was
    // removed) no longer matches, so it ends at once. Tokens issued before this migration are bound to
    // nothing and are dropped: they lived at most SHARE_ACCESS_TOKEN_MINUTES, and the client types the password again.
    await db.deleteFrom('share_access_tokens').execute();
    await db.schema.alterTable('share_access_tokens').addColumn('password_digest', 'text', (c) => c.notNull().defaultTo('')).execute();
  },
};
