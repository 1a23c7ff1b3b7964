// Reading a multipart/form-data upload as it streams in (busboy): each file of
// the `files` field goes to a temporary file while its size, SHA-256 and first
// bytes are taken; nothing is held whole in memory. Limits answer in the
// envelope: too large → 413 naming the file, too many files, a foreign field or
// a part busboy cannot read → 400.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import busboy from 'busboy';
import { parse as parseContentType } from 'content-type';
import StreamSearch from 'streamsearch';
import { ApiError } from '../errors/index.js';
import { ioFaultError } from '../errors/io-faults.js';

export interface UploadedFile {
  filename: string;
  path: string;
  bytes: number;
  sha256: string;
  head: Buffer;
}

export interface Upload {
  files: UploadedFile[];
  /** Removes the temporary files (call when done, whatever happened). */
  cleanup(): Promise<void>;
}

const HEAD_BYTES = 4096;

const malformed = () => new ApiError('invalid_request', 'Malformed multipart body', { field: 'body', issue: 'Must be valid multipart/form-data' });

/**
 * Counts a multipart body's parts by its delimiters, up to the closing one. Busboy skips a part whose
 * Content-Disposition it cannot read (missing, not form-data, a broken quoted name) without a word, so
 * an upload of seven files, one with such a header, stored six and answered 201; the count is how the
 * upload knows every part it was sent became a file (streamsearch is busboy's own delimiter search).
 */
function partCounter(boundary: string) {
  let parts = 0;
  let closed = false;
  let pending = false;
  let after = '';
  const settle = () => {
    pending = false;
    if (after.startsWith('--')) closed = true;
    else parts++;
  };
  const search = new StreamSearch(`\r\n--${boundary}`, (isMatch, data, start, end) => {
    if (closed) return;
    if (pending && data && end > start) {
      after += data.toString('latin1', start, Math.min(end, start + 2 - after.length));
      if (after.length >= 2) settle();
    }
    if (isMatch && !closed) {
      if (pending) settle();
      pending = true;
      after = '';
    }
  });
  // Like busboy: the body's first delimiter has no CRLF before it.
  search.push(Buffer.from('\r\n'));
  return {
    push: (chunk: Buffer) => void (closed || search.push(chunk)),
    /** Parts begun before the closing delimiter. */
    get parts() {
      return parts + (pending && !closed && !after.startsWith('-') ? 1 : 0);
    },
  };
}

