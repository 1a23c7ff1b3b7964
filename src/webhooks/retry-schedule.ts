// When the next attempt of a failed delivery is due, as a pure rule.
export interface RetryDecision {
  /** Null when the schedule is exhausted: the delivery fails. */
  nextAttemptAt: Date | null;
}

/**
 * After `attemptsMade` attempts (the last one failed), the next is due
 * `schedule[attemptsMade]` seconds later, ±10% jitter, and never before the
 * receiver's Retry-After. Past the end of the schedule there is none.
 */
export function nextAttempt(
  schedule: readonly number[],
  attemptsMade: number,
  now: Date,
  retryAfterSeconds: number | null = null,
  random: () => number = Math.random,
): RetryDecision {
  if (attemptsMade >= schedule.length) return { nextAttemptAt: null };
  const base = schedule[attemptsMade]! * 1000;
  const jittered = base * (0.9 + 0.2 * random());
  const delay = Math.max(jittered, (retryAfterSeconds ?? 0) * 1000);
  return { nextAttemptAt: new Date(now.getTime() + Math.round(delay)) };
}

/** Retry-After as seconds (delta-seconds or an HTTP date), capped at a day; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : (Date.parse(value) - now.getTime()) / 1000;
  if (!Number.isFinite(seconds)) return null;
  return Math.min(Math.max(0, Math.ceil(seconds)), 86_400);
}
