// The one shape every domain module takes: what it may use, passed in (no
// module-level state). Domain functions take `ctx` first and name the parts
// they need with `Pick<DomainContext, …>`.
import type { Kysely } from 'kysely';
import type { Clock } from './clock.js';
import type { Config } from './config/index.js';
import type { Tables } from './db/schema.js';
import type { Logger } from './logging/logger.js';

export interface DomainContext {
  db: Kysely<Tables>;
  clock: Clock;
  config: Config;
  logger: Logger;
}
