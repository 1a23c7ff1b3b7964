// preparedQuery builds a query once and runs it with each call's values: the
// values must land in their places on every call, and a value frozen into the
// SQL (not taken from the arguments) is refused rather than silently reused.
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Tables } from '../../src/db/schema.js';
import { preparedQuery } from '../../src/db/prepared.js';
import { describeOnEachScratchDatabase } from '../support/dialects.js';
import { accountRow } from '../support/rows.js';

describeOnEachScratchDatabase('prepared queries', (scratch) => {
  it('runs with each call\'s values, in the order the query uses them', async () => {
    const { db } = scratch();
    for (const id of ['p1', 'p2', 'p3']) await db.insertInto('accounts').values(accountRow(id, { plan: id === 'p2' ? 'free' : 'pro' })).execute();
    const byPlan = preparedQuery(
      (db: Kysely<Tables>, args: { plan: 'pro' | 'free'; limit: number; after: string }) =>
        db.selectFrom('accounts').select('id').where('id', '>', args.after).where('plan', '=', args.plan).orderBy('id').limit(args.limit),
      ['after', 'plan', 'limit'],
    );
    expect(await byPlan(db, { plan: 'pro', limit: 10, after: 'p0' })).toEqual([{ id: 'p1' }, { id: 'p3' }]);
    expect(await byPlan(db, { plan: 'pro', limit: 1, after: 'p1' })).toEqual([{ id: 'p3' }]);
    expect(await byPlan(db, { plan: 'free', limit: 10, after: '' })).toEqual([{ id: 'p2' }]);
  });

  it('refuses a query with a value that is not one of its arguments', async () => {
    const frozen = preparedQuery((db: Kysely<Tables>, args: { id: string }) => db.selectFrom('accounts').select('id').where('id', '=', args.id).where('plan', '=', 'pro'), ['id']);
    await expect(frozen(scratch().db, { id: 'p1' })).rejects.toThrow(/a value not taken from args/);
  });
});
