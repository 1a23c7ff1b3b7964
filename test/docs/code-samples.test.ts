// Every code sample of the docs site runs against a live server with fixtures:
// curl through bash, Python with the machine's python3 and `requests`, and
// TypeScript through tsx (importing this repository's client as
// `@piksend/client`). A sample that stops working fails CI, not an integrator.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverUrl } from '../../generated/constants.js';
import { codeSamples, SAMPLE_PHOTO, type CodeSample } from '../../docs/samples.js';
import { loadSpec, operationsOf } from '../../src/codegen/spec.js';
import { jpeg } from '../support/images.js';
import { ROOT, SPEC_PATH } from '../support/paths.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { exampleFixtures, inReplayOrder } from '../support/spec-examples.js';

const run = promisify(execFile);
const spec = await loadSpec(SPEC_PATH);
const samples = codeSamples(spec);
const pythonOk = spawnSync('python3', ['-c', 'import requests'], { stdio: 'ignore' }).status === 0;
if (!pythonOk) console.warn('\n*** python3 with `requests` is not installed: the Python code samples are SKIPPED. ***\n');

const ordered = inReplayOrder(operationsOf(spec));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite');
});
afterAll(() => server?.close());

/** Fixtures for every id the examples name; a sample gets the live server's address and their ids. */
async function fixtures() {
  const fx = await exampleFixtures(server);
  return {
    key: fx.key,
    materialise: (operationId: string, path: string, source: string) => fx.withFixtureIds(operationId, path, source.replaceAll(serverUrl, server.apiUrl)),
  };
}

async function runSample(sample: CodeSample, source: string, dir: string, key: string): Promise<string> {
  const env = { ...process.env, PIKSEND_API_KEY: key, PIKSEND_API_URL: server.apiUrl, NODE_PATH: join(ROOT, 'node_modules') };
  if (sample.lang === 'curl') return (await run('bash', ['-euo', 'pipefail', '-c', source], { cwd: dir, env })).stdout;
  if (sample.lang === 'Python') {
    const file = join(dir, 'sample.py');
    await writeFile(file, source);
    return (await run('python3', [file], { cwd: dir, env })).stdout;
  }
  // TypeScript and JavaScript run as ES modules; `@piksend/client` is this repository's client.
  const file = join(dir, sample.lang === 'TypeScript' ? 'sample.mts' : 'sample.mjs');
  await writeFile(file, source.replace(`'@piksend/client'`, `'${join(ROOT, 'src/client/index.ts')}'`).replace(`from 'axios'`, `from '${join(ROOT, 'node_modules/axios/index.js')}'`));
  return (await run(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, file], { cwd: dir, env })).stdout;
}

const LANGUAGES: { name: string; pick: (s: CodeSample) => boolean; enabled: boolean }[] = [
  { name: 'curl', pick: (s) => s.lang === 'curl', enabled: true },
  { name: 'Python', pick: (s) => s.lang === 'Python', enabled: pythonOk },
  { name: 'TypeScript and JavaScript', pick: (s) => s.lang === 'TypeScript' || s.lang === 'Node.js', enabled: true },
];

describe('the code samples of every operation', () => {
  it('every operation has curl, TypeScript and Python samples; the public documentation\'s own sit on listGalleries', () => {
    for (const { operation } of ordered) {
      expect(samples.get(operation.operationId)!.map((s) => s.lang).slice(0, 3), operation.operationId).toEqual(['curl', 'TypeScript', 'Python']);
    }
    expect(samples.get('listGalleries')!.map((s) => s.label)).toContain('Node.js (axios)');
  });

  for (const language of LANGUAGES) {
    it.skipIf(!language.enabled)(`${language.name}: each sample succeeds against the live server`, async () => {
      const fx = await fixtures();
      const dir = await mkdtemp(join(tmpdir(), 'piksend-samples-'));
      await writeFile(join(dir, SAMPLE_PHOTO), await jpeg(60, 40));
      const failures: string[] = [];
      let ran = 0;
      for (const { path, operation } of ordered) {
        for (const sample of samples.get(operation.operationId)!.filter(language.pick)) {
          const source = fx.materialise(operation.operationId, path, sample.source);
          try {
            await runSample(sample, source, dir, fx.key);
            ran++;
          } catch (err) {
            const e = err as { stderr?: string; stdout?: string; message: string };
            failures.push(`${operation.operationId} (${sample.label}): ${(e.stderr || e.stdout || e.message).slice(0, 400)}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(ran).toBeGreaterThanOrEqual(36);
    }, 240_000);
  }
});
