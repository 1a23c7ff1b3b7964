// The `piksend` command as a user runs it: a separate process on a real database.
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, VARIABLES } from '../../src/config/index.js';
import { migrations } from '../../src/db/migrations/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { startServer } from '../../src/server/server.js';
import { ROOT } from '../support/paths.js';
import { freePort, startProcess } from '../support/processes.js';
import { createServer as createNetServer } from 'node:net';
import { POSTGRES_ADMIN_URL } from '../support/databases.js';
import { postgresAvailable } from '../support/dialects.js';

const BIN = join(ROOT, 'bin', 'piksend.js');

function piksend(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('piksend in production', () => {
  it('runs from the compiled dist/ (what `npm install` builds) and manages accounts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-cli-'));
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`,
      LOG_LEVEL: 'silent',
      WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    const created = piksend(['accounts', 'create', '--email', 'prod@example.com', '--plan', 'pro'], env);
    expect(created.status, created.err).toBe(0);
    expect(created.out).toMatch(/account [0-9a-f-]{36} \(prod@example.com, pro\)/);
  });

  it('prints its help even when the production configuration is incomplete', () => {
    const help = piksend(['--help'], { NODE_ENV: 'production', WEBHOOK_SECRET_KEY: '' });
    expect(help.status, help.err).toBe(0);
    expect(help.out).toContain('Usage: piksend <command>');
    // Every variable of the configuration schema, one a line.
    for (const name of Object.keys(VARIABLES)) expect(help.out, name).toMatch(new RegExp(`^\\s+${name}\\s`, 'm'));
  });

  it('migrate prints the migrations it applied: all of them on a fresh database, none on a migrated one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-migrate-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'm.sqlite')}`, LOG_LEVEL: 'silent' };
    const first = piksend(['migrate'], env);
    expect(first.status, first.err).toBe(0);
    expect(first.out.trim()).toBe(`migrations applied: ${Object.keys(migrations).join(', ')}`);
    const again = piksend(['migrate'], env);
    expect(again.out.trim()).toBe('migrations applied: none (up to date)');
  });
});

