// Webhook secrets at rest: sealed with the server key, unreadable and
// tamper-evident without it; the development key is made once, owner-only.
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createSecretBox, resolveSecretKey, SECRET_KEY_FILE } from '../../src/webhooks/secret-box.js';
import { generateWebhookSecret } from '../../src/webhooks/signing.js';

const key = () => Buffer.from(Array.from({ length: 32 }, () => Math.floor(Math.random() * 256))).toString('base64');

describe('secret box', () => {
  it('opens what it sealed; the sealed form shows nothing of the secret and differs every time', () => {
    const box = createSecretBox(key());
    const secret = generateWebhookSecret();
    const [a, b] = [box.seal(secret), box.seal(secret)];
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret.slice(6, 20));
    expect(box.open(a)).toBe(secret);
  });

  it('refuses a tampered row and another server key', () => {
    const box = createSecretBox(key());
    const sealed = box.seal(generateWebhookSecret());
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => createSecretBox(key()).open(sealed)).toThrow();
  });

  it('opens a row opened before without being fooled by a tampered copy of it, past the number it keeps', () => {
    const box = createSecretBox(key());
    const rows = Array.from({ length: 1_200 }, () => {
      const secret = generateWebhookSecret();
      return { secret, sealed: box.seal(secret) };
    });
    for (const row of rows) expect(box.open(row.sealed)).toBe(row.secret);
    for (const row of [rows[0]!, rows[1_199]!]) {
      expect(box.open(row.sealed)).toBe(row.secret);
      const parts = row.sealed.split('.');
      parts[2] = Buffer.alloc(16).toString('base64url');
      expect(() => box.open(parts.join('.'))).toThrow();
    }
  });

  it('in development makes the key once in DATA_DIR, readable by its owner only, and reuses it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-key-'));
    const config = loadConfig({ DATA_DIR: dir });
    const first = await resolveSecretKey(config);
    expect(Buffer.from(first, 'base64')).toHaveLength(32);
    expect(await resolveSecretKey(config)).toBe(first);
    expect((await readFile(join(dir, SECRET_KEY_FILE), 'utf8')).trim()).toBe(first);
    expect((await stat(join(dir, SECRET_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('uses WEBHOOK_SECRET_KEY when set, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-key-'));
    const configured = key();
    expect(await resolveSecretKey(loadConfig({ DATA_DIR: dir, WEBHOOK_SECRET_KEY: configured }))).toBe(configured);
    await expect(stat(join(dir, SECRET_KEY_FILE))).rejects.toThrow();
  });
});
