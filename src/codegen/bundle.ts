// The production bundle (`npm run build`, after tsc): dist/piksend.js, the
// CLI and server in one ES module, so that a start-up reads one file instead of
// resolving and compiling some 700 modules one by one (most of a cold start
// was module loading in the profile). Packages with native code or loaded
// lazily (src/lazy) stay outside and load from node_modules when needed.
//   node --import tsx src/codegen/bundle.ts
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Native addons (better-sqlite3, sharp), and what only some deployments load, the first time it is used. */
const EXTERNAL = ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'ioredis', 'archiver', '@aws-sdk/*', '@smithy/*', 'tsx', 'tsx/*'];

await build({
  entryPoints: [join(ROOT, 'dist/src/cli/main.js')],
  outfile: join(ROOT, 'dist/piksend.js'),
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
