#!/usr/bin/env node
// The `piksend` command. In production (NODE_ENV=production) it runs the
// compiled bundle through dist/piksend.js (`npm run build`; `npm install` builds it), so no
// TypeScript compiler runs in a production process; elsewhere it runs the
// sources through tsx's loader, so an edit needs no rebuild.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/piksend.js', import.meta.url);
if (process.env.NODE_ENV === 'production') {
  if (!existsSync(compiled)) {
    console.error('piksend: dist/ is missing; run `npm run build` first (production runs compiled JavaScript).');
    process.exit(1);
  }
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
