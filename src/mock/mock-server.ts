// The Prism mock of openapi.yaml, reachable where the real API is: under the
// base path (`/api/v1`, from the spec's server URL) as well as at the root
// (where Prism itself serves, since it deliberately ignores base paths). Prism
// listens on a private loopback port; a small pass-through proxy in front
// strips the base path, so the public documentation's snippets work against
// the mock with only the host changed. Prism's own answers are untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { basePath } from '../../generated/constants.js';
import { freePort } from '../../support/free-port.js';

export interface MockOptions {
  port: number;
  host: string;
  specPath: string;
  /** More Prism arguments (`-d` for dynamic examples, `--errors`…). */
  prismArgs?: string[];
  /** Prism's output, line by line (its request log). */
  log?: (line: string) => void;
}

export interface RunningMock {
  /** Where the API's paths are: `http://host:port/api/v1` (the root works too). */
  url: string;
  close(): Promise<void>;
}

const prismCli = () => join(dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');

/** `/api/v1/galleries?x` → `/galleries?x`; anything else as it came. */
export function withoutBasePath(url: string): string {
  if (url === basePath || url.startsWith(`${basePath}/`) || url.startsWith(`${basePath}?`)) {
    const rest = url.slice(basePath.length);
    return rest.startsWith('/') ? rest : `/${rest}`;
  }
  return url;
}

export async function startMock(options: MockOptions): Promise<RunningMock> {
  const prismPort = await freePort();
  const prism: ChildProcess = spawn(process.execPath, [prismCli(), 'mock', options.specPath, '--host', '127.0.0.1', '--port', String(prismPort), ...(options.prismArgs ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopPrism = () => new Promise<void>((resolve) => (prism.exitCode !== null || prism.signalCode !== null ? resolve() : (prism.once('exit', () => resolve()), prism.kill('SIGTERM'))));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) options.log?.(line);
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    prism.stdout!.on('data', onData);
    prism.stderr!.on('data', onData);
    prism.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code} before it was ready:\n${output}`));
    });
  }).catch(async (err: unknown) => {
    await stopPrism();
    throw err;
  });

  const proxy: Server = createServer((req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port: prismPort, method: req.method, path: withoutBasePath(req.url ?? '/'), headers: { ...req.headers, host: `127.0.0.1:${prismPort}` } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'The mock (Prism) is not answering', details: null } }));
    });
    req.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(options.port, options.host, resolve);
  }).catch(async (err: unknown) => {
    await stopPrism();
    throw err;
  });
  const { port } = proxy.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${basePath}`,
    async close() {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      proxy.closeAllConnections();
      await stopPrism();
    },
  };
}
