// The client's gallery page in a real browser (headless Chromium): against the
// Prism mock (it works on the spec's examples alone) and against the live
// server with real photos, walking the whole journey a client takes.
import { createServer, type Server } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import yauzl from 'yauzl';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { form, jpeg } from '../support/images.js';
import { BIN, ROOT } from '../support/paths.js';
import { freePort, startProcess, type Running } from '../support/processes.js';
import { startReceiver } from '../support/receiver.js';
import { startTestServer } from '../support/server.js';

const DIST = join(ROOT, 'web', 'dist');
const SHOTS = join(ROOT, 'web', 'screenshots');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

let browser: Browser;
beforeAll(async () => {
  if (!chromiumAvailable) return;
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

/** axe-core in the page: violations of serious or critical impact. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string }[] }> } }).axe.run());
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err);
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        }),
      );
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

describe.skipIf(!chromiumAvailable)('the client page against the Prism mock', () => {
  let prism: Running;
  let pages: Server;
  let pageUrl: string;
  beforeAll(async () => {
    const port = await freePort();
    prism = await startProcess(BIN('prism'), ['mock', 'openapi.yaml', '--host', '127.0.0.1', '--port', String(port)], /Prism is listening/, { cwd: ROOT, timeoutMs: 45_000 });
    // The built page, pointed at the mock through its <meta> (what the API server fills in for itself).
    const html = (await readFile(join(DIST, 'index.html'), 'utf8')).replace(/(<meta name="piksend-api-url" content=")[^"]*(")/, `$1http://127.0.0.1:${port}$2`);
    pages = createServer(async (req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const asset = /\/assets\/([\w.-]+)$/.exec(path)?.[1];
      if (asset) {
        res.setHeader('Content-Type', asset.endsWith('.css') ? 'text/css' : 'text/javascript');
        return res.end(await readFile(join(DIST, 'assets', asset)));
      }
      res.setHeader('Content-Type', 'text/html');
      res.end(html);
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/g/Zk3xQ9mP2vR7tL8w`;
  }, 60_000);
  afterAll(async () => {
    await prism?.stop();
    await new Promise((resolve) => pages?.close(resolve));
  });

  it("shows the example gallery, favourites and validates on the spec's examples alone", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const log: string[] = [];
    page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
    page.on('requestfailed', (r) => log.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => log.push(`${r.status()} ${r.url()}`));
    try {
      await page.goto(pageUrl);
      await page.getByRole('heading', { name: 'Smith Wedding' }).waitFor({ timeout: 10_000 });
      expect(await page.getByRole('list', { name: 'Photos' }).getByRole('listitem').count()).toBe(1);
      // The example photo is a favourite, with 12 selected of 20 to 50.
      await page.getByText('12 selected').waitFor();
      await page.getByText('choose between 20 and 50').waitFor();
      await page.getByRole('button', { name: 'Remove DSC_0042.jpg from favourites' }).click();
      await page.getByRole('button', { name: 'Add DSC_0042.jpg to favourites' }).waitFor();
      await page.getByRole('button', { name: 'Send my selection' }).click();
      await page.getByText(/Thank you! Your 1 photos were sent/).waitFor();
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${log.join('\n')}\n${await page.content()}`);
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!chromiumAvailable)('the client page against the live server', () => {
  it('unlock, browse, view, favourite, validate, download the zip; accessible; events arrive signed', async () => {
    const receiver = await startReceiver();
    const server = await startTestServer('sqlite', { worker: true, env: { WEBHOOK_POLL_MS: '50' } });
    try {
      const { key } = await server.newAccount();
      const hook = (await server.request('POST', '/webhooks', { key, body: { url: receiver.url, events: ['gallery.viewed', 'gallery.downloaded', 'gallery.validated'] } })).body.data;
      const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Anna & Tom', event_date: '2026-06-20', password: 'sunflower', selection: { enabled: true, min: 1, max: 2 } } })).body.data;
      const files = [await jpeg(1200, 800, '#b04a3a'), await jpeg(800, 1200, '#3a7cb0'), await jpeg(1000, 1000, '#5aa05a')];
      await server.request('POST', `/galleries/${gallery.id}/photos`, { key, form: form(files.map((bytes, i) => ({ name: `IMG_${i + 1}.jpg`, bytes }))) });
      const url = `${server.baseUrl}/g/${gallery.share_url.split('/').pop()}`;

      // bypassCSP: the page's policy allows only its own scripts, and axe-core is injected for the check.
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true, bypassCSP: true });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      await page.goto(url);
      await page.getByRole('heading', { name: 'This gallery is protected' }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByLabel('Password').fill('wrong');
      await page.getByRole('button', { name: 'Open the gallery' }).click();
      await page.getByText('That password is not right. Please try again.').waitFor();
      await page.getByLabel('Password').fill('sunflower');
      await page.getByRole('button', { name: 'Open the gallery' }).click();
      await page.getByRole('heading', { name: 'Anna & Tom' }).waitFor();

      // Thumbnails load (previews, never the originals) for a protected gallery too.
      const thumbs = page.getByRole('list', { name: 'Photos' }).locator('img');
      expect(await thumbs.count()).toBe(3);
      // (Runs in the page: the DOM's types are not this project's, hence the loose typing.)
      await page.waitForFunction(() => {
        const images = [...(globalThis as any).document.querySelectorAll('.grid img')] as { complete: boolean; naturalWidth: number }[];
        return images.every((img) => img.complete && img.naturalWidth > 0);
      });
      expect(await thumbs.first().getAttribute('src')).toMatch(/\/preview\?size=thumbnail&access_token=sat_/);

      // The viewer: web-sized preview, keyboard navigation, Escape closes.
      await page.getByRole('button', { name: 'View IMG_1.jpg' }).click();
      await page.getByRole('dialog', { name: /IMG_1\.jpg, photo 1 of 3/ }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('dialog', { name: /IMG_2\.jpg, photo 2 of 3/ }).waitFor();
      expect(await page.getByRole('dialog').locator('img').getAttribute('src')).toMatch(/size=web/);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // Favourites and the selection's rules, as a client reads them.
      await page.getByRole('button', { name: 'Send my selection' }).click();
      await page.getByText('You have chosen 0; please choose between 1 and 2 before sending.').waitFor();
      await page.getByRole('button', { name: 'Add IMG_1.jpg to favourites' }).click();
      await page.getByRole('button', { name: 'Add IMG_3.jpg to favourites' }).click();
      await page.getByText('2 selected').waitFor();
      await page.getByRole('button', { name: 'Add IMG_2.jpg to favourites' }).click();
      await page.getByText('You can choose at most 2 photos. Remove one before adding another.').waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'gallery-desktop.png'), fullPage: true });
      await page.getByRole('button', { name: 'Send my selection' }).click();
      await page.getByText('Thank you! Your 2 photos were sent to your photographer.').waitFor();
      expect(await page.getByRole('button', { name: /favourites/ }).first().isDisabled()).toBe(true);

      // The zip: every original, byte for byte.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download all' }).click()]);
      const zip = await zipEntries(await readFile((await download.path())!));
      expect([...zip.keys()]).toEqual(['IMG_1.jpg', 'IMG_2.jpg', 'IMG_3.jpg']);
      files.forEach((bytes, i) => expect(zip.get(`IMG_${i + 1}.jpg`)!.equals(bytes)).toBe(true));
      expect(consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);

      // A phone: the same page, readable and usable at 390 px.
      const phone = await browser.newPage({ viewport: VIEWPORTS.phone, bypassCSP: true });
      await phone.goto(url);
      await phone.getByLabel('Password').fill('sunflower');
      await phone.getByRole('button', { name: 'Open the gallery' }).click();
      await phone.getByRole('heading', { name: 'Anna & Tom' }).waitFor();
      expect(await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth <= (globalThis as any).innerWidth)).toBe(true);
      await phone.screenshot({ path: join(SHOTS, 'gallery-phone.png'), fullPage: true });
      await phone.close();
      await context.close();

      // What the photographer's integration received, signed.
      await receiver.waitFor((r) => ['gallery.viewed', 'gallery.downloaded', 'gallery.validated'].every((t) => r.some((x) => x.headers['x-piksend-event'] === t)), 10_000);
      for (const r of receiver.received) expect(new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).toBeTruthy();
    } finally {
      await server.close();
      await receiver.close();
    }
  }, 60_000);

  it('clear pages for a missing and an expired link', async () => {
    const server = await startTestServer('sqlite');
    try {
      const { key } = await server.newAccount();
      const page = await browser.newPage({ bypassCSP: true });
      await page.goto(`${server.baseUrl}/g/NoSuchGalleryToken123`);
      await page.getByRole('heading', { name: "This link doesn't lead to a gallery" }).waitFor();
      const gallery = (await server.request('POST', '/galleries', { key, body: { name: 'Old', expires_at: new Date(server.clock.now().getTime() + 60_000).toISOString() } })).body.data;
      server.clock.advance(120_000);
      await page.goto(`${server.baseUrl}/g/${gallery.share_url.split('/').pop()}`);
      await page.getByRole('heading', { name: 'This gallery has expired' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'expired.png') });
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  }, 30_000);
});
