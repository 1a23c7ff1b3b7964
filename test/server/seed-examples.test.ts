// The public documentation's own examples, run as written against our server:
// the Python `requests` client and the Node `axios` snippet as real programs,
// the curl requests, and the error envelope example. Only the base URL changes
// (the test server instead of https://piksend.com/api/v1).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { AXIOS_SNIPPET, PYTHON_SNIPPET, pythonHasRequests, snippetFile } from '../support/seed-snippets.js';
import { ROOT } from '../support/paths.js';
import { describeOnEachDatabase } from '../support/server.js';

const run = promisify(execFile);

describeOnEachDatabase('the public documentation examples', (server) => {
  it.skipIf(!pythonHasRequests)('the Python requests client lists galleries and prints "Found 2 galleries"', async () => {
    const { key } = await server().newAccount();
    for (const name of ['One', 'Two']) await server().request('POST', '/galleries', { key, body: { name } });
    const file = await snippetFile('piksend.py', PYTHON_SNIPPET, server().apiUrl);
    const { stdout } = await run('python3', [file], { env: { ...process.env, PIKSEND_API_KEY: key } });
    expect(stdout.trim()).toBe('Found 2 galleries');
  });

  it.skipIf(!pythonHasRequests)('the Python client raises for an invalid key (raise_for_status on 401)', async () => {
    const file = await snippetFile('piksend.py', PYTHON_SNIPPET, server().apiUrl);
    const result = await run('python3', [file], { env: { ...process.env, PIKSEND_API_KEY: 'pk_live_wrong' } }).catch((err) => err);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/401 Client Error: Unauthorized/);
  });

  it('the Node axios snippet lists active galleries and prints "Found 3 galleries"', async () => {
    const { key } = await server().newAccount();
    for (const name of ['One', 'Two', 'Three']) await server().request('POST', '/galleries', { key, body: { name } });
    const archived = await server().request('POST', '/galleries', { key, body: { name: 'Old' } });
    await server().request('PATCH', `/galleries/${archived.body.data.id}`, { key, body: { status: 'archived' } });
    const file = await snippetFile('piksend.cjs', AXIOS_SNIPPET, server().apiUrl);
    const { stdout } = await run(process.execPath, [file], {
      env: { ...process.env, PIKSEND_API_KEY: key, NODE_PATH: join(ROOT, 'node_modules') },
    });
    expect(stdout.trim()).toBe('Found 3 galleries');
  });

  it('the curl examples: list with page/per_page answers exactly application/json, get by id', async () => {
    const { key } = await server().newAccount();
    const created = await server().request('POST', '/galleries', { key, body: { name: 'Curl' } });
    const list = await server().request('GET', '/galleries?page=1&per_page=20', { key });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toBe('application/json');
    expect(list.body.data[0].id).toBe(created.body.data.id);
    const one = await server().request('GET', `/galleries/${created.body.data.id}`, { key });
    expect(one.body.data.name).toBe('Curl');
  });

  it('the error response format: an invalid gallery id answers the documented envelope', async () => {
    const { key } = await server().newAccount();
    const { error, response } = await server().client(key).GET('/galleries/{id}', { params: { path: { id: 'nope' } } });
    expect(response.status).toBe(400);
    expect(error).toEqual({
      error: { code: 'invalid_request', message: 'Invalid gallery ID format', details: { field: 'id', issue: 'Must be a valid UUID' } },
    });
  });
});
