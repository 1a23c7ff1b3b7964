// The access log: every response carries X-Request-Id, and each request is
// logged once, when it ends (never its headers, query or body, and share
// tokens cut out of its path: they may hold secrets).
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from '../../logging/logger.js';
import { redactPath, shareTokenPrefixes } from '../../logging/redact-path.js';
import type { RequestState } from '../context.js';
import { headerNames } from '../../../generated/constants.js';

// randomUUID draws from a cached batch of entropy: cheaper per request than randomBytes.
const newRequestId = () => `req_${randomUUID().replace(/-/g, '').slice(0, 24)}`;

/** `sharePagePath`: the path of SHARE_BASE_URL, where the client's page answers `/<token>`. */
export function accessLog(logger: Logger, sharePagePath: string): Middleware<RequestState> {
  const prefixes = shareTokenPrefixes(sharePagePath);
  // Its lines hold only the fields below (the path with share tokens cut out), none of the paths the logger
  // redacts: redaction, a walk of every line, is left out of this logger's (made once, here).
  const requests = logger.child({}, { redact: [] });
  return async (ctx, next) => {
    const id = newRequestId();
    ctx.state.requestId = id;
    ctx.set(headerNames.XRequestId, id);
    const started = performance.now();
    try {
      await next();
    } finally {
      requests.info(
        {
          request_id: id,
          method: ctx.method,
          path: redactPath(ctx.path, prefixes),
          status: ctx.status,
          duration_ms: Math.round((performance.now() - started) * 100) / 100,
          account_id: ctx.state.apiKey?.account.id,
        },
        'request',
      );
    }
  };
}
