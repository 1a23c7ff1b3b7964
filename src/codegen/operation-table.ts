// The operation table: one row per operationId, from which the server mounts
// its routes, plus the JSON Schemas each row's validators are compiled from.
import { resolve, operationsOf, type JsonObject, type OpenApiDocument, type ParameterObject } from './spec.js';
import { toJsonSchema } from './json-schema.js';

export type Auth = 'apiKey' | 'shareAccess' | 'none';
export type RequestPart = 'params' | 'query' | 'headers' | 'body';

export interface ParameterRow {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** Message used when this parameter is invalid (path ids), e.g. "Invalid gallery ID format". */
  invalidMessage: string | null;
}

export interface ResponseRow {
  status: number;
  contentTypes: string[];
  /** Export name of the response validator (application/json bodies only). */
  validator: string | null;
}

export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  routerPath: string;
  tag: string;
  auth: Auth;
  parameters: ParameterRow[];
  requestBody: { required: boolean; contentTypes: string[] } | null;
  /** Export names of the request validators, by part. */
  validators: Partial<Record<RequestPart, string>>;
  responses: ResponseRow[];
}

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

function authOf(security: Record<string, string[]>[]): Auth {
  const schemes = security.flatMap((requirement) => Object.keys(requirement));
  if (schemes.includes('ApiKey')) return 'apiKey';
  if (schemes.includes('ShareAccessToken')) return 'shareAccess';
  if (schemes.length === 0) return 'none';
  throw new Error(`Unknown security schemes ${schemes.join(', ')}`);
}

function parametersSchema(
  parameters: ParameterObject[],
  components: Record<string, JsonObject>,
  closed: boolean,
  nameOf: (p: ParameterObject) => string = (p) => p.name,
): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    properties[nameOf(parameter)] = toJsonSchema(parameter.schema, 'request', components);
    if (parameter.required) required.push(nameOf(parameter));
  }
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: !closed,
  };
}

export function buildOperationTable(doc: OpenApiDocument): OperationTable {
  const components = doc.components.schemas;
  const table: OperationTable = { rows: [], parameterSchemas: [], bodySchemas: [], responseSchemas: [] };
  const seen = new Set<string>();

  for (const { path, method, operation, parameters } of operationsOf(doc)) {
    const id = operation.operationId;
    if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    if (seen.has(id)) throw new Error(`Duplicate operationId ${id}`);
    seen.add(id);

    const validators: Partial<Record<RequestPart, string>> = {};
    const byLocation = (where: ParameterObject['in']) => parameters.filter((p) => p.in === where);
    const pathParams = byLocation('path');
    const queryParams = byLocation('query');
    const headerParams = byLocation('header');
    if (byLocation('cookie').length) throw new Error(`${id}: cookie parameters are not supported`);

    if (pathParams.length) {
      validators.params = `${id}Params`;
      table.parameterSchemas.push({ exportName: validators.params, schema: parametersSchema(pathParams, components, true) });
    }
    // Query validators exist for every operation: an unknown query parameter is an error, not ignored.
    validators.query = `${id}Query`;
    table.parameterSchemas.push({ exportName: validators.query, schema: parametersSchema(queryParams, components, true) });
    if (headerParams.length) {
      validators.headers = `${id}Headers`;
      table.parameterSchemas.push({
        exportName: validators.headers,
        schema: parametersSchema(headerParams, components, false, (p) => p.name.toLowerCase()),
      });
    }

    let requestBody: OperationRow['requestBody'] = null;
    if (operation.requestBody) {
      const body = resolve(doc, operation.requestBody) as { required?: boolean; content: Record<string, JsonObject> };
      requestBody = { required: body.required === true, contentTypes: Object.keys(body.content) };
      const json = body.content['application/json'];
      if (json) {
        validators.body = `${id}Body`;
        table.bodySchemas.push({
          exportName: validators.body,
          schema: toJsonSchema(json.schema, 'request', components) as JsonObject,
        });
      }
    }

    const responses: ResponseRow[] = [];
    for (const [status, raw] of Object.entries(operation.responses)) {
      const response = resolve(doc, raw) as { content?: Record<string, JsonObject> };
      const content = response.content ?? {};
      const json = content['application/json'];
      let validator: string | null = null;
      if (json?.schema) {
        // A response that is just a component (most are) shares that component's validator.
        const component = /^#\/components\/schemas\/(\w+)$/.exec(String((json.schema as JsonObject).$ref ?? ''));
        validator = component ? component[1]! : `${id}Response${status}`;
        if (!table.responseSchemas.some((s) => s.exportName === validator)) {
          table.responseSchemas.push({
            exportName: validator,
            schema: toJsonSchema(json.schema, 'response', components) as JsonObject,
          });
        }
      }
      responses.push({ status: Number(status), contentTypes: Object.keys(content), validator });
    }

    table.rows.push({
      operationId: id,
      method: method.toUpperCase(),
      path,
      routerPath: path.replace(/\{([^}]+)\}/g, ':$1'),
      tag: operation.tags?.[0] ?? 'default',
      auth: authOf(operation.security ?? doc.security ?? []),
      parameters: parameters.map((p) => ({
        name: p.in === 'header' ? p.name.toLowerCase() : p.name,
        in: p.in as ParameterRow['in'],
        required: p.required === true,
        invalidMessage: p['x-invalid-message'] ?? null,
      })),
      requestBody,
      validators,
      responses,
    });
  }
  return table;
}
