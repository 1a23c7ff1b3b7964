// `npm run mock [-- --port N] [--host H] [Prism options]`: the Prism mock of
// openapi.yaml on http://127.0.0.1:4010, under /api/v1 and at the root.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMock } from './mock-server.js';

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: { port: { type: 'string', short: 'p' }, host: { type: 'string', short: 'h' } },
  strict: false,
  tokens: true,
});
// Everything but --port and --host goes to Prism as given (`-d`, `--errors`, `--seed`…).
const prismArgs = tokens.flatMap((t) =>
  t.kind === 'option' && t.name !== 'port' && t.name !== 'host' ? [t.rawName, ...(t.value === undefined ? [] : [t.value])] : t.kind === 'positional' ? [t.value] : [],
);
const port = Number(values.port ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port takes a port number, got "${String(values.port)}"`);
  process.exit(2);
}
const specPath = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'openapi.yaml');
const mock = await startMock({ port, host: typeof values.host === 'string' ? values.host : '127.0.0.1', specPath, prismArgs, log: (line) => console.log(line) }).catch((err: Error) => {
  console.error(`The mock could not start: ${err.message.split('\n')[0]}`);
  process.exit(2);
});
console.log(`\nMock of openapi.yaml (Prism): ${mock.url} (the same paths answer at the root too, without /api/v1)\n`);
const stop = () => void mock.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
