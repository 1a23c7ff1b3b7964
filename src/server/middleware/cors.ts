// CORS for the operations of one security scheme, mounted with them: the
// share-link routes (ShareAccessToken) are called from the client's page on
// any origin; API-key routes are server-to-server and get no CORS headers.
// The headers a page may send and read come from the spec: the scheme's
// credential header, and every response header its operations document.
import cors from '@koa/cors';
import type { Middleware } from 'koa';
import type { OperationDefinition } from '../../../generated/operations.js';
import type { RequestState } from '../context.js';

export function corsFor(operations: readonly OperationDefinition[], credentialHeader: string): Middleware<RequestState> {
  const methods = [...new Set(operations.map((o) => o.method))];
  const exposed = [...new Set(operations.flatMap((o) => o.responses.flatMap((r) => r.headers)))].sort();
  return cors({
    origin: '*',
    allowMethods: methods,
    allowHeaders: ['Content-Type', credentialHeader],
    exposeHeaders: exposed,
    maxAge: 600,
  }) as Middleware<RequestState>;
}
