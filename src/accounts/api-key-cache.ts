// Verified keys are remembered for a few seconds, so a busy key costs one
// database lookup per TTL instead of one per request. The price is bounded:
// a revoked key keeps working for at most the TTL (API_KEY_CACHE_SECONDS,
// 0 disables the cache). Only live keys are cached, and the cache is bounded
// (the oldest entry goes first).
import type { DomainContext } from '../context.js';
import { hashApiKey } from './api-key-format.js';
import { verifyApiKey, type ExpiredKey, type VerifiedKey } from './api-keys.js';

export const DEFAULT_MAX_ENTRIES = 10_000;

export type ApiKeyVerifier = (key: string) => Promise<VerifiedKey | ExpiredKey | null>;

export function createApiKeyVerifier(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  ttlSeconds: number,
  maxEntries = DEFAULT_MAX_ENTRIES,
): ApiKeyVerifier {
  if (ttlSeconds <= 0) return (key) => verifyApiKey(ctx, key);
  const cache = new Map<string, { verified: VerifiedKey; expiresAt: number }>();
  return async (key) => {
    const now = ctx.clock.now().getTime();
    const id = hashApiKey(key);
    const hit = cache.get(id);
    if (hit && hit.expiresAt > now) return hit.verified;
    cache.delete(id);
    const verified = await verifyApiKey(ctx, key);
    if (verified && !('expired' in verified)) {
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
      // A rolled key is trusted from the cache no longer than it lives.
      const keyEnds = verified.expiresAt === null ? Infinity : Date.parse(verified.expiresAt);
      cache.set(id, { verified, expiresAt: Math.min(now + ttlSeconds * 1000, keyEnds) });
    }
    return verified;
  };
}
