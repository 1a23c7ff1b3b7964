// A Request Body Object → what the server accepts (media types, required) and
// the strict (non-coercing) validator of its JSON body.
import { toJsonSchema } from '../json-schema.js';
import { resolve, type JsonObject, type OpenApiDocument } from '../spec.js';
import type { OperationRow, SchemaToCompile } from '../operation-table.js';

export interface RequestBodyTransform {
  requestBody: OperationRow['requestBody'];
  validator?: string;
  schema?: SchemaToCompile;
  uuidFields: string[];
}

/** Dotted paths of the properties whose format is uuid (components followed, two levels deep). */
function uuidFields(schema: unknown, components: Record<string, JsonObject>, prefix = '', depth = 0): string[] {
  let node = schema as JsonObject | undefined;
  const ref = /^#\/components\/schemas\/([^/]+)$/.exec(String(node?.$ref ?? ''));
  if (ref) node = components[ref[1]!];
  if (!node || depth > 2) return [];
  if (node.format === 'uuid' && prefix) return [prefix];
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  return Object.entries(properties).flatMap(([name, child]) => uuidFields(child, components, prefix ? `${prefix}.${name}` : name, depth + 1));
}

export function transformRequestBody(doc: OpenApiDocument, operationId: string, raw: JsonObject | undefined): RequestBodyTransform {
  if (!raw) return { requestBody: null, uuidFields: [] };
  const body = resolve(doc, raw) as { required?: boolean; content: Record<string, JsonObject> };
  const requestBody = { required: body.required === true, contentTypes: Object.keys(body.content) };
  const json = body.content['application/json'];
  if (!json) return { requestBody, uuidFields: [] };
  const validator = `${operationId}Body`;
  return {
    requestBody,
    validator,
    schema: { exportName: validator, schema: toJsonSchema(json.schema, 'request', doc.components.schemas) as JsonObject },
    uuidFields: uuidFields(json.schema, doc.components.schemas),
  };
}
