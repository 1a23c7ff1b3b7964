import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SPEC_PATH } from '../support/paths.js';
import { loadSpec } from '../../src/codegen/spec.js';

describe('openapi.yaml', () => {
  it('lints clean with redocly (recommended-strict plus our rules)', () => {
    const result = spawnSync(BIN('redocly'), ['lint', 'openapi.yaml', '--format=stylish'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toContain('Your API description is valid');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('keeps the seed to the letter', async () => {
    const spec = await loadSpec(SPEC_PATH);
    expect(spec.openapi).toBe('3.0.3');
    expect(spec.servers![0]!.url).toBe('https://piksend.com/api/v1');
    const list = spec.paths['/galleries']!.get!;
    const params = Object.fromEntries(
      (list.parameters ?? []).map((p) => {
        const name = String((p as { $ref: string }).$ref).split('/').pop()!;
        return [name, spec.components.parameters![name] as Record<string, unknown>];
      }),
    );
    expect(params.Page).toMatchObject({ name: 'page', in: 'query', schema: { default: 1 } });
    expect(params.PerPage).toMatchObject({ name: 'per_page', schema: { default: 20, maximum: 100 } });
    expect(params.GalleryStatusFilter).toMatchObject({ name: 'status' });
    expect(params.GallerySearch).toMatchObject({ name: 'search' });
    expect(spec.components.schemas.GalleryStatus!.enum).toEqual(expect.arrayContaining(['active', 'archived']));
    expect(spec.components.schemas.EventType!.enum).toEqual([
      'gallery.created',
      'gallery.viewed',
      'gallery.downloaded',
      'gallery.validated',
      'gallery.expired',
      'gallery.deleted',
    ]);
    expect(spec.components.securitySchemes!.ApiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect((spec.components.responses!.BadRequest as any).content['application/json'].example).toEqual({
      error: { code: 'invalid_request', message: 'Invalid gallery ID format', details: { field: 'id', issue: 'Must be a valid UUID' } },
    });
    expect(JSON.stringify(spec)).toContain('X-PikSend-Signature');
    const webhookExample = (spec.paths['/webhooks']!.post!.requestBody as any).content['application/json'].example;
    expect(webhookExample).toEqual({ url: 'https://example.com/webhooks', events: ['gallery.created'] });
  });

  it('publishes a signature test vector that is correct', async () => {
    const { createHmac } = await import('node:crypto');
    const text = (await loadSpec(SPEC_PATH) as unknown as { info: { description: string } }).info.description;
    const secret = /secret `(whsec_[^`]+)`/.exec(text)![1]!;
    const t = /timestamp `(\d+)`/.exec(text)![1]!;
    const body = /body\s+`(\{[^`]+\})`/.exec(text)![1]!;
    const published = /X-PikSend-Signature: t=\d+,v1=([0-9a-f]{64})/.exec(text)![1];
    expect(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')).toBe(published);
  });
});
