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
  close(): Promise<void>;
}

export class StorageNotFoundError extends Error {}

export function createStorage(config: PhotoConfig['storage']): PhotoStorage {
  return config.kind === 's3' ? new S3Storage(config) : new LocalStorage(config.directory);
}
