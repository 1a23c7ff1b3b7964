// OpenAPI `links`: from each operation that creates something to every
// operation on what it created, so stateful testers (and readers) can chain
// "create, then get / patch / delete it". Which operations a creation must link
// to is derived from the paths: every operation under the created resource's
// path whose path parameters the creation's request and answer supply.
// test/contract/links.test.ts holds openapi.yaml to this, and follows the links.

export interface LinkedCreation {
  operationId: string;
  status: string;
  /** Path prefix of what it made, with the parameter that names it. */
  resourcePath: string;
  /** Where each path parameter comes from: the creation's request path or its answer (runtime expressions). */
  parameters: Record<string, string>;
}

export const LINKED_CREATIONS: readonly LinkedCreation[] = [
  { operationId: 'createGallery', status: '201', resourcePath: '/galleries/{id}', parameters: { id: '$response.body#/data/id' } },
  { operationId: 'uploadPhotos', status: '201', resourcePath: '/galleries/{id}/photos/{photo_id}', parameters: { id: '$request.path.id', photo_id: '$response.body#/data/0/id' } },
  { operationId: 'createWebhook', status: '201', resourcePath: '/webhooks/{id}', parameters: { id: '$response.body#/data/id' } },
  { operationId: 'testWebhook', status: '202', resourcePath: '/webhooks/{id}/deliveries/{delivery_id}', parameters: { id: '$request.path.id', delivery_id: '$response.body#/data/id' } },
  { operationId: 'redeliverWebhookDelivery', status: '202', resourcePath: '/webhooks/{id}/deliveries/{delivery_id}', parameters: { id: '$request.path.id', delivery_id: '$response.body#/data/id' } },
];

type Spec = { paths: Record<string, Record<string, { operationId?: string; summary?: string }>> };
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];
const paramsOf = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

/** The operations a creation must link to: under its resource's path, with every path parameter supplied. */
export function linkTargets(spec: Spec, creation: LinkedCreation) {
  const out: { name: string; operationId: string; parameters: Record<string, string>; description: string }[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    if (path !== creation.resourcePath && !path.startsWith(`${creation.resourcePath}/`)) continue;
    if (!paramsOf(path).every((p) => p in creation.parameters)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId || op.operationId === creation.operationId) continue;
      const name = op.operationId.charAt(0).toUpperCase() + op.operationId.slice(1);
      out.push({
        name,
        operationId: op.operationId,
        parameters: Object.fromEntries(paramsOf(path).map((p) => [p, creation.parameters[p]!])),
        description: `${op.summary ?? op.operationId}: on what this created.`,
      });
    }
  }
  return out;
}
