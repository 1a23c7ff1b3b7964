// `piksend keys create --test` and `piksend test-data clear` as an
// administrator runs them (the CLI, a separate process, on the server's own
// database and photo folder): the clear deletes the account's test data with
// its files, and nothing of its live data, its keys or another account's.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { form, jpeg } from '../support/images.js';
import { ROOT } from '../support/paths.js';
import { describeOnEachDatabase, type TestServer } from '../support/server.js';

const BIN = join(ROOT, 'bin', 'piksend.js');
const run = promisify(execFile);

const piksend = (server: TestServer, args: string[]) =>
  run(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, DATABASE_URL: server.config.databaseUrl, DATA_DIR: server.config.dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
  });

/** The files of one gallery in the photo folder. */
async function filesOf(server: TestServer, galleryId: string): Promise<string[]> {
  const storage = server.config.photos.storage;
  if (storage.kind !== 'local') throw new Error('local storage expected');
  return readdir(join(storage.directory, 'galleries', galleryId)).catch(() => []);
}

async function someData(server: TestServer, key: string) {
  const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Data', selection: { enabled: true, min: 0, max: 3 } } })).body.data;
  const [photo] = (await server.request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'a.jpg', bytes: await jpeg() }]) })).body.data;
  await server.request('PUT', `/share/${gallery.share_url.split('/').pop()}/favorites/${photo.id}`);
  const webhook = (await server.request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.created'] } })).body.data;
  await server.request('POST', `/webhooks/${webhook.id}/test`, { key });
  return { gallery: gallery.id, webhook: webhook.id };
}

describeOnEachDatabase('test data: test keys and clearing', (server) => {
  it('keys create --test prints a pk_test_ key that works in test mode; keys list shows both modes', async () => {
    const { account } = await server().newAccount();
    const { stdout } = await piksend(server(), ['keys', 'create', '--email', account.email, '--test', '--name', 'CI']);
    const key = /(pk_test_[0-9A-Za-z]{38})/.exec(stdout)?.[1];
    expect(key, stdout).toBeDefined();
    expect(stdout).toMatch(/^test-mode key [0-9a-f-]{36} created/);
    const me = await server().request('GET', '/me', { key });
    expect(me.body.data).toMatchObject({ id: account.id, livemode: false });
    // A second test key joins the same test mode: it sees what the first made.
    const second = /(pk_test_[0-9A-Za-z]{38})/.exec((await piksend(server(), ['keys', 'create', '--email', account.email, '--test'])).stdout)![1]!;
    const made = (await server().request('POST', '/galleries', { key, body: { name: 'Shared test mode' } })).body.data;
    expect((await server().request('GET', `/galleries/${made.id}`, { key: second })).status).toBe(200);
    const listed = (await piksend(server(), ['keys', 'list', '--email', account.email])).stdout.trim().split('\n');
    expect(listed.map((line) => /pk_(live|test)_/.exec(line)?.[1])).toEqual(['live', 'test', 'test']);
    expect(listed.map((line) => line.split(/\s+/)[2])).toEqual(['live', 'test', 'test']);
    // Rolling a test key gives a test key of the same test mode.
    const keyId = /^test-mode key ([0-9a-f-]{36}) created/.exec(stdout)![1]!;
    const rolled = /(pk_(?:live|test)_[0-9A-Za-z]{38})/.exec((await piksend(server(), ['keys', 'roll', '--id', keyId])).stdout)![1]!;
    expect(rolled.startsWith('pk_test_')).toBe(true);
    expect((await server().request('GET', `/galleries/${made.id}`, { key: rolled })).status).toBe(200);
  });

  it('test-data clear deletes the test data and its files, and nothing else', async () => {
    const { account, key: live } = await server().newAccount();
    const { key: test } = await server().testModeKey(account);
    const other = await server().newAccount();
    const otherTest = await server().testModeKey(other.account);
    const liveData = await someData(server(), live);
    const testData = await someData(server(), test);
    const otherData = await someData(server(), otherTest.key);
    expect(await filesOf(server(), testData.gallery)).toHaveLength(3);

    const { stdout } = await piksend(server(), ['test-data', 'clear', '--email', account.email]);
    // Its events: the gallery's gallery.created and the webhook's webhook.test.
    expect(stdout).toContain(`cleared the test data of ${account.email}: 1 gallery, 1 photo (with their files), 1 webhook, 2 events.`);

    // Test mode is empty, its files gone; the test key still works.
    for (const path of ['/galleries', '/webhooks', '/events']) expect((await server().request('GET', path, { key: test })).body.data).toEqual([]);
    expect((await server().request('GET', `/galleries/${testData.gallery}`, { key: test })).status).toBe(404);
    expect(await filesOf(server(), testData.gallery)).toEqual([]);
    // Live data, and the other account's test data, are untouched.
    expect((await server().request('GET', `/galleries/${liveData.gallery}`, { key: live })).body.data.counters.favorites).toBe(1);
    expect((await server().request('GET', `/webhooks/${liveData.webhook}/deliveries`, { key: live })).body.data).toHaveLength(1);
    expect(await filesOf(server(), liveData.gallery)).toHaveLength(3);
    expect((await server().request('GET', `/galleries/${otherData.gallery}`, { key: otherTest.key })).status).toBe(200);
    expect(await filesOf(server(), otherData.gallery)).toHaveLength(3);
    // The test stream goes on from where it was: a listener's last sequence still makes sense.
    await server().request('POST', '/galleries', { key: test, body: { name: 'After clearing' } });
    expect((await server().request('GET', '/events', { key: test })).body.data[0].sequence).toBe(2);
  });

  it('test-data clear of an unknown account says so in one line', async () => {
    const failed = await piksend(server(), ['test-data', 'clear', '--email', 'nobody@example.com']).catch((err) => err);
    expect(failed.code).toBe(2);
    expect(failed.stderr.trim()).toBe('No account with email nobody@example.com');
  });
});
