// `npm run sandbox`, the one command a frontend team runs: a real server on a
// throwaway database, seeded in test mode. It serves the public page's
// examples with only the host and key changed, remembers what is created,
// takes uploads, delivers the seed's events, and the client page works on it
// in a real browser.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { form, jpeg } from '../support/images.js';
import { ROOT } from '../support/paths.js';
import { freePort, startProcess, type Running } from '../support/processes.js';
import { waitUntil } from '../support/wait.js';

const EXAMPLE_GALLERY = '550e8400-e29b-41d4-a716-446655440000';
const EXAMPLE_TOKEN = 'Zk3xQ9mP2vR7tL8w';

describe('npm run sandbox', () => {
  let sandbox: Running;
  let apiUrl: string;
  let key: string;
  const call = async (method: string, path: string, init: RequestInit = {}) => {
    const res = await fetch(`${apiUrl}${path}`, { method, ...init, headers: { Authorization: `Bearer ${key}`, ...(init.headers as Record<string, string>) } });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    const port = await freePort();
    sandbox = await startProcess('npm', ['run', '-s', 'sandbox'], /deleted when the sandbox stops/, { cwd: ROOT, env: { PORT: String(port) }, timeoutMs: 90_000, group: true });
    apiUrl = /PikSend sandbox: (http:\/\/\S+)/.exec(sandbox.output())![1]!;
    key = /\s(pk_test_[0-9A-Za-z]{38})\s/.exec(sandbox.output())![1]!;
  }, 120_000);
  afterAll(() => sandbox?.stop());

  it('prints a test key, the share links with their page URLs, and the documentation examples with only the host changed', () => {
    const out = sandbox.output();
    expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(out).toContain(`${apiUrl}/galleries/${EXAMPLE_GALLERY}`);
    expect(out).toContain(`"${apiUrl}/galleries?page=1&per_page=20"`);
    expect(out).toContain(`${apiUrl.replace('/api/v1', '')}/g/${EXAMPLE_TOKEN}`);
    expect(out).toMatch(/password-protected \(password: correct horse\)/);
  });

  it("serves the public page's examples: the gallery list, the documented gallery, the webhook example", async () => {
    const list = await call('GET', '/galleries?page=1&per_page=20');
    expect(list.status).toBe(200);
    expect(new Set(list.body.data.map((g: { status: string }) => g.status))).toEqual(new Set(['active', 'archived', 'expired']));
    expect(list.body.data.every((g: { livemode: boolean }) => g.livemode === false)).toBe(true);
    const gallery = await call('GET', `/galleries/${EXAMPLE_GALLERY}`);
    expect(gallery.body.data).toMatchObject({ id: EXAMPLE_GALLERY, name: 'Smith Wedding', photo_count: 8, livemode: false });
    const webhook = await call('POST', '/webhooks', { headers: { 'Content-Type': 'application/json' }, body: '{"url":"https://example.com/webhooks","events":["gallery.created"]}' });
    expect(webhook.status).toBe(201);
  });

  it('has a validated selection, a protected link and a webhook whose seed deliveries succeeded', async () => {
    const list = (await call('GET', '/galleries?per_page=100')).body.data as { id: string; name: string; share_url: string; selection: { state: string } }[];
    expect(list.find((g) => g.name === 'Garcia Engagement')!.selection.state).toBe('validated');
    const locked = list.find((g) => g.name === 'Johnson Family Portraits')!;
    const token = locked.share_url.split('/').pop();
    expect((await fetch(`${apiUrl}/share/${token}`)).status).toBe(401);
    const access = await fetch(`${apiUrl}/share/${token}/access`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"password":"correct horse"}' });
    expect(access.status).toBe(201);
    const [receiver] = (await call('GET', '/webhooks')).body.data.filter((w: { description: string | null }) => w.description?.startsWith('Sandbox receiver'));
    const deliveries = (await call('GET', `/webhooks/${receiver.id}/deliveries?per_page=100`)).body.data as { status: string; livemode: boolean }[];
    expect(deliveries.length).toBeGreaterThanOrEqual(10);
    expect(deliveries.every((d) => d.status === 'succeeded' && d.livemode === false)).toBe(true);
  });

  it('remembers what is created and takes uploads (what the mock cannot), and delivers their events', async () => {
    const before = (await call('GET', '/galleries')).body.pagination.total;
    const created = await call('POST', '/galleries', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Made in the sandbox' }) });
    expect(created.status).toBe(201);
    const upload = await fetch(`${apiUrl}/galleries/${created.body.data.id}/photos`, { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: form([{ name: 'mine.jpg', bytes: await jpeg() }]) });
    expect(upload.status).toBe(201);
    const after = await call('GET', '/galleries');
    expect(after.body.pagination.total).toBe(before + 1);
    expect(after.body.data[0]).toMatchObject({ id: created.body.data.id, photo_count: 1 });
    await waitUntil(
      async () => sandbox.output(),
      (out) => out.includes('webhook received gallery.created'),
      10_000,
      100,
    );
  });

  describe.skipIf(!chromiumAvailable)('in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    it("the documented gallery's page shows its photos and says it is a test gallery", async () => {
      const page = await browser.newPage();
      await page.goto(`${apiUrl.replace('/api/v1', '')}/g/${EXAMPLE_TOKEN}`);
      await page.getByRole('heading', { name: 'Smith Wedding' }).waitFor();
      await expect(page.getByRole('note').textContent()).resolves.toMatch(/Test gallery/);
      const images = page.locator('ul.grid img');
      await waitUntil(
        () => images.evaluateAll((all) => (all as unknown as { complete: boolean; naturalWidth: number }[]).filter((img) => img.complete && img.naturalWidth > 0).length),
        (loaded) => loaded === 8,
        15_000,
        100,
      );
      // The client picks a favourite: the sandbox keeps it.
      await page.getByRole('button', { name: /Add sample-001\.jpg to favourites/ }).click();
      await page.getByText('1 selected').waitFor();
      const selection = await call('GET', `/galleries/${EXAMPLE_GALLERY}/selection`);
      expect(selection.body.data).toMatchObject({ count: 1, livemode: false });
      await page.close();
    });
  });
});
