// The client's gallery page (web/, built by Vite into web/dist) served at the
// share_url path: `<SHARE_BASE_URL path>/<token>` answers the page, and
// `<path>/assets/<file>` its hashed, immutable assets. The page then talks to
// the share-link routes of this server.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Middleware } from 'koa';
import { basePath } from '../../generated/constants.js';
import { ApiError } from '../errors/index.js';
import { SHARE_TOKEN_SHAPE } from '../share/share-access.js';
import type { RequestState } from './context.js';

/** The repository's root: from src/server (sources), dist/src/server (compiled) or dist/ (the bundle), the first folder up with web/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, 'web')); i++) dir = dirname(dir);
  return dir;
}

export const WEB_DIST = join(projectRoot(), 'web', 'dist');

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2', ico: 'image/x-icon' };
const ASSET = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.(js|css|svg|png|woff2|ico)$/;

/** The page's security policy: only this origin's scripts, styles, images and API. */
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function sharePage(prefix: string, dist = WEB_DIST): Middleware<RequestState> {
  let html: Promise<string> | null = null;
  const page = () =>
    (html ??= readFile(join(dist, 'index.html'), 'utf8')
      .then((text) => text.replace(/(<meta name="piksend-api-url" content=")[^"]*(")/, `$1${basePath}$2`))
      .catch((err: unknown) => {
        html = null;
        throw err;
      }));
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(`${prefix}/`)) return next();
    const rest = ctx.path.slice(prefix.length + 1);
    if (rest.startsWith('assets/')) {
      const name = rest.slice('assets/'.length);
      const file = join(dist, 'assets', name);
      if (!ASSET.test(name) || !(await stat(file).catch(() => null))?.isFile()) throw new ApiError('not_found', 'No such file', { path: ctx.path });
      ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
      ctx.type = TYPES[name.split('.').pop()!]!;
      ctx.body = createReadStream(file);
      return;
    }
    if (!SHARE_TOKEN_SHAPE.test(rest)) return next();
    const text = await page().catch(() => {
      throw new ApiError('not_found', 'The client page is not built on this server (npm run build:web)', { path: ctx.path });
    });
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Content-Security-Policy', CSP);
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = text;
  };
}
