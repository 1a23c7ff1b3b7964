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

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'piksend-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}
