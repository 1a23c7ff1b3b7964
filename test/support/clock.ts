import type { Clock } from '../../src/clock.js';

export interface TestClock extends Clock {
  advance(ms: number): void;
  set(time: Date): void;
}

/**
 * A clock tests move by hand. Frozen by default; `running: true` lets real
 * time pass too (for the delivery worker, whose timers are real), with
 * advance/set still shifting it.
 */
export function testClock(start = new Date(), options: { running?: boolean } = {}): TestClock {
  let offset = start.getTime() - Date.now();
  let frozen = start.getTime();
  const running = options.running === true;
  return {
    now: () => new Date(running ? Date.now() + offset : frozen),
    advance: (ms) => {
      offset += ms;
      frozen += ms;
    },
    set: (time) => {
      offset = time.getTime() - Date.now();
      frozen = time.getTime();
    },
  };
}
