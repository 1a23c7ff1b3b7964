// OpenAPI 3.0 Schema Objects → JSON Schema that Ajv compiles in strict mode.
// Two views of every component: what a client may send (readOnly dropped) and
// what the server may answer (writeOnly dropped). With additionalProperties:
// false, a readOnly field sent in a request is then rejected by name.
import type { JsonObject } from './spec.js';

export type SchemaView = 'request' | 'response';

/** Keywords that OpenAPI allows in a schema but JSON Schema (Ajv strict) does not know. */
const OPENAPI_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'readOnly', 'writeOnly']);
/** Formats that carry documentation only (file parts, passwords). */
const DOC_ONLY_FORMATS = new Set(['binary', 'byte', 'password']);

export function componentsId(view: SchemaView): string {
  return `${view}-components.json`;
}

export function refTo(view: SchemaView, name: string): string {
  return `${componentsId(view)}#/definitions/${name}`;
}

function isFlagged(schema: unknown, flag: 'readOnly' | 'writeOnly', components: Record<string, JsonObject>): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const s = schema as JsonObject;
  if (s[flag] === true) return true;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop()!;
    return components[name]?.[flag] === true;
  }
  return false;
}

/** Converts one schema (recursively) for a view; `components` is the spec's components.schemas. */
export function toJsonSchema(schema: unknown, view: SchemaView, components: Record<string, JsonObject>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, view, components));
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as JsonObject;
  if (typeof source.$ref === 'string') {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(source.$ref);
    if (!match) throw new Error(`Unsupported schema reference ${source.$ref}`);
    return { $ref: refTo(view, match[1]!) };
  }
  const hidden: 'readOnly' | 'writeOnly' = view === 'request' ? 'readOnly' : 'writeOnly';
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (key === 'format' && DOC_ONLY_FORMATS.has(value as string)) continue;
    if (key === 'properties') {
      const properties: JsonObject = {};
      for (const [name, property] of Object.entries(value as JsonObject)) {
        if (isFlagged(property, hidden, components)) continue;
        properties[name] = toJsonSchema(property, view, components);
      }
      out.properties = properties;
    } else if (key === 'required') {
      const properties = (source.properties ?? {}) as JsonObject;
      out.required = (value as string[]).filter((name) => !isFlagged(properties[name], hidden, components));
    } else if (key === 'default' || key === 'enum') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value, view, components);
    }
  }
  return out;
}

/** All components.schemas of one view, as one schema document Ajv can reference into. */
export function componentsDocument(view: SchemaView, components: Record<string, JsonObject>): JsonObject {
  const definitions: JsonObject = {};
  for (const name of Object.keys(components).sort()) {
    definitions[name] = toJsonSchema(components[name], view, components);
  }
  return { $id: componentsId(view), definitions };
}
