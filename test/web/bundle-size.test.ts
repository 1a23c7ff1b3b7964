// The client's page stays light: its JavaScript under 100 KB gzipped (a phone
// on a poor connection opens a gallery fast).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

it('the built page (npm install builds it) loads under 100 KB of gzipped JavaScript', async () => {
  const assets = join(ROOT, 'web', 'dist', 'assets');
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const file of scripts) gzipped += gzipSync(await readFile(join(assets, file)), { level: 9 }).length;
  console.log(`client page JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  expect(gzipped).toBeLessThan(100 * 1024);
});
