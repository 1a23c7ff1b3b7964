// Arbitrary multipart/form-data uploads for the fuzzer: real images and the
// bad files integrators send (truncated, wrong type behind an image name,
// empty, random bytes), hostile file and field names, and broken framing.
import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { hostileString } from './arbitraries.js';

const canvas = () => sharp({ create: { width: 24, height: 16, channels: 3, background: '#58a' } });

/** A PNG whose header declares `width` × `height` and whose data is one tiny chunk: a decompression bomb's shape, in bytes. */
function declaredPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * `limits` are the server's: its largest file and its most files per request. Beside the uploads above,
 * `refusedUpload` builds the ones the server must stop reading in the middle — one file too many (or
 * several), a file past the size limit followed by more, a foreign or plain field after files — where
 * the refusal races the write streams of the files already started (a 500 once, on PostgreSQL in CI).
 */
export async function multipartArbitraries(limits: { maxBytes: number; maxFiles: number }) {
  const jpeg = await canvas().jpeg().toBuffer();
  const contents = fc.oneof(
    { weight: 3, arbitrary: fc.constant(jpeg) },
    { weight: 1, arbitrary: fc.constant(await canvas().png().toBuffer()) },
    { weight: 1, arbitrary: fc.constant(await canvas().webp().toBuffer()) },
    { weight: 1, arbitrary: fc.constant(await canvas().gif().toBuffer()) },
    { weight: 1, arbitrary: fc.integer({ min: 4, max: jpeg.length - 1 }).map((n) => jpeg.subarray(0, n)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((a) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(a)])) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((t) => Buffer.from(t)) },
    // Bombs: headers declaring canvases up to 2^31 on a side, refused before decoding (413), never decoded.
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 })).map(([w, h]) => declaredPng(w, h)) },
    { weight: 1, arbitrary: fc.constantFrom(declaredPng(16000, 16000), declaredPng(100000, 1), declaredPng(1, 100000)) },
  );
  const filename = fc.oneof(fc.constantFrom('DSC_0001.jpg', 'photo.png', 'é t é.webp', 'no-extension', '../../etc/passwd', ''), hostileString);
  const field = fc.oneof({ weight: 5, arbitrary: fc.constant('files') }, { weight: 1, arbitrary: hostileString });
  const part = fc.record({ field, filename, type: fc.constantFrom('image/jpeg', 'image/png', 'application/octet-stream', 'text/plain'), bytes: contents });
  const boundary = 'fuzz-boundary-7MA4YWxkTrZu0gW';
  /** `disposition`: the part's raw Content-Disposition value (null: no such header), instead of the usual one. */
  const encode = (parts: { field: string; filename: string; type: string; bytes: Buffer; disposition?: string | null }[], closing = true) =>
    Buffer.concat([
      ...parts.map((p) =>
        Buffer.concat([
          Buffer.from(
            `--${boundary}\r\n${
              p.disposition === null
                ? ''
                : `Content-Disposition: ${p.disposition ?? `form-data; name="${p.field.replace(/["\r\n]/g, '_')}"; filename="${p.filename.replace(/["\r\n]/g, '_')}"`}\r\n`
            }Content-Type: ${p.type}\r\n\r\n`,
          ),
          p.bytes,
          Buffer.from('\r\n'),
        ]),
      ),
      Buffer.from(closing ? `--${boundary}--\r\n` : ''),
    ]);
  const contentType = `multipart/form-data; boundary=${boundary}`;

  const good = fc.record({ field: fc.constant('files'), filename: fc.constantFrom('DSC_0001.jpg', 'photo.png'), type: fc.constant('image/jpeg'), bytes: fc.constant(jpeg) });
  const oversized = fc.integer({ min: 1, max: 4096 }).map((extra) => ({
    field: 'files',
    filename: 'huge.jpg',
    type: 'image/jpeg',
    bytes: Buffer.concat([jpeg, Buffer.alloc(limits.maxBytes - jpeg.length + extra, 0x5a)]),
  }));
  const foreign = fc.record({ field: fc.oneof(fc.constant('other'), hostileString.filter((f) => f !== 'files')), filename: fc.constant('x.jpg'), type: fc.constant('image/jpeg'), bytes: fc.constant(jpeg) });
  const plainField = fc.constant(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="caption"\r\n\r\nnot a file\r\n`));
  // Content-Dispositions busboy cannot read (it skipped such parts in silence: 201 without them), and odd
  // but readable ones (any answer but a 5xx).
  const unreadable = fc.constantFrom<string | null>(
    null,
    'attachment; name="files"; filename="x.jpg"',
    'form-data; filename="x.jpg"',
    'form-data; name="\\"; filename="x.jpg"',
    'form-data; name=""; filename="x.jpg"',
    'form-data; name="files; filename="x.jpg"',
    'form-data;;',
    '',
  );
  const readable = fc.constantFrom(
    'form-data; name=files; filename=x.jpg',
    `form-data; name="files"; filename*=UTF-8''%C3%A9t%C3%A9.jpg`,
    'FORM-DATA; NAME="files"; FILENAME="x.jpg"',
    'form-data; name="files"; filename="x.jpg"; size=12',
    'form-data; name="files"',
  );
  const withDisposition = (disposition: fc.Arbitrary<string | null>) => fc.tuple(good, disposition).map(([p, d]) => ({ ...p, disposition: d }));
  const refusedUpload = fc.oneof(
    // A part whose Content-Disposition cannot be read, among good ones.
    fc.tuple(fc.array(good, { maxLength: 4 }), withDisposition(unreadable), fc.array(good, { maxLength: 4 })).map(([before, odd, after]) => ({ body: encode([...before, odd, ...after]), contentType })),
    // Over the count: maxFiles + 1 … + 5 files.
    fc.integer({ min: 1, max: 5 }).chain((over) => fc.array(good, { minLength: limits.maxFiles + over, maxLength: limits.maxFiles + over })).map((parts) => ({ body: encode(parts), contentType })),
    // Over the size, with files before and after it.
    fc.tuple(fc.array(good, { maxLength: 6 }), oversized, fc.array(good, { maxLength: 6 })).map(([before, big, after]) => ({ body: encode([...before, big, ...after]), contentType })),
    // A foreign file field, or a plain field, after some files.
    fc.tuple(fc.array(good, { minLength: 1, maxLength: 8 }), foreign, fc.array(good, { maxLength: 4 })).map(([before, odd, after]) => ({ body: encode([...before, odd, ...after]), contentType })),
    fc.tuple(fc.array(good, { minLength: 1, maxLength: 8 }), plainField).map(([before, field]) => ({ body: Buffer.concat([encode(before, false), field, Buffer.from(`--${boundary}--\r\n`)]), contentType })),
  );

  const multipartBody = fc.oneof(
    { weight: 4, arbitrary: fc.array(part, { minLength: 0, maxLength: 3 }).map((parts) => ({ body: encode(parts), contentType })) },
    { weight: 1, arbitrary: fc.array(fc.oneof(good, withDisposition(readable), withDisposition(unreadable)), { minLength: 1, maxLength: 4 }).map((parts) => ({ body: encode(parts), contentType })) },
  );
  const malformedMultipart = fc.oneof(
    fc.array(part, { minLength: 1, maxLength: 2 }).map((parts) => ({ body: encode(parts, false), contentType })),
    fc.array(part, { minLength: 1, maxLength: 2 }).map((parts) => ({ body: encode(parts), contentType: 'multipart/form-data' })),
    fc.array(part, { minLength: 1, maxLength: 2 }).map((parts) => ({ body: encode(parts), contentType: 'multipart/form-data; boundary=other' })),
    fc.uint8Array({ maxLength: 300 }).map((a) => ({ body: Buffer.from(a), contentType })),
    fc.constant({ body: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"\r\n\r\nplain field\r\n--${boundary}--\r\n`), contentType }),
  );
  return { multipartBody, malformedMultipart, refusedUpload };
}
