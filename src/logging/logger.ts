// Structured JSON logs (pino). Secrets are redacted by path and never logged on purpose.
import { pino, type Logger } from 'pino';
import { credentials } from '../../generated/constants.js';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  `req.headers["${credentials.ShareAccessToken.header.toLowerCase()}"]`,
  'headers.authorization',
  '*.password',
  '*.secret',
  '*.apiKey',
  '*.api_key',
];

/** Past this much unwritten log (a reader of stdout that stopped reading), lines are dropped rather than memory spent. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * Standard output, written asynchronously: a line is queued and written with those queued behind it (one
 * write for many lines under load, instead of a blocking write per request: 9% of a list's CPU in the
 * profile). pino flushes what is queued when the process exits, however it exits but SIGKILL.
 */
const stdout = () => pino.destination({ dest: 1, sync: false, maxLength: MAX_BUFFERED_BYTES });

/**
 * pino's isoTime formats a new Date for every line (2% of a get's CPU under load); lines written in the same
 * millisecond share one string — the same text isoTime would have written.
 */
let lastMs = -1;
let lastTime = '';
const isoTimeOfMillisecond = (): string => {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = `,"time":"${new Date(ms).toISOString()}"`;
  }
  return lastTime;
};

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'piksend-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: isoTimeOfMillisecond,
    },
    (destination ?? (level === 'silent' ? undefined : stdout())) as pino.DestinationStream | undefined,
  );
}
