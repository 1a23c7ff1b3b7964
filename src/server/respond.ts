// Writing a response: JSON is sent as exactly `application/json` (the spec's
// media type, byte for byte), serialized once.
import type { Context } from 'koa';
import type { HandlerResult } from './context.js';

export function send(ctx: Context, result: HandlerResult): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) ctx.set(name, value);
  ctx.status = result.status;
  if (result.body === undefined || result.status === 204) {
    ctx.body = null;
    ctx.status = result.status;
    return;
  }
  if (result.contentType) {
    ctx.set('Content-Type', result.contentType);
    ctx.body = result.body as string | Buffer;
    return;
  }
  ctx.set('Content-Type', 'application/json');
  ctx.body = JSON.stringify(result.body);
}

export const errorBody = (code: string, message: string, details: Record<string, unknown> | null) => ({
  error: { code, message, details },
});
