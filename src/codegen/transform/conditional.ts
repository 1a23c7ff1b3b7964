// `x-etag` and `x-answers-not-modified` → how a GET takes part in conditional
// requests. Behaviour belongs to the operation's declaration, not to code
// that checks its name (Fastify's route options are the model).
import type { HttpMethod, OperationObject } from '../spec.js';
import type { EtagResource, EtagSource } from '../operation-table.js';

const SOURCES: readonly EtagSource[] = ['account', 'content', 'resource', 'none'];
const RESOURCES: readonly EtagResource[] = ['gallery', 'photo', 'webhook'];

export function transformConditional(
  operationId: string,
  method: HttpMethod,
  operation: OperationObject & { 'x-etag'?: unknown; 'x-answers-not-modified'?: unknown; 'x-etag-resource'?: unknown },
): { etag: EtagSource; answersNotModified: boolean; etagResource: EtagResource | null } {
  const resource = operation['x-etag-resource'];
  if (resource !== undefined && !RESOURCES.includes(resource as EtagResource)) throw new Error(`${operationId}: x-etag-resource must be one of ${RESOURCES.join(', ')}`);
  const etagResource = (resource as EtagResource | undefined) ?? null;
  const declared = operation['x-etag'];
  const answers = operation['x-answers-not-modified'];
  if (declared !== undefined && !SOURCES.includes(declared as EtagSource)) {
    throw new Error(`${operationId}: x-etag must be one of ${SOURCES.join(', ')}, got ${JSON.stringify(declared)}`);
  }
  if (answers !== undefined && typeof answers !== 'boolean') throw new Error(`${operationId}: x-answers-not-modified must be true or false`);
  if (method !== 'get') {
    if (declared !== undefined && declared !== 'none') throw new Error(`${operationId}: only GETs have an ETag source (x-etag)`);
    if (answers) throw new Error(`${operationId}: only GETs answer 304 (x-answers-not-modified)`);
    return { etag: 'none', answersNotModified: false, etagResource };
  }
  const etag = (declared as EtagSource | undefined) ?? 'account';
  if ((etag === 'resource') !== (etagResource !== null)) throw new Error(`${operationId}: x-etag: resource goes with x-etag-resource, and only with it`);
  if (answers && etag !== 'account') throw new Error(`${operationId}: x-answers-not-modified needs the account's ETag (x-etag: account)`);
  const has304 = Object.keys(operation.responses).includes('304');
  if (etag !== 'none' && !has304) throw new Error(`${operationId}: a GET with an ETag (x-etag: ${etag}) must document its 304`);
  return { etag, answersNotModified: answers === true, etagResource };
}
