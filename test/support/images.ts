// Small real images made in the test (sharp), and the bad files integrators send.
import sharp from 'sharp';

export async function jpeg(width = 64, height = 48, color = '#3a7'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).jpeg({ quality: 80 }).toBuffer();
}
export async function png(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#c33a' } }).png().toBuffer();
}
export async function webp(width = 50, height = 50): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#33c' } }).webp().toBuffer();
}
export async function gif(): Promise<Buffer> {
  return sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).gif().toBuffer();
}
/** The first 60% of a JPEG: its header reads fine, its pixels do not. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await jpeg(300, 200);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

export function form(files: { name: string; bytes: Buffer; type?: string }[], field = 'files'): FormData {
  const data = new FormData();
  for (const file of files) data.append(field, new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  return data;
}
