// Parameter Objects → the request validators of one operation (path, query,
// header), the rows the server reads (names, locations, invalid messages) and
// the query defaults the handler can rely on.
import { toJsonSchema } from '../json-schema.js';
import type { JsonObject, ParameterObject } from '../spec.js';
import type { ParameterRow, SchemaToCompile } from '../operation-table.js';

export interface ParametersTransform {
  rows: ParameterRow[];
  validators: { params?: string; query: string; headers?: string };
  schemas: SchemaToCompile[];
  /** Query parameters with a `default`, and that default: the handler always receives them. */
  queryDefaults: Record<string, unknown>;
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
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: !closed };
}

const headerName = (p: ParameterObject) => p.name.toLowerCase();

export function transformParameters(
  operationId: string,
  parameters: ParameterObject[],
  components: Record<string, JsonObject>,
): ParametersTransform {
  const byLocation = (where: ParameterObject['in']) => parameters.filter((p) => p.in === where);
  if (byLocation('cookie').length) throw new Error(`${operationId}: cookie parameters are not supported`);
  const pathParams = byLocation('path');
  const queryParams = byLocation('query');
  const headerParams = byLocation('header');

  const schemas: SchemaToCompile[] = [];
  // Query validators exist for every operation: an unknown query parameter is an error, not ignored.
  const validators: ParametersTransform['validators'] = { query: `${operationId}Query` };
  schemas.push({ exportName: validators.query, schema: parametersSchema(queryParams, components, true) });
  if (pathParams.length) {
    validators.params = `${operationId}Params`;
    schemas.unshift({ exportName: validators.params, schema: parametersSchema(pathParams, components, true) });
  }
  if (headerParams.length) {
    validators.headers = `${operationId}Headers`;
    schemas.push({ exportName: validators.headers, schema: parametersSchema(headerParams, components, false, headerName) });
  }

  const queryDefaults: Record<string, unknown> = {};
  for (const p of queryParams) if (p.schema && 'default' in p.schema) queryDefaults[p.name] = p.schema.default;

  const resolved = (p: ParameterObject): JsonObject => {
    const ref = /^#\/components\/schemas\/([^/]+)$/.exec(String(p.schema?.$ref ?? ''));
    return ref ? (components[ref[1]!] ?? {}) : (p.schema ?? {});
  };
  return {
    rows: parameters.map((p) => ({
      name: p.in === 'header' ? headerName(p) : p.name,
      in: p.in as ParameterRow['in'],
      required: p.required === true,
      invalidMessage: p['x-invalid-message'] ?? null,
      type: typeof resolved(p).type === 'string' ? (resolved(p).type as string) : null,
      format: typeof resolved(p).format === 'string' ? (resolved(p).format as string) : null,
    })),
    validators,
    schemas,
    queryDefaults,
  };
}
