// `npm run docs`: the integrators' site, from openapi.yaml.
//  1. A bundle of the spec with `x-codeSamples` on every operation (docs/samples.ts) —
//     openapi.yaml itself stays hand-maintained and sample-free.
//  2. The Redoc reference (one self-contained page) from that bundle: docs/index.html.
//  3. The guides next to it (docs/*.md → .html): docs/build-guides.ts.
//  4. A Postman collection converted from the spec: docs/piksend.postman_collection.json.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Converter from 'openapi-to-postmanv2';
import { loadSpec } from '../src/codegen/spec.js';
import { withCodeSamples } from './samples.js';

const docs = dirname(fileURLToPath(import.meta.url));
const root = join(docs, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const spec = await loadSpec(join(root, 'openapi.yaml'));
const bundle = join(docs, 'openapi.bundle.json');
await writeFile(bundle, JSON.stringify(withCodeSamples(spec), null, 2));

const redoc = spawnSync(
  bin('redocly'),
  ['build-docs', bundle, '--output', join(docs, 'index.html'), '--inlineBundle', '--title', 'PikSend API v1 Reference'],
  // No telemetry from our readers' browsers.
  { cwd: root, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
);
if (redoc.status !== 0) {
  process.stderr.write(redoc.stdout + redoc.stderr);
  process.exit(1);
}
await readerFriendly(join(docs, 'index.html'));
console.log('docs/index.html');

/**
 * Two changes to Redoc's page, so that it makes no request outside itself and
 * shows every line of code: its attribution logo (an image Redoc loads from
 * cdn.redoc.ly) becomes an inline image of the same words, and code wraps
 * instead of scrolling sideways (at phone widths the page itself overflowed).
 */
async function readerFriendly(file: string) {
  let html = await readFile(file, 'utf8');
  const logo = (text: string) =>
    `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${text.length * 8}" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#1f2328">${text}</text></svg>`)}`;
  const cdn = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
  if (!cdn.every((url) => html.includes(url))) throw new Error('docs/build.ts: Redoc no longer loads its logo from cdn.redoc.ly; check what it loads now (test/docs/docs-site.test.ts)');
  html = html.replaceAll(cdn[0]!, logo('Redocly')).replaceAll(cdn[1]!, logo('R'));
  html = html.replace('</head>', '<style>pre,pre code{white-space:pre-wrap!important;overflow-wrap:anywhere;word-break:break-word}</style></head>');
  await writeFile(file, html);
}

const guides = spawnSync(process.execPath, ['--import', 'tsx', join(docs, 'build-guides.ts')], { cwd: root, encoding: 'utf8' });
process.stdout.write(guides.stdout);
if (guides.status !== 0) {
  process.stderr.write(guides.stderr);
  process.exit(1);
}

const collection = await new Promise<unknown>((resolve, reject) =>
  Converter.convert({ type: 'json', data: JSON.stringify(spec) }, { folderStrategy: 'Tags', requestParametersResolution: 'Example', exampleParametersResolution: 'Example' }, (err, result) => {
    if (err || !result?.result || !result.output?.[0]) return reject(err ?? new Error(result?.reason ?? 'conversion failed'));
    resolve(result.output[0].data);
  }),
);
await writeFile(join(docs, 'piksend.postman_collection.json'), JSON.stringify(collection, null, 2));
console.log('docs/piksend.postman_collection.json');
