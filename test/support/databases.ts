// Real databases for tests: a temporary SQLite file, or a fresh PostgreSQL
// database per server (dropped afterwards).
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database.js';

export type DialectName = 'sqlite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.PIKSEND_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestDatabaseUrl = ScratchDatabase;

export const createTestDatabase = (dialect: DialectName, adminUrl = POSTGRES_ADMIN_URL): Promise<TestDatabaseUrl> =>
  createScratchDatabase(dialect, adminUrl, dialect === 'sqlite' ? 'piksend-db' : 'piksend_t');
