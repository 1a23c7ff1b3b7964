// The spec's `links` (test/contract/links.ts): every creation links to every
// operation on what it made, and following them on a live server works —
// what a stateful tester (Schemathesis and others) does with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { form, jpeg } from '../support/images.js';
import { ROOT } from '../support/paths.js';
import { describeOnEachDatabase } from '../support/server.js';
import { LINKED_CREATIONS, linkTargets } from './links.js';

type Link = { operationId: string; parameters: Record<string, string> };
const spec = parse(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8'));
const operations = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const byId = new Map(operations.map((o) => [o.op.operationId as string, o]));

it('every creation links to every operation on what it made, with the parameters those need', () => {
  for (const creation of LINKED_CREATIONS) {
    const links = byId.get(creation.operationId)!.op.responses[creation.status].links as Record<string, Link>;
    const expected = Object.fromEntries(linkTargets(spec, creation).map((t) => [t.name, { operationId: t.operationId, parameters: t.parameters }]));
    expect(Object.fromEntries(Object.entries(links ?? {}).map(([name, l]) => [name, { operationId: l.operationId, parameters: l.parameters }])), creation.operationId).toEqual(expected);
  }
});

it('every POST answering a Location (something new to go to) is a linked creation', () => {
  const withLocation = operations.filter(({ method, op }) => method === 'POST' && Object.values(op.responses as Record<string, any>).some((r) => r.headers?.Location));
  expect(withLocation.length).toBeGreaterThan(0);
  for (const { op } of withLocation) expect(LINKED_CREATIONS.map((c) => c.operationId), op.operationId).toContain(op.operationId);
});

/** A runtime expression of a link, against the creation's request path and answer. */
function evaluate(expression: string, requestPath: Record<string, string>, body: unknown): string {
  if (expression.startsWith('$request.path.')) return requestPath[expression.slice('$request.path.'.length)]!;
  const pointer = /^\$response\.body#(.*)$/.exec(expression)?.[1];
  if (pointer === undefined) throw new Error(`unsupported runtime expression ${expression}`);
  return pointer.split('/').slice(1).reduce<any>((value, part) => value?.[part], body);
}

describeOnEachDatabase('following the links', (server) => {
  it('each creation, then every operation it links to, on what it made: found, and answered as documented', async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Linked', selection: { enabled: true, min: 0, max: 3 } } })).body.data;
    const webhook = (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/h', events: ['gallery.created'] } })).body.data;
    const delivery = (await server().request('POST', `/webhooks/${webhook.id}/test`, { key })).body.data;
    const requests: Record<string, () => Promise<{ requestPath: Record<string, string>; body: unknown }>> = {
      createGallery: async () => ({ requestPath: {}, body: (await server().request('POST', '/galleries', { key, body: { name: 'Made to follow' } })).body }),
      uploadPhotos: async () => ({ requestPath: { id: gallery.id }, body: (await server().request('POST', `/galleries/${gallery.id}/photos`, { key, form: form([{ name: 'a.jpg', bytes: await jpeg() }]) })).body }),
      createWebhook: async () => ({ requestPath: {}, body: (await server().request('POST', '/webhooks', { key, body: { url: 'https://example.com/follow', events: ['gallery.deleted'] } })).body }),
      testWebhook: async () => ({ requestPath: { id: webhook.id }, body: (await server().request('POST', `/webhooks/${webhook.id}/test`, { key })).body }),
      redeliverWebhookDelivery: async () => ({
        requestPath: { id: webhook.id, delivery_id: delivery.id },
        body: (await server().request('POST', `/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`, { key })).body,
      }),
    };
    for (const creation of LINKED_CREATIONS) {
      const { requestPath, body } = await requests[creation.operationId]!();
      const links = Object.values(byId.get(creation.operationId)!.op.responses[creation.status].links as Record<string, Link>);
      // Deletions last: the other operations need what they would delete.
      links.sort((a, b) => Number(byId.get(a.operationId)!.method === 'DELETE') - Number(byId.get(b.operationId)!.method === 'DELETE'));
      for (const link of links) {
        const target = byId.get(link.operationId)!;
        const path = target.path.replace(/\{([^}]+)\}/g, (_, name: string) => evaluate(link.parameters[name]!, requestPath, body));
        const example = target.op.requestBody?.content?.['application/json']?.example;
        const multipart = target.op.requestBody?.content?.['multipart/form-data'];
        const res = await server().request(target.method, path, { key, body: example, form: multipart ? form([{ name: 'b.jpg', bytes: await jpeg() }]) : undefined });
        expect(res.status, `${creation.operationId} → ${link.operationId} ${target.method} ${path}: ${res.text}`).toBeLessThan(300);
      }
    }
  });
});
