// The one shape every domain module takes: what it may use, passed in (no
// module-level state). Domain functions take `ctx` first and name the parts
// they need with `Pick<DomainContext, …>`.
import type { Kysely } from 'kysely';
import type { Clock } from './clock.js';
import type { Config } from './config/index.js';
import type { Tables } from './db/schema.js';
import type { Logger } from './logging/logger.js';
import type { PhotoStorage } from './storage/storage.js';
import type { SecretBox } from './webhooks/secret-box.js';

export interface DomainContext {
  db: Kysely<Tables>;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Told after a transaction that recorded events commits, so deliveries go out at once. */
  deliveries: DeliveryWakeUp;
  /** Encrypts webhook secrets at rest. */
  secretBox: SecretBox;
  /** Photo originals and previews. */
  storage: PhotoStorage;
  /** Told after a gallery's expires_at changed, so the expiry scheduler looks again. */
  expiry: WakeUp;
}

export interface WakeUp {
  wake(): void;
}

/** Call wake() after the commit: the worker then claims the new deliveries (it polls anyway, this only makes it prompt). */
export type DeliveryWakeUp = WakeUp;

/** For processes that run no delivery worker and notify none (CLI tools, tests of other areas). */
export const noDeliveryWorker: DeliveryWakeUp = { wake: () => undefined };
/** For processes that run no expiry scheduler. */
export const noExpiryScheduler: WakeUp = { wake: () => undefined };
