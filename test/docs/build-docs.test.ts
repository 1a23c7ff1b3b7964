import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, operationsOf } from '../../src/codegen/spec.js';
import { ROOT, SPEC_PATH } from '../support/paths.js';

describe('npm run docs', () => {
  it('builds one self-contained HTML page showing every operation, the guide sections and the webhook payloads', async () => {
    const out = join(ROOT, 'docs', 'index.html');
    const result = spawnSync('npm', ['run', '-s', 'docs'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    // Scripts are inlined: the page works offline and loads nothing from a CDN.
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    const spec = await loadSpec(SPEC_PATH);
    for (const { operation } of operationsOf(spec)) expect(html, operation.operationId).toContain(operation.summary);
    for (const section of ['Authentication', 'Errors', 'Rate limits', 'Pagination', 'Verifying signatures']) expect(html).toContain(section);
    // The page embeds the definition it renders: every event and its payload schema are in it.
    const definition = JSON.parse(/const __redoc_definition = (\{.*?\});\n/s.exec(html)![1]!.replace(/\\u002F/g, '/'));
    expect(Object.keys(definition['x-webhooks'])).toEqual([
      'gallery.created', 'gallery.viewed', 'gallery.downloaded', 'gallery.validated', 'gallery.expired', 'gallery.deleted', 'webhook.test',
    ]);
    expect(definition.components.schemas.GalleryValidatedEvent).toBeDefined();
  });
});
