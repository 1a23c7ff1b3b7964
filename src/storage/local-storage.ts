// Photos in a local directory (DATA_DIR/photos by default): one file per key.
import { createReadStream } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { StorageNotFoundError, type PhotoStorage } from './storage.js';

export class LocalStorage implements PhotoStorage {
  readonly kind = 'local' as const;
  private readonly root: string;

  constructor(directory: string) {
    this.root = resolve(directory);
  }

  private pathOf(key: string): string {
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key outside the storage directory: ${key}`);
    return path;
  }

  async put(key: string, path: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    // Same file system: a rename; otherwise a copy (the temporary file is removed by its owner).
    await rename(path, target).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EXDEV') throw err;
      // A copy that fails half-way (a full disk) leaves nothing behind.
      await copyFile(path, target).catch(async (copyErr: unknown) => {
        await rm(target, { force: true }).catch(() => undefined);
        throw copyErr;
      });
    });
  }

  async writable(): Promise<boolean> {
    const probe = join(this.root, `.probe-${randomUUID()}`);
    try {
      await mkdir(this.root, { recursive: true });
      await writeFile(probe, randomBytes(4096));
      return true;
    } catch {
      return false;
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path).catch(() => {
      throw new StorageNotFoundError(key);
    });
    return createReadStream(path);
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  async close(): Promise<void> {}
}
