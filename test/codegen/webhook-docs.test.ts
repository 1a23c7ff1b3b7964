// What the docs say about webhook deliveries stays true: every header the
// worker sends is documented on every x-webhooks entry, and each event's
// example payload is valid against its schema (as a response: what we send).
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { componentsDocument, refTo } from '../../src/codegen/json-schema.js';
import { loadSpec, resolve, type JsonObject } from '../../src/codegen/spec.js';
import { signatureHeaders } from '../../src/webhooks/signing.js';
import { SPEC_PATH } from '../support/paths.js';

const spec = await loadSpec(SPEC_PATH);
const entries = Object.entries((spec as unknown as { 'x-webhooks': Record<string, { post: JsonObject }> })['x-webhooks']);

describe('x-webhooks', () => {
  it('documents one entry per event type, webhook.test included', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([...(spec.components.schemas.EventType!.enum as string[]), 'webhook.test'].sort());
  });

  it('documents every header a delivery carries', () => {
    const sent = ['X-PikSend-Event', 'X-PikSend-Delivery', ...Object.keys(signatureHeaders(['whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'], 'evt_1', 1, '{}'))];
    for (const [name, { post }] of entries) {
      const documented = (post.parameters as JsonObject[]).map((p) => resolve<{ name: string; in: string }>(spec, p)).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
      expect(documented.sort(), name).toEqual(sent.map((h) => h.toLowerCase()).sort());
    }
  });

  it('shows a realistic example payload for every event, valid against its schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(componentsDocument('response', spec.components.schemas));
    for (const [name, { post }] of entries) {
      const schemaRef = (resolve<{ content: Record<string, { schema: { $ref: string } }> }>(spec, post.requestBody).content['application/json']!.schema.$ref);
      const component = schemaRef.split('/').pop()!;
      const example = spec.components.schemas[component]!.example as { type: string; data: unknown };
      expect(example, `${name} has an example`).toBeDefined();
      expect(example.type).toBe(name);
      const validate = ajv.getSchema(refTo('response', component))!;
      expect(validate(example), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
