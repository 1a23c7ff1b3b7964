// Image work (decoding, previews) within a memory budget: what a decode
// costs is its pixels (about 1.2 bytes of memory per pixel for the largest
// PNGs), so jobs run while the pixels being decoded fit the budget and at most
// `concurrency` at a time — many small photos at once, the largest one alone.
// Jobs start in arrival order; past `maxWaiting` waiting, an upload answers 503
// with Retry-After (a passing condition: the client sends it again).
import { serviceUnavailable } from '../errors/io-faults.js';

export interface ImageQueue {
  /** Runs `job` (decoding `pixels` pixels) when the budget allows; refuses at once (503) when too many wait. */
  run<T>(pixels: number, job: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}


export function createImageQueue(options: { concurrency: number; maxWaiting: number; pixelBudget: number }): ImageQueue {
  let running = 0;
  let pixelsInUse = 0;
  const waiting: { pixels: number; start: () => void }[] = [];
  // A job larger than the whole budget still runs, alone.
  const fits = (pixels: number) => running === 0 || (running < options.concurrency && pixelsInUse + pixels <= options.pixelBudget);
  const startWaiting = () => {
    while (waiting.length && fits(waiting[0]!.pixels)) {
      const next = waiting.shift()!;
      running++;
      pixelsInUse += next.pixels;
      next.start();
    }
  };
  return {
    async run<T>(pixels: number, job: () => Promise<T>): Promise<T> {
      if (waiting.length || !fits(pixels)) {
        if (waiting.length >= options.maxWaiting) {
          throw serviceUnavailable('The server is processing as many images as it can');
        }
        await new Promise<void>((start) => waiting.push({ pixels, start }));
      } else {
        running++;
        pixelsInUse += pixels;
      }
      try {
        return await job();
      } finally {
        running--;
        pixelsInUse -= pixels;
        startWaiting();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