describe('piksend accounts / keys', () => {
  it('creates an account and keys, lists them without the secret, and revokes one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-cli-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`, LOG_LEVEL: 'silent' };

    const account = piksend(['accounts', 'create', '--email', 'Studio@Example.com', '--plan', 'pro'], env);
    expect(account.status, account.err).toBe(0);
    expect(account.out).toMatch(/account [0-9a-f-]{36} \(studio@example.com, pro\)/);
    const duplicate = piksend(['accounts', 'create', '--email', 'studio@example.com'], env);
    expect(duplicate.status).toBe(2);
    // A refusal is one line, without the usage text (that is for usage mistakes).
    expect(duplicate.err.trim()).toBe('An account with email studio@example.com already exists');
    // The spec's email rule (Account.email's pattern): refused in one line, nothing made.
    for (const bad of ['not-an-email', 'jane@localhost', 'jane doe@example.com']) {
      const refused = piksend(['accounts', 'create', '--email', bad], env);
      expect(refused.status).toBe(2);
      expect(refused.err.trim().split('\n')).toEqual([`--email must be an address with a domain of at least two labels (jane@example.com), got "${bad}"`]);
    }
    expect(piksend(['keys', 'list', '--email', 'not-an-email'], env).err.trim()).toBe('No account with email not-an-email');

    const created = piksend(['keys', 'create', '--email', 'studio@example.com', '--name', 'zapier'], env);
    expect(created.status, created.err).toBe(0);
    const key = /pk_live_[0-9A-Za-z]{38}/.exec(created.out)![0];
    const keyId = /key ([0-9a-f-]{36}) created/.exec(created.out)![1]!;

    const listed = piksend(['keys', 'list', '--email', 'studio@example.com'], env);
    expect(listed.out).toMatch(new RegExp(`${keyId}  pk_live_\\w+…\\w{4}  live  zapier  created 20\\S+  last used never  active`));
    expect(listed.out).toContain(keyId);
    expect(listed.out).toContain(`${key.slice(0, 12)}…${key.slice(-4)}`);
    expect(listed.out).toContain('zapier');
    expect(listed.out).not.toContain(key);

    // Without the verified-key cache, so the revocation below bites on the very next request.
    const config = loadConfig({ ...env, PORT: '0', API_KEY_CACHE_SECONDS: '0' });
    const running = await startServer(config, { logger: createLogger('silent') });
    try {
      const me = await fetch(`${running.url}/api/v1/me`, { headers: { Authorization: `Bearer ${key}` } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as any).data.email).toBe('studio@example.com');

      const revoked = piksend(['keys', 'revoke', '--id', keyId], env);
      expect(revoked.status, revoked.err).toBe(0);
      expect(piksend(['keys', 'list', '--email', 'studio@example.com'], env).out).toMatch(/revoked 20/);
      const after = await fetch(`${running.url}/api/v1/me`, { headers: { Authorization: `Bearer ${key}` } });
      expect(after.status).toBe(401);
      expect(piksend(['keys', 'revoke', '--id', keyId], env).status).toBe(2);
    } finally {
      await running.close();
    }
  });

  it('rolls a key: a new one printed once, the old one listed with its expiry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-roll-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`, LOG_LEVEL: 'silent' };
    piksend(['accounts', 'create', '--email', 'roll@example.com'], env);
    const oldId = /key ([0-9a-f-]{36}) created/.exec(piksend(['keys', 'create', '--email', 'roll@example.com', '--name', 'crm'], env).out)![1]!;
    const rolled = piksend(['keys', 'roll', '--id', oldId, '--expires-in', '30m'], env);
    expect(rolled.status, rolled.err).toBe(0);
    expect(rolled.out).toMatch(/pk_live_[0-9A-Za-z]{38}/);
    const until = /keeps working until (\S+)\./.exec(rolled.out)![1]!;
    expect(Date.parse(until) - Date.now()).toBeGreaterThan(29 * 60_000);
    const listed = piksend(['keys', 'list', '--email', 'roll@example.com'], env).out.trim().split('\n');
    expect(listed).toHaveLength(2);
    expect(listed[0]).toContain(`${oldId}`);
    expect(listed[0]).toContain(`expires ${until}`);
    expect(listed[1]).toMatch(/crm .*active$/);
    const bad = piksend(['keys', 'roll', '--id', oldId, '--expires-in', 'tomorrow'], env);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--expires-in takes a duration such as 90s, 30m, 24h or 7d');
    const missing = piksend(['keys', 'roll', '--id', '00000000-0000-4000-8000-000000000000'], env);
    expect(missing.status).toBe(2);
    expect(missing.err.trim()).toBe('No live key with id 00000000-0000-4000-8000-000000000000');
  });

  it('explains bad usage and bad configuration, and exits 2', () => {
    const usage = piksend(['keys', 'create'], { DATABASE_URL: 'sqlite::memory:' });
    expect(usage.status).toBe(2);
    expect(usage.err).toContain('--email is required');
    expect(usage.err).toContain('Usage: piksend');
    const config = piksend(['migrate'], { PORT: 'eighty', LOG_LEVEL: 'chatty' });
    expect(config.status).toBe(2);
    expect(config.err).toContain('PORT must be an integer from 0 to 65535, got "eighty"');
    expect(config.err).toContain('LOG_LEVEL must be one of');
  });
});

