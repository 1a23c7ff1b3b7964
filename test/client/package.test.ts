// The client as integrators get it: `npm pack` of packages/client, installed
// into a fresh project (its only dependency from the registry: openapi-fetch),
// a consumer type-checked against it and run against the live server.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';
import { startTestServer, type TestServer } from '../support/server.js';

const run = promisify(execFile);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite');
});
afterAll(() => server?.close());

const CONSUMER = `import { createPikSendClient, verifyWebhook, WebhookVerificationError, type Gallery } from '@piksend/client';

const [baseUrl, apiKey] = process.argv.slice(2) as [string, string];
const client = createPikSendClient({ baseUrl, apiKey });
const created = await client.POST('/galleries', { body: { name: 'From the package' } });
if (!created.data) throw new Error(\`create failed: \${created.response.status}\`);
const gallery: Gallery = created.data.data;
const listed = await client.GET('/galleries', { params: { query: { page: 1, per_page: 20 } } });
let refused = '';
try {
  verifyWebhook('{"id":"evt_1"}', { 'X-PikSend-Signature': 't=1,v1=' + '0'.repeat(64) }, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
} catch (err) {
  if (err instanceof WebhookVerificationError) refused = err.reason;
}
console.log(JSON.stringify({ id: gallery.id, total: listed.data?.pagination.total, refused }));
`;

describe('the @piksend/client package', () => {
  it('packs, installs into a new project, type-checks and talks to the server', async () => {
    // Plain `npm pack` in the package, as `npm publish` runs it, from a tree with no build: its prepack builds dist/.
    const packageDir = join(ROOT, 'packages', 'client');
    await rm(join(packageDir, 'dist'), { recursive: true, force: true });
    const destination = await mkdtemp(join(tmpdir(), 'piksend-pack-'));
    await run('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: packageDir });
    const tarball = join(destination, (await readdir(destination)).find((f) => f.endsWith('.tgz'))!);
    const project = await mkdtemp(join(tmpdir(), 'piksend-consumer-'));
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball], { cwd: project });
    await writeFile(join(project, 'consumer.ts'), CONSUMER);
    // The webhook guide's Node receiver, as written (its import is the package's): it type-checks against the package too.
    const guide = await readFile(join(ROOT, 'docs', 'webhooks.md'), 'utf8');
    const receiver = /```ts\n(import \{ createServer \} from 'node:http';[\s\S]+?)```/.exec(guide)![1]!;
    expect(receiver).toContain("from '@piksend/client'");
    await writeFile(join(project, 'receiver.ts'), receiver.replace('.listen(4000)', '.listen(0).close()'));
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', typeRoots: [join(ROOT, 'node_modules', '@types')], types: ['node'], lib: ['ES2023', 'DOM'] },
        files: ['consumer.ts', 'receiver.ts'],
      }),
    );
    // Type-checks and compiles with the project's own view of the package (its .d.ts), not this repository's sources.
    await run(BIN('tsc'), ['-p', project], { cwd: project });
    const { key } = await server.newAccount();
    const { stdout } = await run(process.execPath, [join(project, 'out', 'consumer.js'), server.apiUrl, key], { cwd: project });
    const result = JSON.parse(stdout) as { id: string; total: number; refused: string };
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.total).toBe(1);
    expect(result.refused).toBe('bad_signature');
  }, 180_000);
});
