// Child processes for tests (Prism, the CLI): free ports, bounded waits, always killed.
import { spawn, type ChildProcess } from 'node:child_process';

export { freePort } from '../../support/free-port.js';

export interface Running {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a command and resolves once its output matches `ready` (or rejects after `timeoutMs`). */
export async function startProcess(
  command: string,
  args: string[],
  ready: RegExp,
  /** `group`: the command starts others (`npm run` → sh → node) and stopping signals them all, as Ctrl-C in a terminal does. */
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; group?: boolean } = {},
): Promise<Running> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.group === true,
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      if (options.group) process.kill(-child.pid!, name);
      else child.kill(name);
    } catch {
      // Already gone.
    }
  };
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${command} not ready after ${options.timeoutMs ?? 30_000} ms:\n${output}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, output: () => output, stop };
}
