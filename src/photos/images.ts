// What a photo file is, judged by its bytes (never its name or declared type),
// and the previews made from it at upload (sharp).
import type Sharp from 'sharp';
import { photoMaxPixels } from '../../generated/constants.js';
import type { components } from '../../generated/openapi.js';
import { classifyIoFault } from '../errors/io-faults.js';
import { requireLazily } from '../lazy/require-lazily.js';

export type PhotoContentType = components['schemas']['PhotoContentType'];

const loadSharp = requireLazily<typeof Sharp>('sharp');
/** sharp, loaded at the first upload; libvips caches decoded images by default, uploads are one-off, so keep memory flat. */
export const sharp: typeof Sharp = ((...args: Parameters<typeof Sharp>) => {
  const module = loadSharp();
  module.cache(false);
  return module(...args);
}) as typeof Sharp;

/** The content type the first bytes announce: the accepted ones, or what was found instead (for the error), or null. */
export function sniffContentType(head: Buffer): { accepted: PhotoContentType } | { refused: string } | null {
  if (head.length === 0) return null;
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { accepted: 'image/jpeg' };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { accepted: 'image/png' };
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return { accepted: 'image/webp' };
  if (/^GIF8[79]a/.test(head.subarray(0, 6).toString('latin1'))) return { refused: 'image/gif' };
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return { refused: 'application/pdf' };
  if (/^(II\*\0|MM\0\*)/.test(head.subarray(0, 4).toString('latin1'))) return { refused: 'image/tiff' };
  if (head.subarray(4, 12).toString('latin1').startsWith('ftyp')) return { refused: 'image/heic or video' };
  const printable = [...head.subarray(0, 512)].every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128);
  return { refused: printable ? 'text' : 'application/octet-stream' };
}

/** The spec's preview sizes (the PreviewSize parameter's enum), each with its longest side in pixels. */
export type PreviewSize = components['parameters']['PreviewSize'];
const PREVIEW_SIZES: Record<PreviewSize, number> = { thumbnail: 400, web: 1600 };

export class DamagedImageError extends Error {}

/** More pixels than the spec allows (x-max-pixels), known from the header: nothing was decoded. */
export class TooManyPixelsError extends Error {
  constructor(readonly width: number, readonly height: number) {
    super(`${width} × ${height} pixels is more than ${photoMaxPixels} pixels`);
  }
}

export interface ImageHeader {
  /** After EXIF orientation. */
  width: number;
  height: number;
  pixels: number;
}

/** The image's size from its header alone (nothing decoded): a small file declaring a huge canvas is refused here. */
export async function readImageHeader(path: string): Promise<ImageHeader> {
  try {
    const metadata = await sharp(path, { limitInputPixels: false }).metadata();
    const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
    if (pixels > photoMaxPixels) throw new TooManyPixelsError(metadata.width!, metadata.height!);
    const rotated = (metadata.orientation ?? 1) >= 5;
    const width = rotated ? metadata.height : metadata.width;
    const height = rotated ? metadata.width : metadata.height;
    if (!width || !height) throw new DamagedImageError('The image has no dimensions');
    return { width, height, pixels };
  } catch (err) {
    throw imageError(err);
  }
}

/**
 * Decodes the whole image (a truncated or corrupt file fails here, not later
 * in a client's browser) into the WebP previews, written next to it.
 */
export async function makePreviews(path: string): Promise<Record<PreviewSize, string>> {
  try {
    const previews = {} as Record<PreviewSize, string>;
    for (const [size, pixels] of Object.entries(PREVIEW_SIZES) as [PreviewSize, number][]) {
      previews[size] = `${path}.${size}.webp`;
      await sharp(path, { failOn: 'truncated', limitInputPixels: photoMaxPixels, sequentialRead: true })
        .rotate()
        .resize({ width: pixels, height: pixels, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: size === 'thumbnail' ? 70 : 80 })
        .toFile(previews[size]);
    }
    return previews;
  } catch (err) {
    throw imageError(err);
  }
}

function imageError(err: unknown): Error {
  if (err instanceof DamagedImageError || err instanceof TooManyPixelsError) return err;
  // Writing a preview failed (a full or read-only disk): the server's fault, not the image's.
  if (classifyIoFault(err)) return err as Error;
  return new DamagedImageError(`The image is damaged or truncated (${withoutPaths((err as Error).message.split('\n')[0] ?? '')})`);
}

/** libvips names files in some messages: no server path reaches a client. */
const withoutPaths = (message: string) => message.replace(/(?:[A-Za-z]:)?[\\/][^\s:,;()'"]+/g, '<file>');