describe('piksend serve that cannot start', () => {
  const oneLine = (text: string) => text.trim().split('\n').length === 1;

  it('a port in use: one line saying so, exit 2, and no worker started', async () => {
    const blocker = createNetServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = await mkdtemp(join(tmpdir(), 'piksend-busy-'));
      const result = piksend(['serve'], { DATA_DIR: dir, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'info' });
      expect(result.status).toBe(2);
      expect(result.err.trim()).toBe(`Port ${port} on 127.0.0.1 is already in use: stop the other server, or set PORT to a free port`);
      expect(result.out).not.toContain('delivery worker started');
      expect(result.out).not.toContain('demo');
    } finally {
      blocker.close();
    }
  });

  it('a PostgreSQL database that does not exist, or a server that does not answer: one line each, exit 2', () => {
    const missing = new URL(POSTGRES_ADMIN_URL);
    missing.pathname = '/piksend_no_such_database';
    const absent = piksend(['serve'], { DATABASE_URL: missing.toString(), PORT: '0', LOG_LEVEL: 'info' });
    if (postgresAvailable) {
      expect(absent.status).toBe(2);
      expect(oneLine(absent.err)).toBe(true);
      expect(absent.err).toContain('does not exist: create it');
    }
    const closed = piksend(['serve'], { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/x', PORT: '0', LOG_LEVEL: 'info' });
    expect(closed.status).toBe(2);
    expect(closed.err.trim()).toBe('Cannot reach PostgreSQL at postgres://postgres:***@127.0.0.1:1/x (ECONNREFUSED): is it running, and is DATABASE_URL right?');
  });
});

describe('piksend serve (npm start)', () => {
  it('prints a demo key on an empty database, serves with it, and shuts down gracefully on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-serve-'));
    const port = await freePort();
    const env = { DATA_DIR: dir, PORT: String(port), NODE_ENV: 'development' };
    const first = await startProcess(process.execPath, [BIN, 'serve'], /PikSend API listening/, { env });
    const key = /pk_live_[0-9A-Za-z]{38}/.exec(first.output())![0];
    const base = `http://127.0.0.1:${port}/api/v1`;
    const list = await fetch(`${base}/galleries?page=1&per_page=20`, { headers: { Authorization: `Bearer ${key}` } });
    expect(list.status).toBe(200);
    // A local gallery's share_url opens this server's page.
    const shared = await fetch(`${base}/galleries`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: '{"name":"Local link"}' });
    const { share_url: shareUrl } = ((await shared.json()) as { data: { share_url: string } }).data;
    expect(shareUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/g/`));
    const pageAnswer = await fetch(shareUrl);
    expect([pageAnswer.status, pageAnswer.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    // The key is printed to the console once and never goes into the JSON logs.
    expect(first.output().split(key).length - 1).toBe(2);
    expect(first.output().split('\n').filter((l) => l.startsWith('{')).join('\n')).not.toContain(key);

    // A request still being uploaded when SIGTERM arrives is finished, then the process exits 0.
    const body = JSON.stringify({ name: 'In flight' });
    const response = new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/galleries`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => {
        first.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(5)), 300);
      }, 200);
    });
    expect(await response).toBe(201);
    const code = await new Promise<number | null>((resolve) => first.child.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');

    // The local share links lead to this server's own page, and the start says where they are.
    expect(first.output()).toContain(`"share_links":"http://127.0.0.1:${port}/g"`);

    // Second start on the same data: no new demo account, no key printed, but how to make one.
    const second = await startProcess(process.execPath, [BIN, 'serve'], /PikSend API listening/, { env });
    await second.stop();
    expect(second.output()).not.toContain('pk_live_');
    expect(second.output()).toContain('npx piksend keys create --email demo@piksend.local');
  });

  it('prints no demo key into a non-terminal output outside development (a log pipeline)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-staging-'));
    const port = await freePort();
    const running = await startProcess(process.execPath, [BIN, 'serve'], /PikSend API listening/, {
      env: { DATA_DIR: dir, PORT: String(port), NODE_ENV: 'staging' },
    });
    await running.stop();
    expect(running.output()).not.toContain('pk_live_');
  });

  it('never creates a demo account in production', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piksend-prod-'));
    const port = await freePort();
    const running = await startProcess(process.execPath, [BIN, 'serve'], /PikSend API listening/, {
      env: { DATA_DIR: dir, PORT: String(port), NODE_ENV: 'production', WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') },
    });
    await running.stop();
    expect(running.output()).not.toContain('pk_live_');
  });
});
