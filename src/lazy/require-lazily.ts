// A dependency only some deployments or requests use (the S3 SDK, ioredis, pg,
// sharp; archiver for zip downloads) is loaded the first time it is needed,
// not at start: each costs 15–30 MB of memory a server on the embedded
// defaults never uses (#12, peak RSS), and archiver ~170 ms of start-up.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `() => module`, loading the CommonJS package `name` on the first call. */
export function requireLazily<Module>(name: string): () => Module {
  let loaded: Module | undefined;
  return () => (loaded ??= require(name) as Module);
}

/** `() => Promise<module>`, importing the ES module `name` on the first call (ESM-only packages cannot be required). */
export function importLazily<Module>(name: string): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  return () => (loading ??= import(name) as Promise<Module>);
}
