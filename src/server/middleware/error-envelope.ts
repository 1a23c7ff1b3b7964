// The one place errors become the envelope. ApiError values keep their code;
// Koa/HTTP errors with a client status get the catalogue code for that status;
// anything else is a 500 that is logged with the request id and shows no internals.
import type { Middleware } from 'koa';
import { errorStatus } from '../../../generated/operations.js';
import { ApiError, type ErrorCode } from '../../errors/index.js';
import { ioFaultError } from '../../errors/io-faults.js';
import type { Logger } from '../../logging/logger.js';
import { redactPath, shareTokenPrefixes } from '../../logging/redact-path.js';
import type { RequestState } from '../context.js';
import { errorBody, sendJson } from '../respond.js';

const CODE_OF_STATUS = new Map<number, ErrorCode>();
for (const [code, status] of Object.entries(errorStatus) as [ErrorCode, number][]) {
  if (!CODE_OF_STATUS.has(status)) CODE_OF_STATUS.set(status, code);
}

export function errorEnvelope(logger: Logger, sharePagePath: string): Middleware<RequestState> {
  const prefixes = shareTokenPrefixes(sharePagePath);
  return async (ctx, next) => {
    try {
      await next();
    } catch (caught) {
      const err = caught as Error & { status?: number; expose?: boolean };
      if (err instanceof ApiError) {
        sendJson(ctx, { status: err.status, headers: err.headers, body: errorBody(err.code, err.message, err.details) });
        return;
      }
      // A full disk, a read-only store, S3 or the database not answering: the client's status, not a 500.
      const fault = ioFaultError(err);
      if (fault) {
        logger.warn({ err, request_id: ctx.state.requestId, method: ctx.method, path: redactPath(ctx.path, prefixes) }, 'storage fault');
        sendJson(ctx, { status: fault.status, headers: { ...fault.headers, ...(err as { headers?: Record<string, string> }).headers }, body: errorBody(fault.code, fault.message, fault.details) });
        return;
      }
      const status = typeof err.status === 'number' ? err.status : errorStatus.internal_error;
      const code = CODE_OF_STATUS.get(status);
      if (status >= 400 && status < 500 && code) {
        sendJson(ctx, { status, body: errorBody(code, err.expose ? err.message : 'Invalid request', null) });
        return;
      }
      logger.error({ err, request_id: ctx.state.requestId, method: ctx.method, path: redactPath(ctx.path, prefixes) }, 'unhandled error');
      sendJson(ctx, {
        status: errorStatus.internal_error,
        body: errorBody('internal_error', 'Something went wrong on our side', { request_id: ctx.state.requestId }),
      });
    }
  };
}
