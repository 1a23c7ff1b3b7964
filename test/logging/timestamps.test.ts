// Log lines carry the time they were written, as an ISO 8601 UTC string: the
// format pino's isoTime writes, shared by the lines of one millisecond only.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('log timestamps', () => {
  it('each line has the ISO time it was written at, in the shape of pino isoTime, never an earlier millisecond', async () => {
    const { lines, stream } = capture();
    const logger = createLogger('info', stream);
    const written: [number, number][] = [];
    for (let i = 0; i < 200; i++) {
      const before = Date.now();
      logger.info({ i }, 'line');
      written.push([before, Date.now()]);
      if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(200);
    const shape = pino.stdTimeFunctions.isoTime().replace(/\d/g, '0');
    for (const [index, line] of lines.entries()) {
      const time = line.time as string;
      expect(`,"time":"${time}"`.replace(/\d/g, '0')).toBe(shape);
      const at = Date.parse(time);
      expect(at).toBeGreaterThanOrEqual(written[index]![0]);
      expect(at).toBeLessThanOrEqual(written[index]![1]);
    }
    // The waits put the lines in several milliseconds: they are not all one time.
    expect(new Set(lines.map((l) => l.time)).size).toBeGreaterThan(1);
  });
});
