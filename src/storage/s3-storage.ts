// Photos in S3-compatible object storage (AWS S3, MinIO, R2…), configured by
// STORAGE=s3 and S3_* variables; uploads stream from the temporary file,
// downloads stream from the object.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type * as S3 from '@aws-sdk/client-s3';
import type { PhotoConfig } from '../config/index.js';
import { requireLazily } from '../lazy/require-lazily.js';
import { StorageNotFoundError, type PhotoStorage } from './storage.js';

const sdk = requireLazily<typeof S3>('@aws-sdk/client-s3');

type S3Config = Extract<PhotoConfig['storage'], { kind: 's3' }>;

export class S3Storage implements PhotoStorage {
  readonly kind = 's3' as const;
  private readonly client: S3.S3Client;

  constructor(private readonly config: S3Config) {
    const { S3Client } = sdk();
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
      // The SDK's default streams uploads as aws-chunked with a trailing checksum, which several
      // S3-compatible servers store verbatim (the file comes back with the chunk framing in it).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(key: string): string {
    return `${this.config.prefix}${key}`;
  }

  async put(key: string, path: string, contentType: string): Promise<void> {
    const { PutObjectCommand } = sdk();
    const { size } = await stat(path);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key), Body: createReadStream(path), ContentLength: size, ContentType: contentType }),
    );
  }

  async get(key: string): Promise<Readable> {
    const { GetObjectCommand, NoSuchKey } = sdk();
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
      return object.Body as Readable;
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') throw new StorageNotFoundError(key);
      throw err;
    }
  }

  async delete(keys: string[]): Promise<void> {
    const { DeleteObjectsCommand } = sdk();
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      if (!batch.length) continue;
      await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.config.bucket, Delete: { Objects: batch.map((k) => ({ Key: this.keyOf(k) })), Quiet: true } }),
      );
    }
  }

  async writable(): Promise<boolean> {
    const { PutObjectCommand, DeleteObjectCommand } = sdk();
    const Key = this.keyOf(`.probe/${randomUUID()}`);
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key, Body: 'probe', ContentType: 'text/plain' }));
      await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key }));
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
