// Validation at the edge with the precompiled validators of the operation:
// path params, query and headers (coerced, defaults applied), then the JSON
// body (content type, size, syntax, schema). Handlers only see valid input.
import type { Context, Middleware } from 'koa';
import { hasBody } from '../request-body.js';
import type { CompiledValidator, OperationDefinition } from '../../../generated/operations.js';
import { ApiError } from '../../errors/index.js';
import { describeInvalidInput, describeUnstorableInput, type RequestPart } from '../../validation/describe-invalid-input.js';
import type { RequestState } from '../context.js';

function check(operation: OperationDefinition, part: RequestPart, validate: CompiledValidator, data: unknown): void {
  const invalid = (validate(data) ? null : describeInvalidInput(operation, part, validate.errors![0]!)) ?? describeUnstorableInput(part, data);
  if (!invalid) return;
  const { message, details } = invalid;
  throw new ApiError('invalid_request', message, details);
}

/**
 * koa-body, with what it brings (co-body, raw-body, iconv-lite, formidable, zod), was half of the
 * bundle's bytes: compiled at every start it cost ~30 ms before the first /health. The bundle keeps it in a
 * chunk of its own (this literal import: src/codegen/bundle.ts splits there), read with the first request
 * that has a JSON body.
 */
let koaBody: Promise<typeof import('koa-body')> | undefined;
const loadKoaBody = () => (koaBody ??= import('koa-body'));
const parsers = new Map<number, Promise<Middleware>>();
const jsonParserOf = (limitBytes: number) => {
  let parser = parsers.get(limitBytes);
  if (!parser) {
    parser = loadKoaBody().then(({ koaBody }) => koaBody({ json: true, jsonStrict: true, jsonLimit: limitBytes, urlencoded: false, text: false, multipart: false, patchKoa: true }));
    parsers.set(limitBytes, parser);
  }
  return parser;
};

function jsonBodyParser(limitBytes: number): Middleware {
  return async (ctx, next) => {
    const parse = await jsonParserOf(limitBytes);
    try {
      await parse(ctx, async () => undefined);
    } catch (caught) {
      const err = caught as { status?: number; type?: string };
      if (err.status === 413 || err.type === 'entity.too.large') {
        throw new ApiError('payload_too_large', `Request body exceeds ${limitBytes} bytes`, { limit_bytes: limitBytes });
      }
      if (err.status === 415 || err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
        throw new ApiError('unsupported_media_type', 'Unsupported body encoding or charset', {
          received: [ctx.get('Content-Type'), ctx.get('Content-Encoding')].filter(Boolean).join('; ') || null,
        });
      }
      throw new ApiError('invalid_request', 'Malformed JSON body', { field: 'body', issue: 'Must be valid JSON (an object)' });
    }
    await next();
  };
}

/** Integers in the query are plain decimal: Ajv's coercion (Number()) would take `0x10`, `1e1` or ` 1`. */
const DECIMAL = /^-?[0-9]+$/;

/** UUIDs are case-insensitive: the same id whatever the case it was sent in. */
function lowerCaseAt(value: unknown, path: string[]): void {
  if (!value || typeof value !== 'object') return;
  const [head, ...rest] = path;
  const record = value as Record<string, unknown>;
  if (rest.length) return lowerCaseAt(record[head!], rest);
  if (typeof record[head!] === 'string') record[head!] = (record[head!] as string).toLowerCase();
}

export function validateRequest(operation: OperationDefinition, jsonLimitBytes: number): Middleware<RequestState> {
  const { params, query, headers, body } = operation.validators;
  const parseJson = body ? jsonBodyParser(jsonLimitBytes) : null;
  const bodyRequired = operation.requestBody?.required ?? false;
  const integerQuery = operation.parameters.filter((p) => p.in === 'query' && p.type === 'integer');
  const uuidParams = operation.parameters.filter((p) => p.in === 'path' && p.format === 'uuid').map((p) => p.name);
  const uuidBodyFields = operation.uuidBodyFields.map((f) => f.split('.'));

  return async (ctx, next) => {
    if (params) {
      const values: Record<string, unknown> = { ...ctx.params };
      for (const name of uuidParams) if (typeof values[name] === 'string') values[name] = (values[name] as string).toLowerCase();
      check(operation, 'params', params, values);
      ctx.state.params = values;
    }
    if (query) {
      const values: Record<string, unknown> = { ...ctx.query };
      for (const p of integerQuery) {
        const raw = values[p.name];
        if (typeof raw === 'string' && !DECIMAL.test(raw)) {
          throw new ApiError('invalid_request', `Invalid query parameter '${p.name}'`, { field: p.name, issue: 'Must be an integer in plain decimal digits' });
        }
      }
      check(operation, 'query', query, values);
      ctx.state.query = values;
    }
    if (headers) check(operation, 'headers', headers, { ...ctx.headers });

    if (!operation.requestBody) return next();
    if (!body || !parseJson) {
      // Non-JSON bodies (multipart uploads) are streamed by their handler; only the media type is checked here.
      if (!ctx.is(operation.requestBody.contentTypes as string[])) {
        throw new ApiError('unsupported_media_type', `Content-Type must be ${operation.requestBody.contentTypes.join(' or ')}`, {
          received: ctx.get('Content-Type') || null,
        });
      }
      return next();
    }
    if (!hasBody(ctx.req)) {
      if (bodyRequired) throw new ApiError('invalid_request', 'A JSON request body is required', { field: 'body', issue: 'Is required' });
      ctx.state.body = {};
      check(operation, 'body', body, ctx.state.body);
      return next();
    }
    if (!ctx.is('application/json')) {
      throw new ApiError('unsupported_media_type', 'Content-Type must be application/json', {
        received: ctx.get('Content-Type') || null,
      });
    }
    const charset = ctx.request.charset.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      throw new ApiError('unsupported_media_type', 'JSON bodies must be UTF-8', { received: ctx.get('Content-Type') });
    }
    await parseJson(ctx as unknown as Context, async () => {
      const value = (ctx.request as unknown as { body: unknown }).body;
      for (const path of uuidBodyFields) lowerCaseAt(value, path);
      check(operation, 'body', body, value);
      ctx.state.body = value;
      await next();
    });
  };
}