// One piece on purpose: busboy's events (file, limits, error, close) share the upload's state and its cleanup.
export async function readMultipartUpload(
  request: IncomingMessage,
  options: { field: string; maxFiles: number; maxBytes: number; tempDir: string },
): Promise<Upload> {
  const dir = join(options.tempDir, `upload-${randomUUID()}`);
  await mkdir(dir, { recursive: true }).catch((err: unknown) => {
    request.resume();
    throw ioFaultError(err) ?? err;
  });
  const files: UploadedFile[] = [];
  // Retried: a failed upload's files may still be being created by their write streams (destroyed at the
  // failure, but their open() may land after rm read the folder), and rm would fail with ENOTEMPTY — which,
  // thrown instead of the upload's own error, answered 500 (seen once in CI: 51 files on PostgreSQL).
  const cleanup = () => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  const outs: WriteStream[] = [];

  try {
    await new Promise<void>((resolve, reject) => {
      let parsed: { parser: busboy.Busboy; boundary: string } | null = null;
      try {
        // Both must read the header: busboy to parse, content-type for the boundary the parts are counted by
        // (its grammar is the stricter one: a header only busboy would read is refused too).
        const boundary = parseContentType(request.headers['content-type'] ?? '').parameters.boundary;
        if (boundary) {
          const limits = { files: options.maxFiles, fileSize: options.maxBytes, fields: 0, parts: options.maxFiles + 1, fieldNameSize: 100 };
          parsed = { boundary, parser: busboy({ headers: request.headers, limits }) };
        }
      } catch {
        // Not multipart/form-data, or no readable boundary: refused below.
      }
      if (!parsed) {
        request.resume();
        return reject(new ApiError('unsupported_media_type', 'Content-Type must be multipart/form-data with a boundary', { received: request.headers['content-type'] ?? null }));
      }
      const { parser, boundary } = parsed;
      const counter = partCounter(boundary);
      request.on('data', (chunk: Buffer) => counter.push(chunk));
      const writes: Promise<void>[] = [];
      let failed = false;
      const fail = (err: Error) => {
        if (failed) return;
        failed = true;
        for (const out of outs) out.destroy();
        request.unpipe(parser);
        request.resume();
        reject(err);
      };
      parser.on('file', (field, stream, info) => {
        if (!field) {
          stream.resume();
          return fail(new ApiError('invalid_request', 'A part of the upload has no field name', { field: 'body', issue: `Every part must be a file of the field '${options.field}'` }));
        }
        if (field !== options.field) {
          stream.resume();
          return fail(new ApiError('invalid_request', `Invalid request body field '${field}'`, { field, issue: `Is not a known field: send the photos as '${options.field}'` }));
        }
        const filename = (info.filename ?? '').trim() || `photo-${files.length + 1}`;
        const path = join(dir, `${files.length}`);
        const hash = createHash('sha256');
        const head: Buffer[] = [];
        let bytes = 0;
        const entry: UploadedFile = { filename, path, bytes: 0, sha256: '', head: Buffer.alloc(0) };
        files.push(entry);
        const out = createWriteStream(path);
        outs.push(out);
        stream.on('data', (chunk: Buffer) => {
          if (bytes < HEAD_BYTES) head.push(chunk.subarray(0, HEAD_BYTES - bytes));
          bytes += chunk.length;
          hash.update(chunk);
        });
        stream.on('limit', () => {
          fail(new ApiError('payload_too_large', `'${filename}' exceeds ${options.maxBytes} bytes`, { limit_bytes: options.maxBytes, filename }));
        });
        // Every write's failure is handled here (a full disk, EIO), whatever else happens to the upload:
        // an unhandled one would end the process. It fails the upload with the storage's status (507/503).
        writes.push(
          new Promise<void>((done, error) => {
            out.on('finish', () => {
              Object.assign(entry, { bytes, sha256: hash.digest('hex'), head: Buffer.concat(head) });
              done();
            });
            out.on('error', error);
          }).catch((err: unknown) => {
            stream.resume();
            fail(ioFaultError(err) ?? (err as Error));
          }),
        );
        // A file's stream fails only with busboy's own parse errors (a form that ends inside a file: "Unexpected
        // end of form"), sometimes before the parser's 'error': the same 400 (it answered 500, found by the fuzzer).
        stream.on('error', () => fail(malformed()));
        stream.pipe(out);
      });
      parser.on('field', (field) => fail(new ApiError('invalid_request', `Invalid request body field '${field}'`, { field, issue: 'Is not a known field' })));
      const tooManyFiles = () => fail(new ApiError('invalid_request', `At most ${options.maxFiles} files per request`, { field: options.field, issue: `Must contain at most ${options.maxFiles} items` }));
      parser.on('filesLimit', tooManyFiles);
      parser.on('partsLimit', tooManyFiles);
      parser.on('fieldsLimit', () => fail(new ApiError('invalid_request', 'Only files are accepted', { field: 'body', issue: `Send the photos as '${options.field}'` })));
      parser.on('error', () => fail(malformed()));
      parser.on('close', () => {
        if (failed) return;
        if (counter.parts !== files.length) {
          return fail(
            new ApiError('invalid_request', 'A part of the upload has no readable Content-Disposition', {
              field: 'body',
              issue: `Every part must have \`Content-Disposition: form-data; name="${options.field}"; filename="…"\``,
            }),
          );
        }
        void Promise.all(writes).then(() => {
          if (!failed) resolve();
        });
      });
      request.on('aborted', () => fail(new ApiError('invalid_request', 'The upload was interrupted', { field: 'body', issue: 'Incomplete' })));
      request.pipe(parser);
    });
  } catch (err) {
    // The upload's own error is the answer, whatever becomes of its temporary folder.
    await cleanup().catch(() => undefined);
    throw err;
  }
  if (!files.length) {
    await cleanup();
    throw new ApiError('invalid_request', 'No file in the upload', { field: options.field, issue: 'Is required' });
  }
  return { files, cleanup };
}
