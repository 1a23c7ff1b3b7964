// `npm run contract`: Dredd 14 against the real server on a fresh database
// (SQLite by default, PostgreSQL when DATABASE_URL is postgres://). Prints one
// summary line and exits non-zero on any failing transaction.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { loadSpec, operationsOf, resolve } from '../../src/codegen/spec.js';
import { operations, type OperationDefinition } from '../../generated/operations.js';
import { BIN, ROOT, SPEC_PATH } from '../support/paths.js';
import { startContractEnvironment } from './environment.js';
import { fixtureJpeg } from './fixture-photos.js';

const environment = await startContractEnvironment();
const dir = await mkdtemp(join(tmpdir(), 'piksend-contract-'));
const contextFile = join(dir, 'context.json');
const reportFile = join(dir, 'report.json');

// What the hooks need about each operation, keyed as Dredd names transactions: "<path> > <summary>".
const spec = await loadSpec(SPEC_PATH);
const byId = new Map<string, OperationDefinition>(operations.map((o) => [o.operationId, o]));
const described: Record<string, unknown> = {};
for (const { path, operation, parameters } of operationsOf(spec)) {
  const row = byId.get(operation.operationId)!;
  described[`${path} > ${operation.summary}`] = {
    operationId: row.operationId,
    security: row.security,
    pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
    hasQuery: parameters.some((p) => p.in === 'query'),
    validators: Object.fromEntries(row.responses.filter((r) => r.validatorName).map((r) => [String(r.status), r.validatorName])),
  };
}

// Skips are for statuses no request can honestly provoke, never for a whole operation.
const require = createRequire(import.meta.url);
const { SKIPS } = require('./skips.cjs') as { SKIPS: { operations: string[]; statuses?: number[]; reason: string }[] };
const staleSkips: string[] = [];
for (const rule of SKIPS) {
  if (!rule.statuses?.length) staleSkips.push(`${rule.operations.join(', ')}: a skip must name the statuses it covers`);
  for (const operationId of rule.operations) {
    const row = byId.get(operationId);
    if (!row) staleSkips.push(`${operationId} is skipped but is not an operation of openapi.yaml`);
    for (const status of rule.statuses ?? []) {
      if (row && !row.responses.some((r) => r.status === status)) staleSkips.push(`${operationId} does not document ${status}: remove it from test/contract/skips.cjs`);
    }
  }
}
if (staleSkips.length) {
  console.error(`Stale skips:\n  ${staleSkips.join('\n  ')}`);
  await environment.close();
  console.log(`dredd-${environment.dialect}: 0 passed, ${staleSkips.length} failed`);
  process.exit(1);
}

await writeFile(
  contextFile,
  JSON.stringify({
    apiUrl: environment.apiUrl,
    brokenApiUrl: environment.brokenApiUrl,
    keys: environment.keys,
    fixtures: environment.fixtures,
    operations: described,
    responseValidators: pathToFileURL(join(ROOT, 'generated/validators/responses.js')).href,
    // A real JPEG for the upload transactions (the hooks build their multipart bodies with it).
    uploadJpeg: (await fixtureJpeg(7)).toString('base64'),
  }),
);

const dredd = spawn(
  BIN('dredd'),
  [
    'openapi.yaml',
    environment.apiUrl,
    '--hookfiles=test/contract/dredd-hooks.cjs',
    '--language=nodejs',
    '--loglevel=warning',
    '--reporter=cli',
  ],
  {
    cwd: ROOT,
    env: { ...process.env, PIKSEND_CONTRACT_CONTEXT: contextFile, PIKSEND_CONTRACT_REPORT: reportFile, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let output = '';
for (const stream of [dredd.stdout, dredd.stderr]) {
  stream.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    // Dredd's parser warnings about OpenAPI keywords it does not know are noise; failures are not.
    for (const line of text.split('\n')) if (line && !/API description parser warning/.test(line)) process.stdout.write(`${line}\n`);
  });
}
const exitCode: number = await new Promise((resolve) => dredd.on('exit', (code) => resolve(code ?? 1)));
await environment.close();

const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
const complete = /complete: (\d+) passing, (\d+) failing, (\d+) errors?, (\d+) skipped, (\d+) total/.exec(plain);
const report = JSON.parse(await readFile(reportFile, 'utf8').catch(() => '{"skipped":[],"bodiesChecked":0}')) as {
  skipped: { name: string; reason: string }[];
  bodiesChecked: number;
};
if (report.skipped.length) {
  const byReason = new Map<string, number>();
  for (const { reason } of report.skipped) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  console.log(`\nSkipped transactions: ${report.skipped.length} (reasons in test/contract/skips.cjs):`);
  for (const [reason, count] of byReason) console.log(`  ${String(count).padStart(4)} × ${reason}`);
}
const [passed, failing, errors, skippedCount] = complete ? complete.slice(1, 5).map(Number) : [0, 1, 0, 0];
const failed = failing! + errors!;
console.log(`\nresponse bodies checked against the generated validators: ${report.bodiesChecked}`);
console.log(`dredd-${environment.dialect}: ${passed} passed, ${failed} failed, ${skippedCount} skipped`);
process.exit(failed > 0 || exitCode !== 0 || !complete ? 1 : 0);
