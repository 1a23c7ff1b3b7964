// `npm run dev:web`: the client's page with hot reload, against the Prism mock
// (the frontend team's workflow, before any server exists) or, with
// PIKSEND_API_URL=http://127.0.0.1:3000/api/v1, against a local server.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const MOCK_PORT = Number(process.env.MOCK_PORT ?? 4010);
const EXAMPLE_TOKEN = 'Zk3xQ9mP2vR7tL8w';

let mock: ReturnType<typeof spawn> | null = null;
if (!process.env.PIKSEND_API_URL) {
  // The mock serves the spec at its root (Prism has no base path): that is all the page needs to know.
  process.env.PIKSEND_API_URL = `http://127.0.0.1:${MOCK_PORT}`;
  mock = spawn(process.execPath, [join(root, '..', 'node_modules/@stoplight/prism-cli/dist/index.js'), 'mock', join(root, '..', 'openapi.yaml'), '--host', '127.0.0.1', '--port', String(MOCK_PORT)], {
    stdio: 'ignore',
  });
}
const server = await createServer({ configFile: join(root, 'vite.config.ts') });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\nThe client's page: ${url}g/${EXAMPLE_TOKEN}\nAPI: ${process.env.PIKSEND_API_URL}${mock ? ' (Prism mock of openapi.yaml)' : ''}\n`);
const stop = async () => {
  mock?.kill('SIGTERM');
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
