// API keys: `pk_live_` + 32 random base62 characters + a 6-character CRC32
// checksum, so a mistyped or truncated key is refused without a database
// lookup. Only the SHA-256 of a key is stored, with a display form.
import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

const PREFIX = 'pk_live_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SHAPE = new RegExp(`^${PREFIX}[0-9A-Za-z]{${BODY_LENGTH + CHECKSUM_LENGTH}}$`);

function base62(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = ALPHABET[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

const checksumOf = (body: string) => base62(crc32(body), CHECKSUM_LENGTH);

export function generateApiKey(): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[randomInt(62)];
  return `${PREFIX}${body}${checksumOf(body)}`;
}

/** Shape and checksum only: says nothing of whether the key exists. */
export function isWellFormedApiKey(key: string): boolean {
  if (!SHAPE.test(key)) return false;
  const body = key.slice(PREFIX.length, PREFIX.length + BODY_LENGTH);
  return key.slice(PREFIX.length + BODY_LENGTH) === checksumOf(body);
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export const displayApiKey = (key: string) => `${key.slice(0, PREFIX.length + 4)}…${key.slice(-4)}`;
