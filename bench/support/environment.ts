// The benchmark's environment: where the repository is, and the helpers it
// shares with the test suite (support/): a free loopback port, a fresh database to seed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database.js';

export { freePort } from '../../support/free-port.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh database for one bench run. */
export const benchDatabase = (dialect: 'sqlite' | 'postgres', adminUrl: string): Promise<ScratchDatabase> =>
  createScratchDatabase(dialect, adminUrl, dialect === 'sqlite' ? 'piksend-bench' : 'piksend_bench');
