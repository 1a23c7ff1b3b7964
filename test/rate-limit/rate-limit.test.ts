// The fixed-window rule of the per-key rate limit, as a pure rule over the in-memory store.
import { describe, expect, it } from 'vitest';
import { consume, MemoryRateLimitStore, unlimited } from '../../src/rate-limit/rate-limit.js';

const MINUTE = 60_000;
const start = Date.UTC(2030, 0, 1, 12, 0, 0); // on a window boundary

describe('rate-limit windows', () => {
  it('allows `limit` hits in a window, counts down remaining, then refuses with the seconds left', async () => {
    const store = new MemoryRateLimitStore();
    const decisions = [];
    for (let i = 0; i < 3; i++) decisions.push(await consume(store, 'key', 3, 60, start + 1_000 * i));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([[true, 2], [true, 1], [true, 0]]);
    const refused = await consume(store, 'key', 3, 60, start + 15_500);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, limit: 3, reset: (start + MINUTE) / 1000 });
    expect(refused.retryAfter).toBe(45); // 44.5 s left, rounded up
  });

  it('starts a fresh budget when the next window begins', async () => {
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 2; i++) await consume(store, 'key', 2, 60, start + i);
    expect((await consume(store, 'key', 2, 60, start + MINUTE - 1)).allowed).toBe(false);
    const next = await consume(store, 'key', 2, 60, start + MINUTE);
    expect(next).toMatchObject({ allowed: true, remaining: 1, reset: (start + 2 * MINUTE) / 1000 });
  });

  it('counts each key on its own', async () => {
    const store = new MemoryRateLimitStore();
    expect((await consume(store, 'a', 1, 60, start)).allowed).toBe(true);
    expect((await consume(store, 'a', 1, 60, start)).allowed).toBe(false);
    expect((await consume(store, 'b', 1, 60, start)).allowed).toBe(true);
  });

  it('never asks to wait less than a second, even at the very end of a window', async () => {
    const store = new MemoryRateLimitStore();
    await consume(store, 'key', 1, 60, start + MINUTE - 10);
    expect((await consume(store, 'key', 1, 60, start + MINUTE - 5)).retryAfter).toBe(1);
  });

  it('failing open reports the whole budget and the end of the current window', () => {
    expect(unlimited(600, 60, start + 30_000)).toEqual({ allowed: true, limit: 600, remaining: 600, reset: (start + MINUTE) / 1000, retryAfter: 0 });
  });
});
