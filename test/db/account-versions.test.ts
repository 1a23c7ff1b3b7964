// Account versions kept in memory (src/db/account-versions.ts): what they
// answer is the database's version, whoever wrote and however — a write
// through this connection, another connection's commit (PostgreSQL: its
// notification), this instance's own writes at once (changed) — and on
// PostgreSQL they are really kept: no round trip while nothing changed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountVersions, type AccountVersions } from '../../src/db/account-versions.js';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { createLogger } from '../../src/logging/logger.js';
import { createTestDatabase, type TestDatabaseUrl } from '../support/databases.js';
import { DIALECTS, dialectAvailable } from '../support/dialects.js';
import { accountRow, galleryRow } from '../support/rows.js';
import { waitUntil } from '../support/wait.js';

for (const dialect of DIALECTS) {
  describe.skipIf(!dialectAvailable(dialect))(`account versions in memory [${dialect}]`, () => {
    let scratch: TestDatabaseUrl;
    let database: Database;
    let versions: AccountVersions;
    const stored = async (accountId: string) =>
      Number((await database.db.selectFrom('account_changes').select((eb) => eb.fn.sum<number>('seq').as('v')).where('account_id', '=', accountId).executeTakeFirstOrThrow()).v ?? 0);

    beforeAll(async () => {
      scratch = await createTestDatabase(dialect);
      database = openDatabase(scratch.url);
      await database.migrate();
      versions = createAccountVersions(database, { listenUrl: dialect === 'postgres' ? scratch.url : undefined, logger: createLogger('silent') });
      await database.db.insertInto('accounts').values([accountRow('a1'), accountRow('a2')]).execute();
    });
    afterAll(async () => {
      await versions?.close();
      await database?.close();
      await scratch?.drop();
    });

    it('answers the stored version, and a write through the same database at once', async () => {
      // PostgreSQL: kept only once LISTEN is up; before that, read every time (the same answers).
      expect(await versions.version('a1')).toBe(await stored('a1'));
      const before = await versions.version('a1');
      await database.db.insertInto('galleries').values(galleryRow('g1', 'a1')).execute();
      versions.changed('a1');
      const after = await versions.version('a1');
      expect(after).toBeGreaterThan(before);
      expect(after).toBe(await stored('a1'));
      // Another account's version is its own.
      expect(await versions.version('a2')).toBe(await stored('a2'));
    });

    it('a closed database: a version read fails as any query does, and creating them does not', async () => {
      const closed = openDatabase(scratch.url);
      await closed.close();
      const broken = createAccountVersions(closed, { logger: createLogger('silent') });
      await expect(broken.version('a1')).rejects.toThrow();
      await expect(broken.derived('a1', 'x', async () => 'read')).resolves.toBe('read');
      await broken.close();
    });

    it.runIf(dialect === 'sqlite')('SQLite: any commit, on the connection or another, shows from the next turn of the event loop without being told', async () => {
      const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
      const before = await versions.version('a1');
      const kept = await versions.derived('a1', 'gallery:g1', async () => 'read once');
      expect(await versions.derived('a1', 'gallery:g1', async () => 'read again')).toBe(kept);
      await database.db.updateTable('galleries').set({ name: 'Renamed' }).where('id', '=', 'g1').execute();
      await nextTurn();
      expect(await versions.version('a1')).toBe(await stored('a1'));
      // Another connection (another process, as `piksend worker` is): its commit shows the same way.
      const other = openDatabase(scratch.url);
      try {
        const seen = await versions.version('a1');
        await other.db.updateTable('galleries').set({ name: 'Renamed elsewhere' }).where('id', '=', 'g1').execute();
        await nextTurn();
        expect(await versions.version('a1')).toBeGreaterThan(seen);
        expect(await versions.version('a1')).toBe(await stored('a1'));
      } finally {
        await other.close();
      }
      expect(await versions.version('a1')).toBeGreaterThan(before);
      expect(await versions.derived('a1', 'gallery:g1', async () => 'read again')).toBe('read again');
    });

    it.runIf(dialect === 'postgres')('PostgreSQL: kept without a round trip, and another connection\'s commit shows within its notification', async () => {
      const other = new pg.Client({ connectionString: scratch.url });
      await other.connect();
      try {
        // Once LISTEN is up, a version read is kept: a bump its notification does not announce (triggers off) is not seen.
        await waitUntil(async () => {
          const kept = await versions.version('a2');
          await other.query(`set session_replication_role = replica; update account_changes set seq = seq + 1 where account_id = 'a2'; set session_replication_role = origin`);
          return (await versions.version('a2')) === kept;
        }, Boolean, 5_000);
        // A commit that nobody tells it of (no changed()): its notification drops what was kept.
        const kept = await versions.version('a2');
        await database.db.insertInto('galleries').values(galleryRow('g2', 'a2', { name: 'Elsewhere' })).execute();
        const seen = await waitUntil(() => versions.version('a2'), (v) => v !== kept, 1_000);
        expect(seen).toBe(await stored('a2'));
        // A rolled-back write notifies nothing and changes nothing.
        await other.query(`begin; update galleries set name = 'Never' where id = 'g2'; rollback`);
        expect(await versions.version('a2')).toBe(seen);
        expect(seen).toBe(await stored('a2'));
      } finally {
        await other.end();
      }
    });
  });
}
