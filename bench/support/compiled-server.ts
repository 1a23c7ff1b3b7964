// Our server as `npm start` runs it: compiled JavaScript from dist/ (no
// TypeScript compiler in the process), in production mode, with limits lifted
// so the load generator measures the server and not the rate limiter.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './environment.js';

/**
 * `npm start` exactly as package.json says it (its environment assignments, node flags and script), so
 * that what is measured is what production runs. Its flags: a young generation of 8 MB semi-spaces
 * (V8's default is 16: peak RSS under the list's load 120–123 → 107–108 MB, throughput unchanged, A/B on
 * 2026-11-26) and two malloc arenas; on Node 24, no Maglev (V8's mid-tier compiler: its code and zones were
 * ~17 MB of peak RSS under the get, 130 → 112 MB, for the same req/s — TurboFan still optimises hot code)
 * and an old generation grown by 30% past what a full GC leaves (V8 grows it by up to 4× under a high
 * allocation rate: the PostgreSQL list peaked at 162–185 MB, now ~118, req/s within noise); no
 * `--enable-source-maps` (parsing the bundle's map cost ~200 ms of every start). A/Bs of 2026-12-03 on
 * Node 24.22, both databases, small seed (`--optimize-for-size` also saved memory but cost 20–30% req/s).
 */
function npmStart(): { env: Record<string, string>; command: string[] } {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = script.split(/\s+/).filter(Boolean);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? '')) {
    const [name, value] = words.shift()!.split('=') as [string, string];
    env[name] = value;
  }
  if (words.shift() !== 'node') throw new Error(`npm start does not run node: ${script}`);
  return { env, command: [process.execPath, ...words.slice(0, -2).filter((w) => w.startsWith('--')), join(ROOT, words.at(-2)!), words.at(-1)!] };
}
const START = npmStart();
export const COMPILED_SERVER = START.command;

/** `npm run build`: dist/ up to date with src/ before anything is measured. */
export function buildServer(): void {
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}

/** The environment of a benchmarked server on `databaseUrl`; `extra` adds or overrides. */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...START.env,
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
    ...extra,
  };
}

/** Starts the compiled server on `port` (`nodeArgs` go before the script, e.g. `--cpu-prof`). */
export function startCompiledServer(port: number, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const [node, ...script] = COMPILED_SERVER;
  return spawn(node!, [...nodeArgs, ...script], { cwd: ROOT, env: { ...process.env, PORT: String(port), ...env }, stdio: 'ignore' });
}

/** Resolves once `url` answers at all; fails if the process exits first or after `timeoutMs`. */
export async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering ${url}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** SIGTERM, then waits for the exit (a profiled server writes its profile on the way out). */
export async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
}
