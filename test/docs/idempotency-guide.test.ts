// The reference's "Idempotency, retries and concurrency" section: its curl,
// TypeScript and Python samples run as written against a live server (only
// the address changes), and each creates exactly one gallery however many
// times it sends its request.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/codegen/spec.js';
import { ROOT, SPEC_PATH } from '../support/paths.js';
import { startTestServer, type TestServer } from '../support/server.js';

const run = promisify(execFile);
const spec = (await loadSpec(SPEC_PATH)) as unknown as { info: { description: string } };
const section = /# Idempotency, retries and concurrency\n([\s\S]*?)\n# /.exec(spec.info.description)?.[1] ?? '';
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, source: m[2]! }));
const pythonOk = spawnSync('python3', ['-c', 'import requests'], { stdio: 'ignore' }).status === 0;

describe('the idempotency section of the reference', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  it('has a curl, a TypeScript and a Python sample', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['bash', 'typescript', 'python']);
  });

  const samples = [
    { lang: 'bash', enabled: true },
    { lang: 'typescript', enabled: true },
    { lang: 'python', enabled: pythonOk },
  ];
  for (const { lang, enabled } of samples) {
    it.skipIf(!enabled)(`the ${lang} sample runs and creates one gallery`, async () => {
      const { key, account } = await server.newAccount();
      const dir = await mkdtemp(join(tmpdir(), 'piksend-idempotency-'));
      const env = { ...process.env, PIKSEND_API_KEY: key, PIKSEND_API_URL: server.apiUrl };
      const source = blocks.find((b) => b.lang === lang)!.source;
      let out: string;
      if (lang === 'bash') out = (await run('bash', ['-euo', 'pipefail', '-c', source], { cwd: dir, env })).stdout;
      else if (lang === 'python') {
        await writeFile(join(dir, 'sample.py'), source);
        out = (await run('python3', [join(dir, 'sample.py')], { cwd: dir, env })).stdout;
      } else {
        const file = join(dir, 'sample.mts');
        await writeFile(file, source.replace(`'@piksend/client'`, `'${join(ROOT, 'src/client/index.ts')}'`));
        out = (await run(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, file], { cwd: dir, env })).stdout;
      }
      const galleries = await server.database.db.selectFrom('galleries').select('id').where('account_id', '=', account.id).execute();
      expect(galleries).toHaveLength(1);
      if (lang === 'bash') {
        expect(out.match(/^location:/gim)).toHaveLength(2);
        expect(out).toMatch(/^idempotent-replayed: true/im);
      } else {
        expect(out.trim()).toBe(galleries[0]!.id);
      }
    }, 60_000);
  }
});
