// Reading openapi.yaml and walking its objects: the generator's only input.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  servers?: { url: string }[];
  security?: Record<string, string[]>[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters?: Record<string, JsonObject>;
    responses?: Record<string, JsonObject>;
    headers?: Record<string, JsonObject>;
    securitySchemes?: Record<string, JsonObject>;
  };
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export type PathItem = Partial<Record<HttpMethod, OperationObject>> & { parameters?: JsonObject[] };

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonObject;
  'x-invalid-message'?: string;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  responses: Record<string, JsonObject>;
}

export async function loadSpec(file: string): Promise<OpenApiDocument> {
  return parse(await readFile(file, 'utf8')) as OpenApiDocument;
}

/** Follows local `#/components/...` references (only local ones exist: the spec is one file). */
export function resolve<T = JsonObject>(doc: OpenApiDocument, node: unknown): T {
  let current = node as JsonObject;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`Only local references are supported, got ${ref}`);
    let target: unknown = doc;
    for (const part of ref.slice(2).split('/')) {
      target = (target as JsonObject)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (target === undefined) throw new Error(`Unresolved reference ${ref}`);
    current = target as JsonObject;
  }
  return current as T;
}

/** Every operation in document order, with path-level parameters merged under operation-level ones. */
export function* operationsOf(doc: OpenApiDocument): Generator<{
  path: string;
  method: HttpMethod;
  operation: OperationObject;
  parameters: ParameterObject[];
}> {
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const merged = new Map<string, ParameterObject>();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolve<ParameterObject>(doc, raw);
        merged.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      yield { path, method, operation, parameters: [...merged.values()] };
    }
  }
}
