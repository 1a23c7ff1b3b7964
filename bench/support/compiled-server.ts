// Our server as `npm start` runs it: compiled JavaScript from dist/ (no
// TypeScript compiler in the process), in production mode, with limits lifted
// so the load generator measures the server and not the rate limiter.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from './environment.js';

/**
 * The node flags of `npm start`. A young generation of 8 MB semi-spaces (V8's
 * default is 16): peak RSS under the list's load 120–123 → 107–108 MB,
 * throughput unchanged (A/B on 2026-11-26; 4 MB saved 10 MB more but cost ~5%).
 */
export const START_FLAGS = ['--max-semi-space-size=8'];
export const COMPILED_SERVER = [process.execPath, ...START_FLAGS, join(ROOT, 'dist/piksend.js'), 'serve'];

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
    // As `npm start` runs it (package.json): two malloc arenas, not one per thread.
    MALLOC_ARENA_MAX: '2',
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
