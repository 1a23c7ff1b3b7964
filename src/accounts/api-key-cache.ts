// Verified keys are remembered for a few seconds, so a busy key costs one
// database lookup per TTL instead of one per request. The price is bounded:
// a revoked key keeps working for at most the TTL (API_KEY_CACHE_SECONDS,
// 0 disables the cache). Only live keys are cached, and the cache is bounded.
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { authenticateApiKey, type Authenticated } from './accounts.js';
import { hashApiKey } from './api-keys.js';

const MAX_ENTRIES = 10_000;

export type ApiKeyVerifier = (key: string) => Promise<Authenticated | null>;

export function createApiKeyVerifier(db: Kysely<Database>, clock: Clock, ttlSeconds: number): ApiKeyVerifier {
  if (ttlSeconds <= 0) return (key) => authenticateApiKey(db, key);
  const cache = new Map<string, { auth: Authenticated; expiresAt: number }>();
  return async (key) => {
    const now = clock.now().getTime();
    const id = hashApiKey(key);
    const hit = cache.get(id);
    if (hit && hit.expiresAt > now) return hit.auth;
    cache.delete(id);
    const auth = await authenticateApiKey(db, key);
    if (auth) {
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(id, { auth, expiresAt: now + ttlSeconds * 1000 });
    }
    return auth;
  };
}
