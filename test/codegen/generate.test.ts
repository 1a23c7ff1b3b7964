import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/codegen/generate.js';
import { loadSpec, operationsOf } from '../../src/codegen/spec.js';
import { buildOperationTable } from '../../src/codegen/operation-table.js';
import { operations, basePath, apiVersion } from '../../generated/operations.js';
import { ROOT, SPEC_PATH } from '../support/paths.js';

describe('npm run generate', () => {
  it('is deterministic: two separate processes write byte-identical files', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { promisify } = await import('node:util');
    const run = async () => {
      const out = await mkdtemp(join(tmpdir(), 'piksend-gen-out-'));
      await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/codegen/main.ts', '--out', out], { cwd: ROOT });
      return out;
    };
    const [first, second] = await Promise.all([run(), run()]);
    const files = [...(await generate(await loadSpec(SPEC_PATH))).keys()];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const a = await readFile(join(first, file), 'utf8');
      expect(await readFile(join(second, file), 'utf8'), file).toBe(a);
      expect(await readFile(join(ROOT, file), 'utf8'), `${file} as committed`).toBe(a);
    }
  }, 60_000);

  it('matches the committed generated/ (it is not stale)', async () => {
    const files = await generate(await loadSpec(SPEC_PATH));
    for (const [file, contents] of files) {
      expect(await readFile(join(ROOT, file), 'utf8'), `${file} is stale: run npm run generate`).toBe(contents);
    }
  });

  it('has one table row per operation of the spec, with router paths, security schemes and query defaults', async () => {
    const spec = await loadSpec(SPEC_PATH);
    const fromSpec = [...operationsOf(spec)].map((o) => o.operation.operationId);
    expect(operations.map((o) => o.operationId)).toEqual(fromSpec);
    expect(new Set(fromSpec).size).toBe(fromSpec.length);
    expect(basePath).toBe('/api/v1');
    expect(apiVersion).toBe(spec.info.version);

    const byId = Object.fromEntries(operations.map((o) => [o.operationId, o]));
    expect(byId.getGallery).toMatchObject({ method: 'GET', path: '/galleries/{id}', routerPath: '/galleries/:id', security: 'ApiKey' });
    expect(byId.getHealth!.security).toBe('none');
    expect(byId.openSharedGallery!.security).toBe('ShareAccessToken');
    expect(byId.createShareAccessToken!.security).toBe('none');
    expect(byId.listGalleries!.queryDefaults).toEqual({ page: 1, per_page: 20 });
    expect(byId.getGallery!.queryDefaults).toEqual({});
    expect(byId.uploadPhotos!.requestBody).toEqual({ required: true, contentTypes: ['multipart/form-data'] });
    expect(byId.getGallery!.parameters).toEqual([
      { name: 'id', in: 'path', required: true, invalidMessage: 'Invalid gallery ID format', type: 'string', format: 'uuid' },
      { name: 'if-none-match', in: 'header', required: false, invalidMessage: null, type: 'string', format: null },
    ]);
    expect(byId.listGalleries!.responses.map((r) => r.status)).toEqual([200, 304, 400, 401, 403, 429, 500]);
  });

  it('refuses a spec with a duplicate operationId', async () => {
    const spec = await loadSpec(SPEC_PATH);
    spec.paths['/galleries']!.post!.operationId = 'listGalleries';
    expect(() => buildOperationTable(spec)).toThrow(/Duplicate operationId listGalleries/);
  });

  it('fails --check and names the file when generated/ is edited by hand', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtemp, cp, writeFile, symlink } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'piksend-gen-'));
    for (const entry of ['openapi.yaml', 'src', 'generated', 'package.json']) await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'src/codegen/main.ts', '--check'], { cwd: dir, encoding: 'utf8' });
    expect(run().status).toBe(0);
    await writeFile(join(dir, 'generated/operations.ts'), '// edited by hand\n');
    const stale = run();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('generated/operations.ts');
  });
});
