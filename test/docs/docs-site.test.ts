// The docs site in a real browser (headless Chromium): every operation and
// every webhook event is reachable from the navigation and renders, without
// console errors and without loading anything from the internet; every line of
// code and text shows at desktop and phone widths; screenshots for review go
// to docs/screenshots/ (build output).
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadSpec, operationsOf } from '../../src/codegen/spec.js';
import { chromiumAvailable, launchBrowser } from '../support/browser.js';
import { ROOT, SPEC_PATH } from '../support/paths.js';

const SHOTS = join(ROOT, 'docs', 'screenshots');
let browser: Browser;
beforeAll(async () => {
  if (!chromiumAvailable) return;
  const built = spawnSync('npm', ['run', '-s', 'docs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
}, 120_000);
afterAll(() => browser?.close());

describe.skipIf(!chromiumAvailable)('the docs site in a browser', () => {
  for (const [name, width] of [['desktop', 1440], ['phone', 390]] as const) {
    it(`clips nothing at ${name} width (${width} px): no page or code block wider than its box, nothing requested from outside`, async () => {
      for (const address of ['index.html#/galleries/listgalleries', 'webhooks.html']) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const external: string[] = [];
        await page.route('**/*', (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : (external.push(route.request().url()), route.abort())));
        await page.goto(`${pathToFileURL(join(ROOT, 'docs')).href}/${address}`);
        await page.locator('pre').first().waitFor();
        const overflow = await page.evaluate(() => {
          const doc = (globalThis as any).document;
          const wide = [...doc.querySelectorAll('pre, code')].filter((e: any) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1).map((e: any) => (e.textContent ?? '').slice(0, 40));
          return { page: doc.documentElement.scrollWidth > doc.documentElement.clientWidth, wide };
        });
        expect(overflow, address).toEqual({ page: false, wide: [] });
        expect(external, address).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `${address.split(/[.#]/)[0]}-${name}.png`) });
        await page.close();
      }
    }, 60_000);
  }

  it('reaches every operation and webhook event from the navigation, with code samples, no console errors, nothing from the internet', async () => {
    const spec = await loadSpec(SPEC_PATH);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    const external: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(join(ROOT, 'docs', 'index.html')).href);
    const menu = page.locator('[data-testid="menu-item-label"]');
    await menu.first().waitFor();
    // The navigation opens one group at a time: an entry is reached by opening the groups on its way.
    const item = (label: string) => page.locator(`[data-testid="menu-item-label"] [data-text="${label}"]`);
    async function reveal(label: string, groups: string[]): Promise<boolean> {
      const shown = () => item(label).first().waitFor({ state: 'visible', timeout: 1_500 }).then(() => true, () => false);
      if (await item(label).first().isVisible()) return true;
      // Open (or re-open: a click may also close a group) the visible groups of those names, until the entry shows.
      for (let attempt = 0; attempt < 8; attempt++) {
        const candidates = [];
        for (const group of new Set(groups)) {
          for (const candidate of await item(group).all()) if (await candidate.isVisible()) candidates.push(candidate);
        }
        if (!candidates.length) return false;
        await candidates[attempt % candidates.length]!.click({ force: true });
        if (await shown()) return true;
      }
      return false;
    }
    // An event's heading carries a "Webhook" badge after its name.
    const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(Webhook)?\\s*$`);
    const entries = [
      ...[...operationsOf(spec)].map((o) => ({ label: o.operation.summary, groups: [o.operation.tags![0]!] })),
      ...Object.keys((spec as unknown as { 'x-webhooks': object })['x-webhooks']).map((event) => ({ label: event, groups: ['Webhooks'] })),
    ];
    const unreachable: string[] = [];
    for (const { label, groups } of entries) {
      if (!(await reveal(label, groups))) {
        unreachable.push(label);
        continue;
      }
      await item(label).first().click();
      await page
        .locator('h1, h2, h3')
        .filter({ hasText: exactly(label), visible: true })
        .first()
        .waitFor()
        .catch(async (err: Error) => {
          const seen = await page.locator('h1, h2, h3').evaluateAll((els) => els.map((e) => JSON.stringify(e.textContent)));
          throw new Error(`${err.message}\nat ${page.url()}; headings: ${seen.join(' ')}`);
        });
    }
    expect(unreachable).toEqual([]);

    // An operation shows its code samples (the public documentation's own included), and a payload its realistic example.
    // (Reached above from the navigation; here straight by its address, for the closer look.)
    await page.goto(`${pathToFileURL(join(ROOT, 'docs', 'index.html')).href}#/galleries/listgalleries`);
    for (const label of ['curl', 'TypeScript (@piksend/client)', 'Python (requests)', 'Node.js (axios)', 'Python (client class)']) {
      await page.getByText(label, { exact: true }).filter({ visible: true }).first().waitFor();
    }
    // The samples' code is on the page, whole: no line is cut off by its box.
    const clipped = await page.locator('pre').evaluateAll((els) =>
      els.filter((e) => (e as unknown as { scrollWidth: number; clientWidth: number }).scrollWidth > (e as unknown as { clientWidth: number }).clientWidth + 1 && (globalThis as any).getComputedStyle(e).overflowX === 'hidden').length,
    );
    expect(clipped).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'list-galleries.png') });
    await page.goto(`${pathToFileURL(join(ROOT, 'docs', 'index.html')).href}#/webhooks/ongalleryvalidated`);
    // Its payload sample is the realistic example of the spec (its event id), not placeholder values.
    await page.getByText('evt_3d4e5f60718293a4b5c6d7e8f90a1b2c').filter({ visible: true }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'gallery-validated-event.png') });

    // Nothing at all from outside the page (Redoc's logo is inlined by docs/build.ts).
    expect(external).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  }, 120_000);
});
