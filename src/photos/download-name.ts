// The name a photo downloads under: its filename, ending in the extension of
// the type its bytes are (a JPEG uploaded as `x.html` downloads as `x.jpg`),
// so nothing opens a photo as something else.
import type { PhotoContentType } from './images.js';

const EXTENSIONS: Record<PhotoContentType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/png': ['png'],
  'image/webp': ['webp'],
};

export function downloadName(filename: string, type: PhotoContentType): string {
  const dot = filename.lastIndexOf('.');
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
  if (EXTENSIONS[type].includes(extension)) return filename;
  const base = (dot > 0 ? filename.slice(0, dot) : filename).replace(/\.+$/, '') || 'photo';
  return `${base}.${EXTENSIONS[type][0]}`;
}
