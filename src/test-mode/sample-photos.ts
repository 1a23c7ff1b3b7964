// Photos for test-mode galleries (`piksend trigger`, the sandbox): real JPEGs,
// a soft two-colour gradient each, made by sharp, so the server makes real
// previews of them exactly as it does of a photographer's.
// sharp as the server loads it: on first use (this module is part of the CLI that `serve` starts).
import { sharp } from '../photos/images.js';

const WIDTH = 960;
const HEIGHT = 640;

/** The `index`th sample photo (its colours follow from the index: the same photo every time). */
export async function samplePhoto(index: number): Promise<Buffer> {
  const hue = (index * 67) % 360;
  const [r1, g1, b1] = hsl(hue, 0.55, 0.62);
  const [r2, g2, b2] = hsl((hue + 40) % 360, 0.5, 0.3);
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const t = (x / WIDTH) * 0.6 + (y / HEIGHT) * 0.4;
      const at = (y * WIDTH + x) * 3;
      pixels[at] = r1 + (r2 - r1) * t;
      pixels[at + 1] = g1 + (g2 - g1) * t;
      pixels[at + 2] = b1 + (b2 - b1) * t;
    }
  }
  return sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}
