// Real photos for the contract and fuzz fixtures, stored through the same
// domain function as an upload (small JPEGs made with sharp).
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { addPhotos } from '../../src/photos/photos.js';

export async function fixtureJpeg(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 48 + seed, height: 32, channels: 3, background: { r: (seed * 40) % 255, g: 120, b: 90 } } }).jpeg().toBuffer();
}

const FORMATS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

export async function addFixturePhotos(
  ctx: Parameters<typeof addPhotos>[0],
  accountId: string,
  galleryId: string,
  count: number,
  dataDir: string,
  format: keyof typeof FORMATS = 'jpeg',
) {
  const dir = await mkdtemp(join(dataDir, 'fixtures-'));
  const files = [];
  for (let i = 0; i < count; i++) {
    const bytes = format === 'jpeg' ? await fixtureJpeg(i) : await sharp({ create: { width: 40, height: 30, channels: 3, background: '#468' } })[format]().toBuffer();
    const path = join(dir, `${i}.${FORMATS[format]}`);
    await writeFile(path, bytes);
    files.push({ filename: `DSC_${String(i + 1).padStart(4, '0')}.${FORMATS[format]}`, path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), head: bytes.subarray(0, 64) });
  }
  return addPhotos(ctx, accountId, galleryId, files);
}
