// Everything under generated/, computed from openapi.yaml (and the environment's
// validator from the configuration's declarations, src/config/variables.ts). Pure:
// the same inputs always yield the same files, so `--check` can compare byte for byte.
import { createHash } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { buildOperationTable, type OperationRow } from './operation-table.js';
import { compileEnvironmentStandalone, compileStandalone, declarations, type ValidatorMode } from './validators.js';
import { ENVIRONMENT_AJV_OPTIONS, environmentSchema } from '../config/variables.js';
import type { JsonObject, OpenApiDocument } from './spec.js';
import { accountEmailRule, deliveryHeaders, eventDataSchemas, fixedHeaderValues, headerNames, parameterRules, securityCredentials } from './contract-names.js';
import { pathsModule } from './paths.js';

const BANNER = '// Generated from openapi.yaml by `npm run generate`. Do not edit.\n';

export type GeneratedFiles = Map<string, string>;

/** The HTTP status of each error code, from `x-http-status` on the ErrorCode schema; every code must have one. */
export function errorStatuses(doc: OpenApiDocument): Record<string, number> {
  const schema = doc.components.schemas.ErrorCode as JsonObject & { enum?: string[]; 'x-http-status'?: Record<string, number> };
  const codes = schema?.enum ?? [];
  const statuses = schema?.['x-http-status'] ?? {};
  const missing = codes.filter((code) => !Number.isInteger(statuses[code]));
  const extra = Object.keys(statuses).filter((code) => !codes.includes(code));
  if (!codes.length || missing.length || extra.length) {
    throw new Error(`ErrorCode x-http-status must give every code a status: missing ${missing.join(', ') || '-'}; not codes ${extra.join(', ') || '-'}`);
  }
  return Object.fromEntries(codes.map((code) => [code, statuses[code]!]));
}

/** The API's identity, importable without the validators (the client uses it), and the limits the server enforces outside the validators. */
function constantsModule(doc: OpenApiDocument): string {
  const serverUrl = doc.servers?.[0]?.url;
  if (!serverUrl) throw new Error('openapi.yaml needs servers[0].url');
  const basePath = new URL(serverUrl).pathname.replace(/\/$/, '');
  const upload = doc.components?.schemas?.PhotoUpload as { properties?: { files?: { maxItems?: unknown; 'x-max-pixels'?: unknown } } } | undefined;
  const maxFiles = upload?.properties?.files?.maxItems;
  if (typeof maxFiles !== 'number') throw new Error('openapi.yaml: PhotoUpload.files needs maxItems (the server enforces it while streaming)');
  const maxPixels = upload?.properties?.files?.['x-max-pixels'];
  if (typeof maxPixels !== 'number') throw new Error('openapi.yaml: PhotoUpload.files needs x-max-pixels (the server refuses larger images before decoding them)');
  return `${BANNER}
/** Version of the API description (info.version). */
export const apiVersion = ${JSON.stringify(doc.info.version)};
/** Where the production API is served (servers[0].url). */
export const serverUrl = ${JSON.stringify(serverUrl)};
/** Path prefix every operation is served under (the path of servers[0].url). */
export const basePath = ${JSON.stringify(basePath)};
/** Most files one upload may carry (PhotoUpload.files.maxItems), enforced while the upload streams. */
export const photoUploadMaxFiles = ${maxFiles};
/** Most pixels one photo may have (PhotoUpload.files x-max-pixels), checked from its header before decoding. */
export const photoMaxPixels = ${maxPixels};
/** Changes with any change to openapi.yaml's content: part of every ETag, so answers shaped by an older spec are not 304'd. */
export const specFingerprint = ${JSON.stringify(createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 16))};
/** Where each security scheme's credential travels (components.securitySchemes; \`x-query-parameter\` names a query alternative, whose pattern it carries). */
export const credentials = ${JSON.stringify(securityCredentials(doc), null, 2)} as const;
/** What an account's email must be (Account.email): the CLI refuses anything else. */
export const accountEmail = ${JSON.stringify(accountEmailRule(doc), null, 2)} as const;
/** The rules of each component parameter (components.parameters): patterns, bounds, defaults. */
export const parameterRules = ${JSON.stringify(parameterRules(doc), null, 2)} as const;
/** The headers of every webhook delivery (the x-webhooks operations' header parameters). */
export const deliveryHeaders = ${JSON.stringify(deliveryHeaders(doc), null, 2)} as const;
/** The name each component header is sent under (components.headers, as the responses name them). */
export const headerNames = ${JSON.stringify(headerNames(doc), null, 2)} as const;
/** Documented response headers that take exactly one value (components.headers with a one-value enum). */
export const headerValues = ${JSON.stringify(fixedHeaderValues(doc), null, 2)} as const;
`;
}

