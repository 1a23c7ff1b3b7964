// 0005: trigram search indexes. Released: never edit; add a migration.
import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../dialect.js';

/** Keys of one account's rows in SQLite's search index: [number × RANGE, number × RANGE + RANGE - 1]. */
export const SEARCH_KEY_RANGE = 2 ** 32;
const RANGE = SEARCH_KEY_RANGE;

export const galleryNameTrigramIndex: Migration = {
  async up(db: Kysely<any>) {
    // Searching names (case-insensitive substring) through a trigram index
    // instead of reading every name of the account. Same semantics as the
    // LIKE it replaces: name_search is the lower-cased name, terms are
    // lower-cased the same way, and matching is exact on those.
    const run = (text: string) => sql.raw(text).execute(db);
    if (dialectOf(db) === 'postgres') {
      // pg_trgm makes `name_search like '%term%'` use the index (terms of 3+ characters); btree_gin lets
      // one GIN index hold the account too, so a search reads only that account's matches.
      await run('create extension if not exists pg_trgm');
      await run('create extension if not exists btree_gin');
      await run('create index galleries_account_name_trgm on galleries using gin (account_id, name_search gin_trgm_ops)');
      return;
    }
    // SQLite: an FTS5 trigram index. Its rows are keyed by an INTEGER PRIMARY KEY of its own table
    // (gallery_search), not by galleries' implicit rowid, which VACUUM may renumber. The key is
    // account number × 2^32 + n: one account's galleries are one key range, so a search reads only
    // that range of the index (FTS5 seeks rowid ranges), however many other accounts share a term.
    await run('create table gallery_search_accounts (number integer primary key, account_id text not null unique)');
    await run(`create table gallery_search (
      key integer primary key,
      gallery_id text not null unique,
      account_id text not null,
      created_at text not null,
      name_search text not null)`);
    await run("create virtual table gallery_search_fts using fts5(name_search, content='gallery_search', content_rowid='key', tokenize='trigram case_sensitive 1')");
    // How many names hold each trigram: a long term is looked up by its rarest trigrams, not all of them.
    await run("create virtual table gallery_search_vocab using fts5vocab(gallery_search_fts, 'row')");
    await run(`create trigger galleries_search_inserted after insert on galleries begin
      insert or ignore into gallery_search_accounts (account_id) values (new.account_id);
      insert into gallery_search (key, gallery_id, account_id, created_at, name_search)
        select coalesce(
            (select s.key + 1 from gallery_search s where s.key between a.number * ${RANGE} and a.number * ${RANGE} + ${RANGE - 1} order by s.key desc limit 1),
            a.number * ${RANGE}),
          new.id, new.account_id, new.created_at, new.name_search
        from gallery_search_accounts a where a.account_id = new.account_id;
      end`);
    await run(`create trigger galleries_search_renamed after update of name_search on galleries begin
      update gallery_search set name_search = new.name_search where gallery_id = new.id; end`);
    await run('create trigger galleries_search_deleted after delete on galleries begin delete from gallery_search where gallery_id = old.id; end');
    // The external-content FTS table follows gallery_search (the triggers SQLite's FTS5 documentation gives).
    await run('create trigger gallery_search_inserted after insert on gallery_search begin insert into gallery_search_fts (rowid, name_search) values (new.key, new.name_search); end');
    await run(`create trigger gallery_search_deleted after delete on gallery_search begin
      insert into gallery_search_fts (gallery_search_fts, rowid, name_search) values ('delete', old.key, old.name_search); end`);
    await run(`create trigger gallery_search_updated after update on gallery_search begin
      insert into gallery_search_fts (gallery_search_fts, rowid, name_search) values ('delete', old.key, old.name_search);
      insert into gallery_search_fts (rowid, name_search) values (new.key, new.name_search); end`);
    // Galleries already there, oldest first within each account.
    await run('insert into gallery_search_accounts (account_id) select distinct account_id from galleries order by account_id');
    await run(`insert into gallery_search (key, gallery_id, account_id, created_at, name_search)
      select a.number * ${RANGE} + row_number() over (partition by g.account_id order by g.created_at, g.id) - 1, g.id, g.account_id, g.created_at, g.name_search
      from galleries g join gallery_search_accounts a on a.account_id = g.account_id`);
  },
};
