// A Request Body Object → what the server accepts (media types, required) and
// the strict (non-coercing) validator of its JSON body.
import { toJsonSchema } from '../json-schema.js';
import { resolve, type JsonObject, type OpenApiDocument } from '../spec.js';
import type { OperationRow, SchemaToCompile } from '../operation-table.js';

export interface RequestBodyTransform {
  requestBody: OperationRow['requestBody'];
  validator?: string;
  schema?: SchemaToCompile;
}

export function transformRequestBody(doc: OpenApiDocument, operationId: string, raw: JsonObject | undefined): RequestBodyTransform {
  if (!raw) return { requestBody: null };
  const body = resolve(doc, raw) as { required?: boolean; content: Record<string, JsonObject> };
  const requestBody = { required: body.required === true, contentTypes: Object.keys(body.content) };
  const json = body.content['application/json'];
  if (!json) return { requestBody };
  const validator = `${operationId}Body`;
  return {
    requestBody,
    validator,
    schema: { exportName: validator, schema: toJsonSchema(json.schema, 'request', doc.components.schemas) as JsonObject },
  };
}
