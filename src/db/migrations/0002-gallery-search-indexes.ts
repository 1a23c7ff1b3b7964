// 0002: the search walk carries name_search. Released: never edit; add a migration.
import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect.js';

export const gallerySearchIndexes: Migration = {
  async up(db: Kysely<any>) {
    // Searching an account's galleries must not read the table row by row:
    // the newest-first walk carries name_search (a page of matches is found in
    // the index, only the rows shown are read), and counting matches scans a
    // narrow index of (account, name) alone.
    await db.schema.dropIndex('galleries_account_created').execute();
    await db.schema
      .createIndex('galleries_account_created_search')
      .on('galleries')
      .columns(['account_id', 'created_at', 'id', 'name_search'])
      .execute();
    await db.schema.createIndex('galleries_account_search').on('galleries').columns(['account_id', 'name_search']).execute();
  },
};
