// `npm run dev:web`: the client's page with hot reload, against the Prism mock
// (the frontend team's workflow, before any server exists) or, with
// PIKSEND_API_URL=http://127.0.0.1:3000/api/v1, against a local server (or the
// sandbox's URL, `npm run sandbox`).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startMock, type RunningMock } from '../src/mock/mock-server.js';

const root = dirname(fileURLToPath(import.meta.url));
const MOCK_PORT = Number(process.env.MOCK_PORT ?? 4010);
const EXAMPLE_TOKEN = 'Zk3xQ9mP2vR7tL8w';

let mock: RunningMock | null = null;
if (!process.env.PIKSEND_API_URL) {
  // The mock of `npm run mock`: the spec's examples, under /api/v1 as the real API.
  mock = await startMock({ port: MOCK_PORT, host: '127.0.0.1', specPath: join(root, '..', 'openapi.yaml') });
  process.env.PIKSEND_API_URL = mock.url;
}
const server = await createServer({ configFile: join(root, 'vite.config.ts') });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\nThe client's page: ${url}g/${EXAMPLE_TOKEN}\nAPI: ${process.env.PIKSEND_API_URL}${mock ? ' (Prism mock of openapi.yaml)' : ''}\n`);
const stop = async () => {
  await mock?.close();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
