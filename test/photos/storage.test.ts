// Both storages keep the same promises: what was put comes back byte for byte
// as a stream, a missing key is StorageNotFoundError, delete is idempotent.
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createStorage, StorageNotFoundError, type PhotoStorage } from '../../src/storage/storage.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';

const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.close());

for (const kind of ['local', 's3'] as const) {
  describe(`${kind} storage`, () => {
    let storage: PhotoStorage;
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'piksend-storage-'));
      storage = createStorage(loadConfig({ DATA_DIR: dir, ...(kind === 's3' ? s3.env : {}) }).photos.storage);
    });
    afterAll(() => storage.close());

    it('streams back what was put, byte for byte (a 3 MB file)', async () => {
      const bytes = randomBytes(3 * 1024 * 1024);
      const file = join(dir, 'upload.bin');
      await writeFile(file, bytes);
      await storage.put('galleries/g1/p1', file, 'image/jpeg');
      expect((await read(await storage.get('galleries/g1/p1'))).equals(bytes)).toBe(true);
    });

    it('says a missing key is missing, and deletes idempotently', async () => {
      await expect(storage.get('galleries/g1/none')).rejects.toBeInstanceOf(StorageNotFoundError);
      const file = join(dir, 'small.bin');
      await writeFile(file, 'x');
      await storage.put('galleries/g2/p1', file, 'text/plain');
      await storage.delete(['galleries/g2/p1', 'galleries/g2/never']);
      await storage.delete(['galleries/g2/p1']);
      await expect(storage.get('galleries/g2/p1')).rejects.toBeInstanceOf(StorageNotFoundError);
    });
  });
}

describe('local storage', () => {
  it('refuses a key that would leave its directory', async () => {
    const storage = createStorage({ kind: 'local', directory: await mkdtemp(join(tmpdir(), 'piksend-storage-')) });
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/outside the storage directory/);
  });
});
