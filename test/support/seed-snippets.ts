// The public documentation's own snippets, as programs, and how to run them
// against any base URL (only the host changes): the server's tests and the
// mock's run the same ones.
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_PYTHON_CLIENT } from '../../docs/samples.js';
import { serverUrl } from '../../generated/constants.js';

export const PYTHON_SNIPPET = SEED_PYTHON_CLIENT;

// The documentation's snippet uses top-level await, which CommonJS does not allow: it runs inside an async function.
export const AXIOS_SNIPPET = `const axios = require('axios');
const client = axios.create({
  baseURL: '${serverUrl}',
  headers: {
    'Authorization': \`Bearer \${process.env.PIKSEND_API_KEY}\`,
    'Content-Type': 'application/json'
  }
});
(async () => {
// List galleries
const galleries = await client.get('/galleries', {
  params: { page: 1, per_page: 20, status: 'active' }
});
console.log(\`Found \${galleries.data.pagination.total} galleries\`);
})().catch((err) => { console.error(err.message); process.exit(1); });
`;

export const pythonHasRequests = spawnSync('python3', ['-c', 'import requests'], { stdio: 'ignore' }).status === 0;
if (!pythonHasRequests) console.warn('\n*** python3 with `requests` is not installed: the Python seed example is SKIPPED. ***\n');

/** The snippet in a file of its own, with `apiUrl` in place of the production URL. */
export async function snippetFile(name: string, text: string, apiUrl: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'piksend-seed-')), name);
  await writeFile(file, text.replaceAll(serverUrl, apiUrl));
  return file;
}

