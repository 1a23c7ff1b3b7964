// A dependency only some deployments use (the S3 SDK, ioredis, pg, sharp) is
// loaded the first time it is needed, not at start: each costs 15–30 MB of
// memory a server on the embedded defaults never uses (#12, peak RSS).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `() => module`, loading the CommonJS package `name` on the first call. */
export function requireLazily<Module>(name: string): () => Module {
  let loaded: Module | undefined;
  return () => (loaded ??= require(name) as Module);
}
