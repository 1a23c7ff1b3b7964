// Which database a Kysely instance talks to: where the two differ (indexes,
// full-text search), the code asks this rather than carrying a flag around.
import { PostgresAdapter, type Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export const dialectOf = (db: Kysely<any>): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');
