// `npm run docs`: the integrators' site, from openapi.yaml.
//  1. A bundle of the spec with `x-codeSamples` on every operation (docs/samples.ts) —
//     openapi.yaml itself stays hand-maintained and sample-free.
//  2. The Redoc reference (one self-contained page) from that bundle: docs/index.html.
//  3. The guides next to it (docs/*.md → .html): docs/build-guides.ts.
//  4. A Postman collection converted from the spec: docs/piksend.postman_collection.json.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
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
console.log('docs/index.html');

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
