// Headers every answer carries: no MIME sniffing, and no caching of API
// answers (a response that documents its own Cache-Control, such as a
// preview's, sets it in its handler and wins).
import type { Middleware } from 'koa';
import type { RequestState } from '../context.js';

export function responseHeaders(): Middleware<RequestState> {
  return async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'no-store');
    await next();
  };
}
