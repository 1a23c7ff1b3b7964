// Placeholder until the server-core issue: serves GET /api/v1/health and
// answers every other documented operation with 501 in the error envelope.
import { randomUUID } from 'node:crypto';
import Koa from 'koa';
import Router from '@koa/router';
import { apiVersion, basePath, operations } from '../../generated/operations.js';

export function createApp(): Koa {
  const app = new Koa();
  const router = new Router({ prefix: basePath });
  app.use(async (ctx, next) => {
    ctx.set('X-Request-Id', `req_${randomUUID().replace(/-/g, '')}`);
    await next();
  });
  for (const operation of operations) {
    router.register(operation.routerPath, [operation.method], (ctx) => {
      if (operation.operationId === 'getHealth') {
        ctx.body = { status: 'ok', version: apiVersion, database: { status: 'down', latency_ms: null } };
        return;
      }
      ctx.status = 501;
      ctx.body = { error: { code: 'not_implemented', message: `${operation.operationId} is not implemented yet`, details: null } };
    });
  }
  app.use(router.routes());
  return app;
}
