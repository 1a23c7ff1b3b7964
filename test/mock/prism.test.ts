// The mock frontend teams develop against: `npm run mock` (Prism 5.14.2 on openapi.yaml).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPikSendClient } from '../../src/client/index.js';
import { loadSpec, operationsOf, resolve, type JsonObject } from '../../src/codegen/spec.js';
import { SPEC_PATH } from '../support/paths.js';
import { ROOT } from '../support/paths.js';
import { AXIOS_SNIPPET, PYTHON_SNIPPET, pythonHasRequests, snippetFile } from '../support/seed-snippets.js';
import { freePort, startProcess, type Running } from '../support/processes.js';

const run = promisify(execFile);

let prism: Running;
let base: string;

beforeAll(async () => {
  // `npm run mock` as a person runs it, on a port of their choosing.
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  prism = await startProcess('npm', ['run', '-s', 'mock', '--', '--port', String(port)], /Mock of openapi\.yaml/, { cwd: ROOT, timeoutMs: 60_000, group: true });
});
afterAll(() => prism?.stop());

describe('npm run mock under /api/v1: the public documentation with only the host changed', () => {
  const api = () => `${base}/api/v1`;
  it('says where it is', () => {
    expect(prism.output()).toContain(`Mock of openapi.yaml (Prism): ${api()}`);
  });

  it.skipIf(!pythonHasRequests)('the Python requests client prints the example list\'s total', async () => {
    const file = await snippetFile('piksend.py', PYTHON_SNIPPET, api());
    const { stdout } = await run('python3', [file], { env: { ...process.env, PIKSEND_API_KEY: 'pk_live_demo' } });
    expect(stdout.trim()).toBe('Found 1 galleries');
  });

  it('the Node axios snippet prints the example list\'s total', async () => {
    const file = await snippetFile('piksend.cjs', AXIOS_SNIPPET, api());
    const { stdout } = await run(process.execPath, [file], { env: { ...process.env, PIKSEND_API_KEY: 'pk_live_demo', NODE_PATH: join(ROOT, 'node_modules') } });
    expect(stdout.trim()).toBe('Found 1 galleries');
  });

  it("the curl examples: the list, the gallery by id, and 'Create webhook'", async () => {
    const auth = { Authorization: 'Bearer pk_live_...' };
    const list = await fetch(`${api()}/galleries?page=1&per_page=20`, { headers: auth });
    expect(list.status).toBe(200);
    const one = await fetch(`${api()}/galleries/550e8400-e29b-41d4-a716-446655440000`, { headers: auth });
    expect(((await one.json()) as { data: { id: string } }).data.id).toBe('550e8400-e29b-41d4-a716-446655440000');
    const hook = await fetch(`${api()}/webhooks`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{"url":"https://example.com/webhooks","events":["gallery.created"]}',
    });
    expect(hook.status).toBe(201);
  });
});

describe('Prism mock of openapi.yaml', () => {
  it('answers a documented operation with its example', async () => {
    const response = await fetch(`${base}/galleries?page=1&per_page=20`, { headers: { Authorization: 'Bearer pk_live_demo' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('600');
    const body = (await response.json()) as any;
    expect(body.pagination).toEqual({ page: 1, per_page: 20, total: 1, total_pages: 1 });
    expect(body.data[0].id).toBe('550e8400-e29b-41d4-a716-446655440000');
  });

  it('rejects a request without the bearer header with the documented 401', async () => {
    const response = await fetch(`${base}/galleries`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'Missing or invalid API key', details: null } });
  });

  it('answers each operation\'s 400 with an error that fits it (a frontend reading the mock is not misled)', async () => {
    const auth = { Authorization: 'Bearer pk_live_demo', Prefer: 'code=400' };
    const list = (await (await fetch(`${base}/galleries?per_page=20`, { headers: auth })).json()) as any;
    expect(list.error).toMatchObject({ message: "Invalid query parameter 'per_page'", details: { field: 'per_page' } });
    const get = (await (await fetch(`${base}/galleries/550e8400-e29b-41d4-a716-446655440000`, { headers: auth })).json()) as any;
    expect(get.error).toEqual({ code: 'invalid_request', message: 'Invalid gallery ID format', details: { field: 'id', issue: 'Must be a valid UUID' } });
    const share = (await (await fetch(`${base}/share/Zk3xQ9mP2vR7tL8w`, { headers: { Prefer: 'code=400' } })).json()) as any;
    expect(share.error.message).toBe('Invalid share token format');
  });

  it('picks another documented response with Prefer: code=404', async () => {
    const response = await fetch(`${base}/galleries/550e8400-e29b-41d4-a716-446655440000`, {
      headers: { Authorization: 'Bearer pk_live_demo', Prefer: 'code=404' },
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).error.code).toBe('not_found');
  });

  it('serves the typed client: the seed\'s "Found N galleries"', async () => {
    const client = createPikSendClient({ baseUrl: base, apiKey: 'pk_live_demo' });
    const { data, error } = await client.GET('/galleries', { params: { query: { page: 1, per_page: 20, status: 'active' } } });
    expect(error).toBeUndefined();
    expect(`Found ${data!.pagination.total} galleries`).toBe('Found 1 galleries');
    const health = await createPikSendClient({ baseUrl: base }).GET('/health');
    expect(health.data?.status).toBe('ok');
  });
});

describe('Prism serves every operation', () => {
  it('answers each operation called with its documented examples with its documented success', async () => {
    const spec = await loadSpec(SPEC_PATH);
    const problems: string[] = [];
    for (const { path, method, operation, parameters } of operationsOf(spec)) {
      const example = (name: string) => String((parameters.find((p) => p.name === name) as unknown as JsonObject).example);
      const url = new URL(`${base}${path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(example(name)))}`);
      for (const p of parameters.filter((p) => p.in === 'query')) url.searchParams.set(p.name, example(p.name));
      const body = operation.requestBody && (resolve(spec, operation.requestBody).content as Record<string, JsonObject>)['application/json'];
      // The API key only where the operation asks for it: Prism refuses a scheme an operation does not use.
      const usesApiKey = (operation.security ?? spec.security ?? []).some((r) => 'ApiKey' in r);
      const headers: Record<string, string> = usesApiKey ? { Authorization: 'Bearer pk_live_demo' } : {};
      if (body) headers['Content-Type'] = 'application/json';
      const response = await fetch(url, { method: method.toUpperCase(), headers, body: body ? JSON.stringify(body.example) : undefined });
      await response.arrayBuffer();
      // Called with its own examples, every operation succeeds; the multipart upload is sent without its files (Prism answers an invalid request with the 422 an operation documents, else 400 or 415).
      const expected = operation.operationId === 'uploadPhotos' ? [400, 415, 422] : Object.keys(operation.responses).map(Number).filter((s) => s < 300);
      if (!expected.includes(response.status)) problems.push(`${operation.operationId}: ${response.status}`);
    }
    expect(problems).toEqual([]);
  });
});
