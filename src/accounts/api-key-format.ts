// API keys: `pk_live_` (or `pk_test_` for test mode) + 32 random base62
// characters + a 6-character CRC32 checksum, so a mistyped or truncated key is
// refused without a database lookup. Only the SHA-256 of a key is stored, with
// a display form.
import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

const LIVE_PREFIX = 'pk_live_';
const TEST_PREFIX = 'pk_test_';
const PREFIX_LENGTH = LIVE_PREFIX.length;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SHAPE = new RegExp(`^pk_(live|test)_[0-9A-Za-z]{${BODY_LENGTH + CHECKSUM_LENGTH}}$`);

function base62(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = ALPHABET[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

const checksumOf = (body: string) => base62(crc32(body), CHECKSUM_LENGTH);

export function generateApiKey(livemode = true): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[randomInt(62)];
  return `${livemode ? LIVE_PREFIX : TEST_PREFIX}${body}${checksumOf(body)}`;
}

/** Whether a (well-formed) key is a test-mode key. */
export const isTestApiKey = (key: string) => key.startsWith(TEST_PREFIX);

/** Shape and checksum only: says nothing of whether the key exists. */
export function isWellFormedApiKey(key: string): boolean {
  if (!SHAPE.test(key)) return false;
  const body = key.slice(PREFIX_LENGTH, PREFIX_LENGTH + BODY_LENGTH);
  return key.slice(PREFIX_LENGTH + BODY_LENGTH) === checksumOf(body);
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export const displayApiKey = (key: string) => `${key.slice(0, PREFIX_LENGTH + 4)}…${key.slice(-4)}`;
