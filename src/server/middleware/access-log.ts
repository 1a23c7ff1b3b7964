// The access log: every response carries X-Request-Id, and each request is
// logged once, when it ends (never its headers or body: they may hold secrets).
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../../logging/logger.js';
import type { RequestState } from '../context.js';
import { headerNames } from '../../../generated/constants.js';

// randomUUID draws from a cached batch of entropy: cheaper per request than randomBytes.
const newRequestId = () => `req_${randomUUID().replace(/-/g, '').slice(0, 24)}`;

export function accessLog(logger: Logger): Middleware<RequestState> {
  return async (ctx, next) => {
    const id = newRequestId();
    ctx.state.requestId = id;
    ctx.set(headerNames.XRequestId, id);
    const started = performance.now();
    try {
      await next();
    } finally {
      logger.info(
        {
          request_id: id,
          method: ctx.method,
          path: ctx.path,
          status: ctx.status,
          duration_ms: Math.round((performance.now() - started) * 100) / 100,
          account_id: ctx.state.apiKey?.account.id,
        },
        'request',
      );
    }
  };
}
