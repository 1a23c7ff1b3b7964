// Fixed-window rate limiting of any key: an account's requests, a share
// link's visitor, password attempts, refused API keys per address. The store
// is an interface: in memory for one instance, Redis (INCR + PEXPIREAT) for several.

export interface RateLimitStore {
  /** Counts one hit in the window starting at `windowStart` (ms) and returns the count so far. */
  hit(key: string, windowStart: number, windowMs: number): Promise<number>;
  /** The count so far in that window, without counting (a 304 to a conditional request is free). */
  peek(key: string, windowStart: number): Promise<number>;
  /** What /health reports. */
  status(): RateLimitStoreStatus;
  close?(): Promise<void>;
}

export interface RateLimitStoreStatus {
  store: 'memory' | 'redis';
  status: 'up' | 'degraded';
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  reset: number;
  /** Seconds to wait when refused. */
  retryAfter: number;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  async hit(key: string, windowStart: number, windowMs: number): Promise<number> {
    // Drop finished windows now and then, so memory follows active keys only.
    if (windowStart - this.lastSweep >= windowMs) {
      for (const [k, w] of this.windows) if (w.start < windowStart) this.windows.delete(k);
      this.lastSweep = windowStart;
    }
    const current = this.windows.get(key);
    if (current && current.start === windowStart) return ++current.count;
    this.windows.set(key, { start: windowStart, count: 1 });
    return 1;
  }

  async peek(key: string, windowStart: number): Promise<number> {
    const current = this.windows.get(key);
    return current && current.start === windowStart ? current.count : 0;
  }

  status(): RateLimitStoreStatus {
    return { store: 'memory', status: 'up' };
  }
}

export async function consume(
  store: RateLimitStore,
  key: string,
  limit: number,
  windowSeconds: number,
  nowMs: number,
): Promise<RateLimitDecision> {
  const windowStart = startOfWindow(windowSeconds, nowMs);
  return decide(await store.hit(key, windowStart, windowSeconds * 1000), limit, windowSeconds, nowMs);
}

/** The budget as it stands, without spending any: always allowed (for answers that do not count). */
export async function peek(
  store: RateLimitStore,
  key: string,
  limit: number,
  windowSeconds: number,
  nowMs: number,
): Promise<RateLimitDecision> {
  const count = await store.peek(key, startOfWindow(windowSeconds, nowMs));
  return { ...decide(count, limit, windowSeconds, nowMs), allowed: true };
}

const startOfWindow = (windowSeconds: number, nowMs: number) => Math.floor(nowMs / (windowSeconds * 1000)) * windowSeconds * 1000;

function decide(count: number, limit: number, windowSeconds: number, nowMs: number): RateLimitDecision {
  const resetMs = startOfWindow(windowSeconds, nowMs) + windowSeconds * 1000;
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    reset: Math.ceil(resetMs / 1000),
    retryAfter: Math.max(1, Math.ceil((resetMs - nowMs) / 1000)),
  };
}

/** The decision when nothing could be counted: allowed, the whole budget left. */
export function unlimited(limit: number, windowSeconds: number, nowMs: number): RateLimitDecision {
  const windowMs = windowSeconds * 1000;
  const resetMs = (Math.floor(nowMs / windowMs) + 1) * windowMs;
  return { allowed: true, limit, remaining: limit, reset: Math.ceil(resetMs / 1000), retryAfter: 0 };
}
