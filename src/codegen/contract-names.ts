// The spec's facts that code outside the validators needs by name: where each
// security scheme's credential travels, the rules of the component
// parameters (patterns, bounds), the headers of a webhook delivery, the fixed
// values of documented headers. Emitted into generated/constants.ts, which
// the server, the typed client and the client's page all import, so renaming
// one of them in openapi.yaml changes all three.
import { resolve, type JsonObject, type OpenApiDocument, type ParameterObject } from './spec.js';

type Credential = { header: string; scheme?: string; query?: string; pattern?: string };

/** Each security scheme → the header (and, with `x-query-parameter`, the query parameter) that carries its credential. */
export function securityCredentials(doc: OpenApiDocument): Record<string, Credential> {
  const out: Record<string, Credential> = {};
  for (const [name, raw] of Object.entries(doc.components.securitySchemes ?? {})) {
    const scheme = raw as { type: string; in?: string; name?: string; scheme?: string; 'x-query-parameter'?: string };
    if (scheme.type === 'http' && scheme.scheme === 'bearer') {
      out[name] = { header: 'Authorization', scheme: 'Bearer' };
      continue;
    }
    if (scheme.type !== 'apiKey' || scheme.in !== 'header' || !scheme.name) {
      throw new Error(`securitySchemes.${name}: only http bearer and apiKey in a header are supported`);
    }
    const credential: Credential = { header: scheme.name };
    const queryName = scheme['x-query-parameter'];
    if (queryName) {
      const parameter = Object.values(doc.components.parameters ?? {})
        .map((p) => resolve<ParameterObject>(doc, p))
        .find((p) => p.in === 'query' && p.name === queryName);
      if (!parameter) throw new Error(`securitySchemes.${name}: x-query-parameter ${queryName} is not a query parameter of components.parameters`);
      credential.query = queryName;
      if (typeof parameter.schema?.pattern === 'string') credential.pattern = parameter.schema.pattern;
    }
    out[name] = credential;
  }
  return out;
}

const RULE_KEYWORDS = ['pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'default'] as const;

/** The rules of each component parameter's schema (patterns, bounds, defaults), by component name. */
export function parameterRules(doc: OpenApiDocument): Record<string, { name: string } & Partial<Record<(typeof RULE_KEYWORDS)[number], unknown>>> {
  const out: Record<string, { name: string }> = {};
  for (const [key, raw] of Object.entries(doc.components.parameters ?? {})) {
    const parameter = resolve<ParameterObject>(doc, raw);
    const schema = resolve(doc, parameter.schema ?? {});
    const rules = Object.fromEntries(RULE_KEYWORDS.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]]));
    out[key] = { name: parameter.name, ...rules };
  }
  return out;
}

/** Account.email's pattern and length: the one email rule (the spec shares it with a gallery client's email). */
export function accountEmailRule(doc: OpenApiDocument): { pattern: string; maxLength: number } {
  const account = resolve(doc, doc.components.schemas?.Account ?? {}) as { properties?: Record<string, { pattern?: string; maxLength?: number }> };
  const email = account.properties?.email;
  if (!email?.pattern || !email.maxLength) throw new Error('openapi.yaml: Account.email needs a pattern and a maxLength');
  return { pattern: email.pattern, maxLength: email.maxLength };
}

/**
 * The headers every webhook delivery carries (the header parameters of the
 * `x-webhooks` operations), keyed by their component name without `Header`
 * (`WebhookSignatureHeader` → `WebhookSignature`).
 */
export function deliveryHeaders(doc: OpenApiDocument & { 'x-webhooks'?: Record<string, { post?: { parameters?: JsonObject[] } }> }): Record<string, string> {
  const out: Record<string, string> = {};
  const webhooks = Object.entries(doc['x-webhooks'] ?? {});
  if (!webhooks.length) throw new Error('openapi.yaml: x-webhooks documents no event');
  for (const [event, item] of webhooks) {
    const refs = (item.post?.parameters ?? []).map((p) => String((p as { $ref?: string }).$ref ?? ''));
    const names: Record<string, string> = {};
    for (const ref of refs) {
      const key = /^#\/components\/parameters\/(\w+)Header$/.exec(ref)?.[1];
      if (!key) throw new Error(`x-webhooks.${event}: delivery headers must be components named …Header, got ${ref || 'an inline parameter'}`);
      names[key] = resolve<ParameterObject>(doc, { $ref: ref }).name;
    }
    if (Object.keys(out).length && JSON.stringify(names) !== JSON.stringify(out)) throw new Error(`x-webhooks.${event}: every event must carry the same delivery headers`);
    Object.assign(out, names);
  }
  return out;
}

/** Component headers whose schema allows exactly one value (`enum: [v]`): the value a response sends. */
export function fixedHeaderValues(doc: OpenApiDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(doc.components.headers ?? {})) {
    const values = (resolve(doc, (raw as { schema?: JsonObject }).schema ?? {}) as { enum?: unknown[] }).enum;
    if (values?.length === 1 && typeof values[0] === 'string') out[key] = values[0];
  }
  return out;
}

/** The event types of `x-webhooks`, each with the component schema of its `data` (the allOf member that sets `data`). */
export function eventDataSchemas(doc: OpenApiDocument & { 'x-webhooks'?: Record<string, { post?: { requestBody?: JsonObject } }> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [event, item] of Object.entries(doc['x-webhooks'] ?? {})) {
    const body = resolve(doc, item.post?.requestBody ?? {}) as { content?: Record<string, { schema?: JsonObject }> };
    const eventRef = body.content?.['application/json']?.schema;
    const eventSchema = resolve(doc, eventRef ?? {}) as { allOf?: JsonObject[] };
    const dataRef = (eventSchema.allOf ?? [])
      .map((member) => ((member as { properties?: { data?: { $ref?: string } } }).properties?.data?.$ref))
      .find((ref) => typeof ref === 'string');
    const name = /^#\/components\/schemas\/(\w+)$/.exec(dataRef ?? '')?.[1];
    if (!name) throw new Error(`x-webhooks.${event}: its event schema must set data with a $ref to a component schema (so the data has a type of its own)`);
    out[event] = name;
  }
  return out;
}

/**
 * The name each component header is sent under (components.headers keys are
 * not header names: a response's headers map names them). Every response
 * that uses a component header must use it under one name.
 */
export function headerNames(doc: OpenApiDocument): Record<string, string> {
  const out: Record<string, string> = {};
  const responses: JsonObject[] = [...Object.values(doc.components.responses ?? {})];
  for (const item of Object.values(doc.paths)) {
    for (const operation of Object.values(item)) {
      const documented = (operation as { responses?: Record<string, JsonObject> }).responses;
      if (documented) responses.push(...Object.values(documented));
    }
  }
  for (const response of responses) {
    for (const [name, header] of Object.entries((response as { headers?: Record<string, { $ref?: string }> }).headers ?? {})) {
      const key = /^#\/components\/headers\/(\w+)$/.exec(header.$ref ?? '')?.[1];
      if (!key) continue;
      if (out[key] && out[key] !== name) throw new Error(`components.headers.${key} is sent as both ${out[key]} and ${name}`);
      out[key] = name;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
