// Writing a response: JSON is sent as exactly `application/json` (the spec's
// media type, byte for byte), serialized once; other media types as given.
import type { Readable } from 'node:stream';
import type { Context } from 'koa';
import { JsonText } from '../json-text.js';

export interface Response {
  status: number;
  body?: unknown;
  contentType?: string | number | symbol;
  headers?: Record<string, string | undefined>;
}

export function send(ctx: Context, result: Response): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) if (value !== undefined) ctx.set(name, value);
  ctx.status = result.status;
  if (result.body === undefined || result.status === 204 || result.status === 304) {
    ctx.body = null;
    ctx.status = result.status;
    return;
  }
  const contentType = String(result.contentType ?? 'application/json');
  ctx.body =
    contentType !== 'application/json'
      ? (result.body as string | Buffer | Readable)
      : result.body instanceof JsonText
        ? result.body.text
        : JSON.stringify(result.body);
  // After the body: Koa would otherwise pick a type of its own for a stream.
  ctx.set('Content-Type', contentType);
}

export const sendJson = (ctx: Context, result: Omit<Response, 'contentType'>) => send(ctx, result);

export const errorBody = (code: string, message: string, details: Record<string, unknown> | null) => ({
  error: { code, message, details },
});
