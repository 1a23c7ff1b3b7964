// Account versions in memory: what a conditional GET compares its ETag with,
// without a round trip. An account's version (the sum of its change stripes,
// migration 0004) is read once and kept until something tells this instance
// that the account changed:
//   - PostgreSQL: the NOTIFY every bump sends when its transaction commits
//     (migration 0013), on a LISTEN connection of this instance's own. While
//     that connection is down nothing is kept: every request reads the
//     database, as before. The window in which another instance's write is not
//     yet seen here is the notification's delivery (milliseconds; stated in
//     the spec, tested across two instances).
//   - SQLite: one process writes; PRAGMA data_version (commits of other
//     connections) and total_changes() (this connection's writes, triggers
//     included) change with every commit, and any change drops everything kept.
// A read stores its answer only if nothing was invalidated while it ran (a
// write that committed during the read could otherwise leave an old version
// behind its notification); on SQLite the stamp is looked at again in the
// next turn of the event loop, so a commit during the read is seen there. `derived` keeps what follows from an unchanged
// account version (a resource's own version: every write that changes one
// bumps the account's too), dropped with it.
import type { Kysely } from 'kysely';
import type { Logger } from '../logging/logger.js';
import type { Database } from './connect.js';
import { ACCOUNT_CHANGES_CHANNEL_0013 as ACCOUNT_CHANGES_CHANNEL } from './migrations/0013-account-change-notifications.js';
import { preparedQuery } from './prepared.js';
import { listenForWakeUps } from './wake-ups.js';
import type { Tables } from './schema.js';

/** How many accounts' versions an instance keeps (the least recently read go first). */
const MAX_ACCOUNTS = 10_000;
/** How many derived answers (ETags of URLs, resources' versions) an account keeps. */
const MAX_DERIVED = 256;

export interface AccountVersions {
  /** The account's version, as the database has it (kept, or read). */
  version(accountId: string): Promise<number>;
  /** `read()`'s answer, kept while the account's version is unchanged. */
  derived<T>(accountId: string, key: string, read: () => Promise<T>): Promise<T>;
  /** This instance wrote to the account: forget what it kept (its own notification is on its way). */
  changed(accountId: string): void;
  close(): Promise<void>;
}

const versionQuery = preparedQuery(
  (db: Kysely<Tables>, { accountId }: { accountId: string }) =>
    db.selectFrom('account_changes').select((eb) => eb.fn.sum<number>('seq').as('version')).where('account_id', '=', accountId),
  ['accountId'],
);
const readVersion = async (db: Kysely<Tables>, accountId: string) => Number((await versionQuery(db, { accountId }))[0]?.version ?? 0);

interface Entry {
  version?: number;
  derived: Map<string, unknown>;
}

/** What tells an instance its kept versions may be stale: a stamp that changes (SQLite), or notifications (PostgreSQL). */
interface Freshness {
  /** Whether anything kept can be trusted now; false drops everything. */
  trusted(): boolean;
  close(): Promise<void>;
}

export function createAccountVersions(database: Database, options: { listenUrl?: string; logger: Logger }): AccountVersions {
  const entries = new Map<string, Entry>();
  /** Bumped by every invalidation: a read stores its answer only if this did not move while it ran. */
  let invalidations = 0;
  const dropAll = () => {
    invalidations++;
    entries.clear();
  };
  const drop = (accountId: string) => {
    invalidations++;
    entries.delete(accountId);
  };
  const freshness: Freshness =
    database.dialect === 'sqlite' && database.changeStamp
      ? sqliteFreshness(database.changeStamp, dropAll)
      : options.listenUrl
        ? postgresFreshness(options.listenUrl, options.logger, drop, dropAll)
        : { trusted: () => false, close: async () => undefined };

  const entryOf = (accountId: string): Entry => {
    let entry = entries.get(accountId);
    if (entry) {
      // Most recently used last: Map keeps insertion order, so the first key is the one to evict.
      entries.delete(accountId);
    } else {
      entry = { derived: new Map() };
      if (entries.size >= MAX_ACCOUNTS) entries.delete(entries.keys().next().value!);
    }
    entries.set(accountId, entry);
    return entry;
  };

  return {
    async version(accountId) {
      if (!freshness.trusted()) return readVersion(database.db, accountId);
      const kept = entries.get(accountId)?.version;
      if (kept !== undefined) return kept;
      const before = invalidations;
      const version = await readVersion(database.db, accountId);
      if (freshness.trusted() && invalidations === before) entryOf(accountId).version = version;
      return version;
    },
    async derived(accountId, key, read) {
      if (!freshness.trusted()) return read();
      const kept = entries.get(accountId)?.derived;
      if (kept?.has(key)) return kept.get(key) as Awaited<ReturnType<typeof read>>;
      const before = invalidations;
      const value = await read();
      if (freshness.trusted() && invalidations === before) {
        const derived = entryOf(accountId).derived;
        // Bounded per account (many URLs: searches): past the bound, it starts again.
        if (derived.size >= MAX_DERIVED) derived.clear();
        derived.set(key, value);
      }
      return value;
    },
    changed: drop,
    close: () => freshness.close(),
  };
}

/**
 * SQLite: a commit anywhere (this connection or another process's) changes the stamp; a new stamp drops
 * everything. The stamp is read once per turn of the event loop (kept until the turn's check phase): a
 * read of it is a read transaction, whose WAL locks are system calls (~25 µs here, 13% of a polled 304's
 * CPU), and a busy server answers several requests a turn. Every request answered in a turn arrived
 * before it began, so a commit that lands during the turn is one they may be answered without; the
 * next turn sees it.
 */
function sqliteFreshness(stamp: () => string, dropAll: () => void): Freshness {
  let seen: string | null = null;
  let ofThisTurn: string | null = null;
  const forgetTurn = () => {
    ofThisTurn = null;
  };
  return {
    trusted() {
      let now: string;
      try {
        if (ofThisTurn === null) {
          ofThisTurn = stamp();
          setImmediate(forgetTurn);
        }
        now = ofThisTurn;
      } catch {
        // A connection that cannot answer (closed, broken): nothing is trusted; the read reports the failure as any query would.
        seen = null;
        dropAll();
        return false;
      }
      if (now !== seen) {
        seen = now;
        dropAll();
      }
      return true;
    },
    close: async () => undefined,
  };
}

/**
 * PostgreSQL: trusted only while this instance LISTENs (a notification missed while it did not could
 * leave a stale version): every (re)connection starts from nothing, and a lost one is retried.
 */
function postgresFreshness(url: string, logger: Logger, drop: (accountId: string) => void, dropAll: () => void): Freshness {
  let listening = false;
  const listener = listenForWakeUps(url, ACCOUNT_CHANGES_CHANNEL, (accountId) => (accountId ? drop(accountId) : dropAll()), logger, 1_000, {
    onUp() {
      // Whatever was read before LISTEN took effect may have missed a notification.
      dropAll();
      listening = true;
      logger.info('account change notifications (LISTEN) up; versions are kept in memory');
    },
    onDown(err) {
      if (listening) logger.warn({ err }, 'account change notifications (LISTEN) lost; versions are read from the database until they are back');
      listening = false;
      dropAll();
    },
  });
  return {
    trusted: () => listening,
    async close() {
      listening = false;
      await (await listener).close();
    },
  };
}
