// Webhook secrets at rest: AES-256-GCM under the server key (WEBHOOK_SECRET_KEY),
// stored as `v1.<iv>.<tag>.<ciphertext>` (base64url). A row copied without the
// key reveals nothing; a tampered row fails to open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import type { Logger } from '../logging/logger.js';

export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

/**
 * Secrets opened lately, by their sealed form (which includes a random IV, so one sealing is one key):
 * the delivery worker signs every attempt, and opening (AES-GCM) was 6% of a backlog's CPU. Bounded;
 * the oldest opened goes first. A changed row is a new sealed string, opened (and checked) afresh.
 */
const OPENED_KEPT = 1_000;

export function createSecretBox(keyBase64: string): SecretBox {
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length !== 32) throw new Error('The webhook secret key must be 32 bytes');
  const opened = new Map<string, string>();
  const openSealed = (sealed: string): string => {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed webhook secret');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  };
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    open(sealed) {
      let plaintext = opened.get(sealed);
      if (plaintext === undefined) {
        plaintext = openSealed(sealed);
        if (opened.size >= OPENED_KEPT) opened.delete(opened.keys().next().value!);
        opened.set(sealed, plaintext);
      }
      return plaintext;
    },
  };
}

export const SECRET_KEY_FILE = 'webhook-secret-key';

/**
 * The key from the configuration; outside production, when none is set, the
 * one in DATA_DIR (created on first start, readable by the owner only).
 * Production without WEBHOOK_SECRET_KEY never gets here: loadConfig refuses it.
 */
export async function resolveSecretKey(config: Config, logger?: Logger): Promise<string> {
  if (config.webhooks.secretKey) return config.webhooks.secretKey;
  if (config.production) throw new Error('WEBHOOK_SECRET_KEY is required in production');
  const file = join(config.dataDir, SECRET_KEY_FILE);
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  await mkdir(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64');
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  await chmod(file, 0o600).catch(() => undefined);
  logger?.warn({ file }, 'generated a webhook secret key for development; set WEBHOOK_SECRET_KEY in production');
  return (await readFile(file, 'utf8')).trim();
}
