// Arbitrary multipart/form-data uploads for the fuzzer: real images and the
// bad files integrators send (truncated, wrong type behind an image name,
// empty, random bytes), hostile file and field names, and broken framing.
import fc from 'fast-check';
import sharp from 'sharp';
import { hostileString } from './arbitraries.js';

const canvas = () => sharp({ create: { width: 24, height: 16, channels: 3, background: '#58a' } });

export async function multipartArbitraries() {
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
  );
  const filename = fc.oneof(fc.constantFrom('DSC_0001.jpg', 'photo.png', 'é t é.webp', 'no-extension', '../../etc/passwd', ''), hostileString);
  const field = fc.oneof({ weight: 5, arbitrary: fc.constant('files') }, { weight: 1, arbitrary: hostileString });
  const part = fc.record({ field, filename, type: fc.constantFrom('image/jpeg', 'image/png', 'application/octet-stream', 'text/plain'), bytes: contents });
  const boundary = 'fuzz-boundary-7MA4YWxkTrZu0gW';
  const encode = (parts: { field: string; filename: string; type: string; bytes: Buffer }[], closing = true) =>
    Buffer.concat([
      ...parts.map((p) =>
        Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.field.replace(/["\r\n]/g, '_')}"; filename="${p.filename.replace(/["\r\n]/g, '_')}"\r\nContent-Type: ${p.type}\r\n\r\n`),
          p.bytes,
          Buffer.from('\r\n'),
        ]),
      ),
      Buffer.from(closing ? `--${boundary}--\r\n` : ''),
    ]);
  const contentType = `multipart/form-data; boundary=${boundary}`;

  const multipartBody = fc.array(part, { minLength: 0, maxLength: 3 }).map((parts) => ({ body: encode(parts), contentType }));
  const malformedMultipart = fc.oneof(
    fc.array(part, { minLength: 1, maxLength: 2 }).map((parts) => ({ body: encode(parts, false), contentType })),
    fc.array(part, { minLength: 1, maxLength: 2 }).map((parts) => ({ body: encode(parts), contentType: 'multipart/form-data' })),
    fc.array(part, { minLength: 1, maxLength: 2 }).map((parts) => ({ body: encode(parts), contentType: 'multipart/form-data; boundary=other' })),
    fc.uint8Array({ maxLength: 300 }).map((a) => ({ body: Buffer.from(a), contentType })),
    fc.constant({ body: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"\r\n\r\nplain field\r\n--${boundary}--\r\n`), contentType }),
  );
  return { multipartBody, malformedMultipart };
}
