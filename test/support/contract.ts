// Every response a test receives is checked against openapi.yaml through the
// generated response validators: status documented for the operation, content
// type as documented, body valid, X-Request-Id present, rate-limit headers on
// authenticated successes.
import { operations, basePath, type OperationDefinition } from '../../generated/operations.js';
import * as responseValidators from '../../generated/validators/responses.js';

const routes = (operations as readonly OperationDefinition[]).map((operation) => ({
  operation,
  pattern: new RegExp(`^${basePath}${operation.routerPath.replace(/:[A-Za-z_]+/g, '[^/]+')}/?$`),
}));

export function operationFor(method: string, path: string): OperationDefinition | undefined {
  const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  return routes.find((r) => r.operation.method === m && r.pattern.test(path))?.operation;
}

export class ContractViolation extends Error {}

export function checkResponse(method: string, url: string, status: number, headers: Headers, text: string): void {
  const path = new URL(url).pathname;
  const where = `${method} ${path} → ${status}`;
  if (!headers.get('x-request-id')) throw new ContractViolation(`${where}: no X-Request-Id`);
  const operation = operationFor(method, path);
  const contentType = headers.get('content-type');

  if (!operation) {
    // Unknown routes and wrong methods answer in the error envelope.
    if (!operation && ![404, 405].includes(status)) throw new ContractViolation(`${where}: unrouted request answered ${status}`);
    if (!responseValidators.Error(JSON.parse(text))) throw new ContractViolation(`${where}: not the error envelope: ${text}`);
    return;
  }
  const documented = operation.responses.find((r) => r.status === status);
  if (!documented) {
    throw new ContractViolation(`${where}: status not documented for ${operation.operationId} (documented: ${operation.responses.map((r) => r.status).join(', ')})`);
  }
  if (documented.contentTypes.length === 0) {
    if (text !== '') throw new ContractViolation(`${where}: documented without a body, got ${text}`);
  } else if (!documented.contentTypes.includes(contentType ?? '')) {
    throw new ContractViolation(`${where}: Content-Type ${contentType}, documented ${documented.contentTypes.join(' | ')}`);
  }
  if (documented.validator) {
    const body = JSON.parse(text);
    if (!documented.validator(body)) {
      throw new ContractViolation(`${where}: body does not match openapi.yaml: ${JSON.stringify(documented.validator.errors)}\n${text}`);
    }
  }
  const success = status < 300 || status === 304;
  // Weak ETags (account-wide, content) or, for versioned resources (x-etag: resource), a strong one.
  const etagPattern = operation.etag === 'resource' ? /^"[^"]+"$/ : /^W\/"[^"]+"$/;
  if (method === 'GET' && success && !etagPattern.test(headers.get('etag') ?? '')) throw new ContractViolation(`${where}: a GET's answer without an ETag of its kind`);
  if (!success && headers.get('etag')) throw new ContractViolation(`${where}: an error with an ETag`);
  // The rate-limit headers wherever the answer documents them (API-key routes, share-link routes).
  for (const name of documented.headers.filter((h) => /^X-RateLimit-/i.test(h))) {
    if (!/^\d+$/.test(headers.get(name) ?? '')) throw new ContractViolation(`${where}: documents ${name} but does not send it`);
  }
  if (operation.security === 'ApiKey' && success && !documented.headers.some((h) => /^X-RateLimit-Limit$/i.test(h))) {
    throw new ContractViolation(`${where}: an authenticated success that does not document X-RateLimit-Limit`);
  }
  if (status === 429 && !/^\d+$/.test(headers.get('retry-after') ?? '')) throw new ContractViolation(`${where}: 429 without Retry-After`);
}
