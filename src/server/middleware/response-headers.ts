// Headers every answer carries: no MIME sniffing, no caching of API answers
// (previews of photos excepted: they never change), and CORS on the share-link
// routes only — a client page on any origin uses them; API-key routes are
// server-to-server and get no CORS headers.
import cors from '@koa/cors';
import type { Middleware } from 'koa';
import type { RequestState } from '../context.js';

export function responseHeaders(sharePrefix: string): Middleware<RequestState> {
  const shareCors = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowHeaders: ['Content-Type', 'X-Share-Access-Token'],
    exposeHeaders: ['X-Request-Id', 'Retry-After', 'Content-Disposition'],
    maxAge: 600,
  });
  return async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'no-store');
    try {
      if (ctx.path.startsWith(sharePrefix)) await shareCors(ctx, next);
      else await next();
    } finally {
      if (ctx.status === 200 && ctx.path.endsWith('/preview') && ctx.response.type === 'image/webp') {
        ctx.set('Cache-Control', 'private, max-age=86400, immutable');
      }
    }
  };
}
