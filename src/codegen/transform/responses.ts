// Response Objects → one row per documented status (media types, response
// validator). A response that is just a component shares that component's validator.
import { toJsonSchema } from '../json-schema.js';
import { resolve, type JsonObject, type OpenApiDocument } from '../spec.js';
import type { ResponseRow, SchemaToCompile } from '../operation-table.js';

export interface ResponsesTransform {
  rows: ResponseRow[];
  schemas: SchemaToCompile[];
}

export function transformResponses(doc: OpenApiDocument, operationId: string, responses: Record<string, JsonObject>): ResponsesTransform {
  const rows: ResponseRow[] = [];
  const schemas: SchemaToCompile[] = [];
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^\d{3}$/.test(status)) throw new Error(`${operationId}: response '${status}' is not an HTTP status (ranges and default are not supported)`);
    const response = resolve(doc, raw) as { content?: Record<string, JsonObject>; headers?: Record<string, JsonObject> };
    const content = response.content ?? {};
    const json = content['application/json'];
    let validator: string | null = null;
    if (json?.schema) {
      const component = /^#\/components\/schemas\/(\w+)$/.exec(String((json.schema as JsonObject).$ref ?? ''));
      validator = component ? component[1]! : `${operationId}Response${status}`;
      schemas.push({ exportName: validator, schema: toJsonSchema(json.schema, 'response', doc.components.schemas) as JsonObject });
    }
    rows.push({ status: Number(status), contentTypes: Object.keys(content), headers: Object.keys(response.headers ?? {}), validator });
  }
  return { rows, schemas };
}