/** Each event type's \`data\` type, from its schema in x-webhooks: an event whose data does not match does not compile. */
function eventsModule(doc: OpenApiDocument): string {
  const data = eventDataSchemas(doc);
  const rows = Object.entries(data).map(([event, schema]) => `  ${JSON.stringify(event)}: components['schemas'][${JSON.stringify(schema)}];`);
  return `${BANNER}import type { components } from './openapi.js';

/** Every event type of x-webhooks → the type of its \`data\`. */
export interface EventDataMap {
${rows.join('\n')}
}
export type EventTypeName = keyof EventDataMap;
export const eventTypes = ${JSON.stringify(Object.keys(data))} as const satisfies readonly EventTypeName[];
`;
}

function operationsModule(doc: OpenApiDocument, rows: OperationRow[]): string {
  const modeOf: Record<string, ValidatorMode> = { params: 'parameters', query: 'parameters', headers: 'parameters', body: 'bodies' };
  const withRefs = rows.map((row) => ({
    ...row,
    validators: Object.fromEntries(Object.entries(row.validators).map(([part, name]) => [part, `@@${modeOf[part]}.${name}@@`])),
    responses: row.responses.map((r) => ({ ...r, validator: r.validator ? `@@responses.${r.validator}@@` : null, validatorName: r.validator })),
  }));
  const table = JSON.stringify(withRefs, null, 2).replace(/"@@([\w.]+)@@"/g, '$1');
  const schemes = Object.keys(doc.components.securitySchemes ?? {});
  return `${BANNER}import * as parameters from './validators/parameters.js';
import * as bodies from './validators/bodies.js';
import * as responses from './validators/responses.js';
import type { CompiledValidator } from './validators/parameters.js';
import type { OperationRow } from '../src/codegen/operation-table.js';
import type { components } from './openapi.js';

export type { CompiledValidator };
export type OperationDefinition = OperationRow<CompiledValidator>;

export { apiVersion, serverUrl, basePath } from './constants.js';

export type ErrorCode = components['schemas']['ErrorCode'];
/** The HTTP status of each error code (x-http-status of the ErrorCode schema). */
export const errorStatus = ${JSON.stringify(errorStatuses(doc), null, 2)} as const satisfies Record<ErrorCode, number>;

/** The security schemes of components.securitySchemes; 'none' is an operation with \`security: []\`. */
export const securitySchemes = ${JSON.stringify(schemes)} as const;
export type SecurityScheme = (typeof securitySchemes)[number];

export const operations = ${table} as const satisfies readonly OperationDefinition[];

export type OperationId = (typeof operations)[number]['operationId'];
/** The row of one operation, with its literal types (security, query defaults). */
export type OperationOf<O extends OperationId> = Extract<(typeof operations)[number], { operationId: O }>;
`;
}

export async function generate(doc: OpenApiDocument): Promise<GeneratedFiles> {
  const files: GeneratedFiles = new Map();
  const ast = await openapiTS(doc as unknown as OpenAPI3, { enumValues: true });
  files.set('generated/openapi.ts', BANNER + astToString(ast));

  const table = buildOperationTable(doc);
  const components = doc.components.schemas;
  const modules: [ValidatorMode, typeof table.parameterSchemas][] = [
    ['parameters', table.parameterSchemas],
    ['bodies', table.bodySchemas],
    ['responses', table.responseSchemas],
  ];
  for (const [mode, schemas] of modules) {
    files.set(`generated/validators/${mode}.js`, BANNER + compileStandalone(mode, schemas, components));
    files.set(`generated/validators/${mode}.d.ts`, BANNER + declarations(schemas));
  }
  files.set(
    'generated/validators/environment.js',
    '// Generated from src/config/variables.ts by `npm run generate`. Do not edit.\n' + compileEnvironmentStandalone(environmentSchema(), ENVIRONMENT_AJV_OPTIONS),
  );
  files.set('generated/validators/environment.d.ts', '// Generated from src/config/variables.ts by `npm run generate`. Do not edit.\n' + declarations([{ exportName: 'environment' }]));
  files.set('generated/constants.ts', constantsModule(doc));
  files.set('generated/operations.ts', operationsModule(doc, table.rows));
  files.set('generated/paths.ts', pathsModule(doc, BANNER));
  files.set('generated/events.ts', eventsModule(doc));
  return files;
}
