// The breaking-change gate (npm run check:contract, in CI): openapi.yaml keeps
// the released contract, and a response field removed from the spec fails the
// gate until CHANGELOG.md and docs/versioning.md both announce it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../src/codegen/contract-gate.js';
import { ROOT } from '../support/paths.js';

const run = promisify(execFile);
const files = {
  contract: join(ROOT, 'contracts', 'v1.0.0.yaml'),
  spec: join(ROOT, 'openapi.yaml'),
  changelog: join(ROOT, 'CHANGELOG.md'),
  versioning: join(ROOT, 'docs', 'versioning.md'),
};

/** openapi.yaml without the account's `livemode` (a required response field). */
async function specWithoutAccountLivemode(dir: string): Promise<string> {
  const text = await readFile(files.spec, 'utf8');
  const account = text.indexOf('\n    Account:\n');
  const end = text.indexOf('\n    AccountResponse:\n');
  const section = text.slice(account, end).replace('        - livemode\n', '').replace('        livemode:\n          $ref: "#/components/schemas/Livemode"\n', '');
  expect(section).not.toContain('livemode');
  const file = join(dir, 'openapi.yaml');
  await writeFile(file, text.slice(0, account) + section + text.slice(end));
  return file;
}

describe('the breaking-change gate', () => {
  it('passes openapi.yaml against the released contract', async () => {
    expect((await checkContract(files)).problems).toEqual([]);
  }, 120_000);

  it('fails on a removed response field until both documents announce it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-gate-'));
    const spec = await specWithoutAccountLivemode(dir);
    const failed = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'codegen', 'contract-gate.ts'), '--spec', spec], { cwd: ROOT }).catch((err) => err);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('response.body.scope.add at paths./me.get.responses.200.content.application/json.schema: not announced in CHANGELOG.md');
    expect(failed.stderr).toContain('not announced in docs/versioning.md');

    // Announced in one document only: still refused.
    const announcement = '- Breaking: paths./me.get.responses.200.content.application/json.schema — `livemode` leaves the account (v2, after deprecation).\n';
    const changelog = join(dir, 'CHANGELOG.md');
    const versioning = join(dir, 'versioning.md');
    await writeFile(changelog, (await readFile(files.changelog, 'utf8')) + announcement);
    await writeFile(versioning, await readFile(files.versioning, 'utf8'));
    const half = await checkContract({ ...files, spec, changelog, versioning });
    expect(half.problems).toEqual([expect.stringContaining('not announced in docs/versioning.md')]);

    await writeFile(versioning, (await readFile(files.versioning, 'utf8')) + announcement);
    const announced = await checkContract({ ...files, spec, changelog, versioning });
    expect(announced.changes.length).toBeGreaterThan(0);
    expect(announced.problems).toEqual([]);
  }, 180_000);
});
