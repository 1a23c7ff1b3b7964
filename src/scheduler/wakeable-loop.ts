// One background loop: runs a pass, sleeps until the pass says (bounded by
// maxSleepMs), and can be woken early. A wake during a pass runs one more pass
// right after it, so nothing that arrived meanwhile waits for the next sleep.
// The delivery worker and the expiry scheduler are both one of these.

export interface WakeableLoop {
  start(): void;
  /** Run a pass now (or, if one is running, once more right after it). */
  wake(): void;
  /** Run a pass within `ms` (bounded by maxSleepMs), unless one is due sooner. */
  wakeIn(ms: number): void;
  /** Stop: no pass starts any more; resolves when the running one ends. */
  stop(): Promise<void>;
  readonly stopped: boolean;
}

export interface LoopOptions {
  /** One pass; returns how long to sleep before the next one (ms). */
  pass: () => Promise<number>;
  /** The longest sleep: bounds how late work that arrives unannounced (another process's) is seen. */
  maxSleepMs: number;
  /** A pass threw: log it; returns how long to wait before trying again. */
  onError: (err: unknown) => number;
}

export function createWakeableLoop(options: LoopOptions): WakeableLoop {
  let stopped = true;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Infinity;

  function wakeIn(ms: number): void {
    if (stopped) return;
    const delay = Math.max(0, Math.min(ms, options.maxSleepMs));
    const at = Date.now() + delay;
    if (timer && timerAt <= at) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      run();
    }, delay);
  }

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      let sleep = options.maxSleepMs;
      try {
        do {
          again = false;
          sleep = await options.pass();
        } while (again && !stopped);
      } catch (err) {
        sleep = options.onError(err);
      } finally {
        running = null;
        wakeIn(sleep);
      }
    })();
  }

  return {
    start() {
      stopped = false;
      run();
    },
    wake: run,
    wakeIn,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
    get stopped() {
      return stopped;
    },
  };
}
