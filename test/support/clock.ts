import type { Clock } from '../../src/clock.js';

export interface TestClock extends Clock {
  advance(ms: number): void;
  set(time: Date): void;
}

export function testClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (time) => {
      current = time.getTime();
    },
  };
}
