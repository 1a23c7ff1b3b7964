// The operation table: one row per operationId, from which the server mounts
// its routes, plus the JSON Schemas each row's validators are compiled from.
// Built by one transform per OpenAPI object (transform/), as openapi-typescript's are.
// The row types are shared: generated/operations.ts declares its table with them.
import { operationsOf, type JsonObject, type OpenApiDocument } from './spec.js';
import { transformParameters } from './transform/parameters.js';
import { transformRequestBody } from './transform/request-body.js';
import { transformResponses } from './transform/responses.js';
import { transformSecurity } from './transform/security.js';
import { transformConditional } from './transform/conditional.js';

export type RequestPart = 'params' | 'query' | 'headers' | 'body';
export type HttpMethodName = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface ParameterRow {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  /** Message used when this parameter is invalid (path ids), e.g. "Invalid gallery ID format". */
  readonly invalidMessage: string | null;
  /** The schema's type and format (after resolving a component), for the checks Ajv's coercion cannot make. */
  readonly type: string | null;
  readonly format: string | null;
}

/** `V` is how a validator is referred to: its export name while generating, the compiled function in generated/. */
export interface ResponseRow<V = string> {
  readonly status: number;
  readonly contentTypes: readonly string[];
  /** The response headers the spec documents, as named there. */
  readonly headers: readonly string[];
  /** The response validator (application/json bodies only). */
  readonly validator: V | null;
  /** Its export name in validators/responses.js (for tools outside TypeScript, e.g. Dredd hooks). */
  readonly validatorName?: string | null;
}

export interface OperationRow<V = string> {
  readonly operationId: string;
  readonly method: HttpMethodName;
  /** Path as written in openapi.yaml, e.g. /galleries/{id}. */
  readonly path: string;
  /** Same path in @koa/router syntax, e.g. /galleries/:id. */
  readonly routerPath: string;
  readonly tag: string;
  /** The security scheme (a key of components.securitySchemes) whose middleware guards it, or 'none'. */
  readonly security: string;
  readonly parameters: readonly ParameterRow[];
  /** Query parameters the handler always receives, with their defaults. */
  readonly queryDefaults: Readonly<Record<string, unknown>>;
  readonly requestBody: { readonly required: boolean; readonly contentTypes: readonly string[] } | null;
  /** JSON body fields (dotted paths) whose format is uuid: normalised to lower case at the edge. */
  readonly uuidBodyFields: readonly string[];
  /** The request validators, by part. */
  readonly validators: { readonly [P in RequestPart]?: V };
  readonly responses: readonly ResponseRow<V>[];
  /**
   * Where a GET's ETag comes from (`x-etag`): `account` — the account's
   * version, known before the handler runs, so a fresh copy is answered 304
   * without it; `resource` — the resource's own version (x-etag-resource), also
   * known before the handler runs; `content` — the handler's own (a file,
   * /health); `none` for every other method.
   */
  readonly etag: EtagSource;
  /** `x-answers-not-modified`: a GET with a side effect that must happen even on a 304; its handler answers 304 itself. */
  readonly answersNotModified: boolean;
  /**
   * `x-etag-resource`: the resource whose own version is its ETag — on a GET with `x-etag: resource`, and on the
   * writes that answer it or take `If-Match` (PATCH, DELETE, a create's 201).
   */
  readonly etagResource: EtagResource | null;
}

export type EtagSource = 'account' | 'content' | 'resource' | 'none';
/** The resources with a version of their own (x-etag-resource), whose ETag a write's If-Match is compared with. */
export type EtagResource = 'gallery' | 'photo' | 'webhook';

export interface SchemaToCompile {
  exportName: string;
  schema: JsonObject;
}

export interface OperationTable {
  rows: OperationRow[];
  /** Path params, query and headers: compiled with type coercion and defaults. */
  parameterSchemas: SchemaToCompile[];
  /** JSON request bodies: compiled without coercion (a string is not a number). */
  bodySchemas: SchemaToCompile[];
  /** JSON responses: compiled for tests and contract checks. */
  responseSchemas: SchemaToCompile[];
}

export function buildOperationTable(doc: OpenApiDocument): OperationTable {
  const table: OperationTable = { rows: [], parameterSchemas: [], bodySchemas: [], responseSchemas: [] };
  const seen = new Set<string>();

  for (const { path, method, operation, parameters } of operationsOf(doc)) {
    const id = operation.operationId;
    if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    if (seen.has(id)) throw new Error(`Duplicate operationId ${id}`);
    seen.add(id);

    const params = transformParameters(id, parameters, doc.components.schemas);
    const body = transformRequestBody(doc, id, operation.requestBody);
    const responses = transformResponses(doc, id, operation.responses);

    table.parameterSchemas.push(...params.schemas);
    if (body.schema) table.bodySchemas.push(body.schema);
    for (const schema of responses.schemas) {
      if (!table.responseSchemas.some((s) => s.exportName === schema.exportName)) table.responseSchemas.push(schema);
    }

    table.rows.push({
      operationId: id,
      method: method.toUpperCase() as HttpMethodName,
      path,
      routerPath: path.replace(/\{([^}]+)\}/g, ':$1'),
      tag: operation.tags?.[0] ?? 'default',
      security: transformSecurity(doc, id, operation.security ?? doc.security ?? []),
      parameters: params.rows,
      queryDefaults: params.queryDefaults,
      requestBody: body.requestBody,
      uuidBodyFields: body.uuidFields,
      validators: {
        ...(params.validators.params ? { params: params.validators.params } : {}),
        query: params.validators.query,
        ...(params.validators.headers ? { headers: params.validators.headers } : {}),
        ...(body.validator ? { body: body.validator } : {}),
      },
      responses: responses.rows,
      ...transformConditional(id, method, operation),
    });
  }
  return table;
}
