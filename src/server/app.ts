// createApp: the Koa application, its routes mounted from the generated
// operation table, one handler per operationId. No module-level state: every
// dependency comes in, so tests run isolated servers side by side.
import Koa from 'koa';
import Router from '@koa/router';
import { basePath, operations, type OperationDefinition, type OperationId } from '../../generated/operations.js';
import { createApiKeyVerifier } from '../accounts/api-key-cache.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config/index.js';
import type { Database } from '../db/connect.js';
import { ApiError } from '../errors/index.js';
import type { Logger } from '../logging/logger.js';
import { MemoryRateLimitStore, type RateLimitStore } from '../rate-limit/rate-limit.js';
import type { HandlerInput, HandlerTable, RequestState, Services } from './context.js';
import { handlers as defaultHandlers } from './handlers/index.js';
import { authenticateApiKeyRequest } from './middleware/authenticate.js';
import { errorEnvelope } from './middleware/errors.js';
import { requestId } from './middleware/request-id.js';
import { validateRequest } from './middleware/validate.js';
import { send } from './respond.js';

export interface AppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  rateLimitStore?: RateLimitStore;
  handlers?: HandlerTable;
}

/** Every operationId has exactly one handler, and every handler an operation. */
export function checkHandlers(table: readonly OperationDefinition[], handlers: Record<string, unknown>): void {
  const ids = new Set(table.map((o) => o.operationId));
  const missing = [...ids].filter((id) => typeof handlers[id] !== 'function');
  const extra = Object.keys(handlers).filter((id) => !ids.has(id));
  if (missing.length || extra.length) {
    throw new Error(
      `Handlers do not match openapi.yaml:${missing.length ? ` missing ${missing.join(', ')};` : ''}${extra.length ? ` no such operation ${extra.join(', ')};` : ''}`,
    );
  }
}

export function createApp(options: AppOptions): Koa<RequestState> {
  const handlers = options.handlers ?? defaultHandlers;
  checkHandlers(operations, handlers);
  const services: Services = {
    config: options.config,
    database: options.database,
    db: options.database.db,
    clock: options.clock,
    logger: options.logger,
  };
  const rateLimits = options.rateLimitStore ?? new MemoryRateLimitStore();
  const verify = createApiKeyVerifier(services.db, services.clock, options.config.apiKeyCacheSeconds);
  const apiKeyAuth = authenticateApiKeyRequest(services, verify, rateLimits);

  const app = new Koa<RequestState>();
  // Koa's own error printing is replaced by the envelope middleware and pino.
  app.silent = true;
  app.use(requestId(options.logger));
  app.use(errorEnvelope(options.logger));

  const router = new Router<RequestState>({ prefix: basePath });
  for (const operation of operations as readonly OperationDefinition[]) {
    const handler = handlers[operation.operationId as OperationId] as (input: HandlerInput<OperationId>) => ReturnType<HandlerTable[OperationId]>;
    const chain = [
      ...(operation.auth === 'apiKey' ? [apiKeyAuth] : []),
      validateRequest(operation, options.config.jsonBodyLimit),
      async (ctx: Koa.ParameterizedContext<RequestState>) => {
        const result = await handler({
          params: ctx.state.params,
          query: ctx.state.query,
          body: ctx.state.body,
          account: ctx.state.account!,
          requestId: ctx.state.requestId,
          headers: ctx.headers,
          services,
        } as HandlerInput<OperationId>);
        send(ctx, result);
      },
    ];
    router.register(operation.routerPath, [operation.method], chain as never, { name: operation.operationId });
  }
  app.use(router.routes());

  // Unmatched: 405 when the path exists with other methods, 404 otherwise.
  app.use(async (ctx) => {
    const match = router.match(ctx.path, ctx.method);
    const allowed = [...new Set(match.path.flatMap((layer) => layer.methods))];
    if (allowed.length) {
      throw new ApiError('method_not_allowed', `${ctx.method} is not allowed on this path`, { allowed }, { Allow: allowed.join(', ') });
    }
    throw new ApiError('not_found', 'No such route', { path: ctx.path });
  });
  return app;
}
