// Where photo files live, behind one small interface: a local directory (the
// embedded default) or S3-compatible object storage (several API instances
// share it). Files are streamed in and out, never held whole in memory.
import type { Readable } from 'node:stream';
import type { PhotoConfig } from '../config/index.js';
import { LocalStorage } from './local-storage.js';
import { S3Storage } from './s3-storage.js';

export interface PhotoStorage {
  /** Stores the file at `path` (a local temporary file) under `key`. */
  put(key: string, path: string, contentType: string): Promise<void>;
  /** The stored bytes as a stream; throws StorageNotFoundError when there is no such key. */
  get(key: string): Promise<Readable>;
  /** Removes the keys (missing ones are ignored). */
  delete(keys: string[]): Promise<void>;
  /** Whether a file can be written now: a small probe is written and removed (what /health reports). */
  writable(): Promise<boolean>;
  readonly kind: 'local' | 's3';
  close(): Promise<void>;
}

export class StorageNotFoundError extends Error {}

export function createStorage(config: PhotoConfig['storage']): PhotoStorage {
  return config.kind === 's3' ? new S3Storage(config) : new LocalStorage(config.directory);
}

/** A storage's writability, probed at most once per `ttlMs` and within `timeoutMs` (a hung store is down). */
export function writabilityProbe(storage: PhotoStorage, ttlMs = 5_000, timeoutMs = 1_000): () => Promise<boolean> {
  let last: { at: number; value: Promise<boolean> } | null = null;
  return () => {
    const now = Date.now();
    if (last && now - last.at < ttlMs) return last.value;
    const value = Promise.race([
      storage.writable().catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
    ]);
    last = { at: now, value };
    return value;
  };
}
