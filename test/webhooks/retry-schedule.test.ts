import { describe, expect, it } from 'vitest';
import { STANDARD_RETRY_SCHEDULE } from '../../src/config/index.js';
import { nextAttempt, parseRetryAfter } from '../../src/webhooks/retry-schedule.js';

const now = new Date('2030-01-01T00:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('retry schedule', () => {
  it('follows the Standard Webhooks schedule after each failed attempt, then gives up', () => {
    const middle = () => 0.5; // no jitter
    const delays = STANDARD_RETRY_SCHEDULE.slice(1).map((_, i) => nextAttempt(STANDARD_RETRY_SCHEDULE, i + 1, now, null, middle).nextAttemptAt!.getTime() - now.getTime());
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400].map((s) => s * 1000));
    expect(nextAttempt(STANDARD_RETRY_SCHEDULE, STANDARD_RETRY_SCHEDULE.length, now).nextAttemptAt).toBeNull();
  });

  it('jitters by at most ±10%', () => {
    expect(nextAttempt([0, 100], 1, now, null, () => 0).nextAttemptAt).toEqual(at(90_000));
    expect(nextAttempt([0, 100], 1, now, null, () => 1).nextAttemptAt).toEqual(at(110_000));
  });

  it("never retries before the receiver's Retry-After", () => {
    expect(nextAttempt([0, 5], 1, now, 120, () => 0.5).nextAttemptAt).toEqual(at(120_000));
    expect(nextAttempt([0, 500], 1, now, 120, () => 0.5).nextAttemptAt).toEqual(at(500_000));
  });

  it('reads Retry-After as seconds or an HTTP date, capped at a day', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter(new Date(now.getTime() + 90_000).toUTCString(), now)).toBe(90);
    expect(parseRetryAfter('999999', now)).toBe(86_400);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
