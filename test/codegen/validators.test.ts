// The generated validators against the spec's own examples and against the
// bad inputs integrators send most.
import { describe, expect, it } from 'vitest';
import { loadSpec, operationsOf, resolve, type JsonObject } from '../../src/codegen/spec.js';
import { operations, type OperationDefinition } from '../../generated/operations.js';
import { describeInvalidInput, type RequestPart } from '../../src/validation/describe-invalid-input.js';
import { SPEC_PATH } from '../support/paths.js';

const spec = await loadSpec(SPEC_PATH);
const byId = Object.fromEntries(operations.map((o) => [o.operationId, o as OperationDefinition]));

/** Runs one request part through its validator the way the server will: strings in, first error described. */
function check(operationId: string, part: RequestPart, input: unknown) {
  const operation = byId[operationId]!;
  const validate = (operation.validators as Partial<Record<RequestPart, OperationDefinition['validators']['query']>>)[part];
  if (!validate) throw new Error(`${operationId} has no ${part} validator`);
  const data = structuredClone(input);
  const ok = validate(data);
  return { ok, data, error: ok ? null : describeInvalidInput(operation, part, validate.errors![0]!) };
}

describe('documented examples pass the generated validators', () => {
  const cases = [...operationsOf(spec)];
  it.each(cases.map((c) => [c.operation.operationId, c] as const))('%s', (operationId, { operation, parameters }) => {
    const path: Record<string, string> = {};
    const query: Record<string, string> = {};
    for (const p of parameters) {
      expect((p as unknown as JsonObject).example, `${operationId} ${p.name} needs an example`).toBeDefined();
      const value = String((p as unknown as JsonObject).example);
      if (p.in === 'path') path[p.name] = value;
      if (p.in === 'query') query[p.name] = value;
    }
    if (Object.keys(path).length) expect(check(operationId, 'params', path).error).toBeNull();
    expect(check(operationId, 'query', query).error).toBeNull();

    const body = operation.requestBody && (resolve(spec, operation.requestBody).content as Record<string, JsonObject>)['application/json'];
    if (body) expect(check(operationId, 'body', body.example).error).toBeNull();

    const row = byId[operationId]!;
    let checked = 0;
    for (const [status, raw] of Object.entries(operation.responses)) {
      const json = (resolve(spec, raw).content as Record<string, JsonObject> | undefined)?.['application/json'];
      if (!json) continue;
      const validate = row.responses.find((r) => r.status === Number(status))!.validator!;
      expect(validate(structuredClone(json.example)), `${operationId} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('bad input is rejected with the field named', () => {
  it('a bad gallery id gives the seed example to the letter', () => {
    const { error } = check('getGallery', 'params', { id: 'not-a-uuid' });
    expect(error).toEqual({ message: 'Invalid gallery ID format', details: { field: 'id', issue: 'Must be a valid UUID' } });
  });

  it('a bad webhook id says webhook', () => {
    expect(check('getWebhook', 'params', { id: '42' }).error?.message).toBe('Invalid webhook ID format');
  });

  it('per_page over 100, and 0, are refused; defaults are applied', () => {
    expect(check('listGalleries', 'query', { per_page: '101' }).error).toEqual({
      message: "Invalid query parameter 'per_page'",
      details: { field: 'per_page', issue: 'Must be at most 100' },
    });
    expect(check('listGalleries', 'query', { per_page: '0' }).error?.details).toEqual({ field: 'per_page', issue: 'Must be at least 1' });
    expect(check('listGalleries', 'query', { page: 'two' }).error?.details).toEqual({ field: 'page', issue: 'Must be an integer' });
    const { ok, data } = check('listGalleries', 'query', { status: 'archived' });
    expect(ok).toBe(true);
    expect(data).toEqual({ page: 1, per_page: 20, status: 'archived' });
  });

  it('an unknown status is refused with the allowed values', () => {
    expect(check('listGalleries', 'query', { status: 'deleted' }).error?.details).toEqual({
      field: 'status',
      issue: 'Must be one of: active, archived, expired',
    });
  });

  it('an unknown query parameter is named, not ignored', () => {
    expect(check('listGalleries', 'query', { perpage: '5' }).error?.details).toEqual({
      field: 'perpage',
      issue: 'Is not a known query parameter',
    });
  });

  it('a repeated scalar query parameter is refused', () => {
    expect(check('listGalleries', 'query', { page: ['1', '2'] }).ok).toBe(false);
  });

  it('an unknown webhook event names the array item', () => {
    const { error } = check('createWebhook', 'body', { url: 'https://example.com/webhooks', events: ['gallery.created', 'gallery.exploded'] });
    expect(error?.details.field).toBe('events[1]');
    expect(error?.details.issue).toMatch(/^Must be one of: gallery.created, /);
    expect(check('createWebhook', 'body', { url: 'https://example.com/webhooks', events: [] }).error?.details).toEqual({
      field: 'events',
      issue: 'Must contain at least 1 item',
    });
  });

  it('wrong types in a body are not coerced', () => {
    expect(check('createGallery', 'body', { name: 123 }).error?.details).toEqual({ field: 'name', issue: 'Must be a string' });
    expect(check('createGallery', 'body', { name: 'x', selection: { min: '5' } }).error?.details).toEqual({
      field: 'selection.min',
      issue: 'Must be an integer',
    });
    expect(check('createGallery', 'body', [] as unknown).error?.details).toEqual({ field: 'body', issue: 'The body must be an object' });
    expect(check('createGallery', 'body', {}).error?.details).toEqual({ field: 'name', issue: 'Is required' });
    expect(check('createGallery', 'body', { name: 'x', client: { email: 'nope' } }).error?.details).toEqual({
      field: 'client.email',
      issue: 'Must be a valid email address with a domain, e.g. jane@example.com',
    });
    expect(check('updateGallery', 'body', {}).error?.details).toEqual({ field: 'body', issue: 'Must contain at least 1 field' });
  });

  it('a readOnly field sent in a request is an unknown field', () => {
    // createGallery's body is its own schema; PATCH with a server-owned field is refused by name.
    expect(check('updateGallery', 'body', { photo_count: 3 }).error?.details).toEqual({ field: 'photo_count', issue: 'Is not a known field' });
  });

  it('an ISO date-time needs a timezone', () => {
    expect(check('listEvents', 'query', { created_after: '2026-07-01T00:00:00' }).error?.details.field).toBe('created_after');
    expect(check('listEvents', 'query', { created_after: '2026-07-01T00:00:00Z' }).ok).toBe(true);
  });

  it('a writeOnly field (the gallery password) may not appear in a response', () => {
    const validate = byId.getGallery!.responses.find((r) => r.status === 200)!.validator!;
    const example = resolve(spec, spec.paths['/galleries/{id}']!.get!.responses['200']).content as Record<string, JsonObject>;
    const body = structuredClone(example['application/json']!.example) as { data: Record<string, unknown> };
    expect(validate(body)).toBe(true);
    body.data.password = 'correct horse';
    expect(validate(body)).toBe(false);
    delete body.data.password;
    delete body.data.share_url;
    expect(validate(body)).toBe(false);
    expect(validate.errors![0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'share_url' } });
  });
});
