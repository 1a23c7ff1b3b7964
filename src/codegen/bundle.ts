// The production bundle (`npm run build`, after tsc): dist/piksend.bundle.js, the
// CLI and server in one ES module (plus chunks for what is imported later), started through dist/piksend.js
// (below), so that a start-up reads one file instead of
// resolving and compiling some 700 modules one by one (most of a cold start
// was module loading in the profile). Packages with native code or loaded
// lazily (src/lazy) stay outside and load from node_modules when needed.
//   node --import tsx src/codegen/bundle.ts
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Native addons (better-sqlite3, sharp), and what only some deployments or requests load, the first time it is used. */
const EXTERNAL = ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'ioredis', 'archiver', '@aws-sdk/*', '@smithy/*', 'tsx', 'tsx/*'];

// Chunks are named by their content's hash: last build's would otherwise stay beside the new ones.
await rm(join(ROOT, 'dist/chunks'), { recursive: true, force: true });
await build({
  entryPoints: [join(ROOT, 'dist/src/cli/main.js')],
  outdir: join(ROOT, 'dist'),
  entryNames: 'piksend.bundle',
  // What is imported with import() of a literal (koa-body, with the first JSON body) goes in a chunk of its
  // own, compiled when first imported rather than at every start.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: true,
  // CommonJS packages inside an ES module call require(): give them Node's, resolved from dist/.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  legalComments: 'none',
  // Less to parse at every start (whitespace and syntax only: names stay, stack traces read as the source map says).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

/**
 * What `npm start` and bin/piksend.js run: Node's on-disk compile cache turned on before the bundle is
 * compiled (it cannot be from inside it), so a start after the first reads V8's code instead of parsing
 * 1.6 MB again. Node 22.1 and later (production runs 24); on Node 20 `enableCompileCache` does not
 * exist and the bundle is compiled as before. The cache lives in NODE_COMPILE_CACHE, else under the
 * system's temporary directory; a cache that cannot be written is skipped by Node, never an error.
 */
const LAUNCHER = `// Written by src/codegen/bundle.ts (npm run build). Do not edit.
import module from 'node:module';
module.enableCompileCache?.();
await import('./piksend.bundle.js');
`;
await writeFile(join(ROOT, 'dist/piksend.js'), LAUNCHER);
