// Everything under generated/, computed from openapi.yaml alone. Pure: the same
// spec always yields the same files, so `--check` can compare byte for byte.
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { buildOperationTable, type OperationRow } from './operation-table.js';
import { compileStandalone, declarations, type ValidatorMode } from './validators.js';
import type { OpenApiDocument } from './spec.js';

const BANNER = '// Generated from openapi.yaml by `npm run generate`. Do not edit.\n';

export type GeneratedFiles = Map<string, string>;

function operationsModule(doc: OpenApiDocument, rows: OperationRow[]): string {
  const basePath = new URL(doc.servers?.[0]?.url ?? 'http://localhost/').pathname.replace(/\/$/, '');
  const modeOf: Record<string, ValidatorMode> = { params: 'parameters', query: 'parameters', headers: 'parameters', body: 'bodies' };
  const withRefs = rows.map((row) => ({
    ...row,
    validators: Object.fromEntries(
      Object.entries(row.validators).map(([part, name]) => [part, `@@${modeOf[part]}.${name}@@`]),
    ),
    responses: row.responses.map((r) => ({ ...r, validator: r.validator ? `@@responses.${r.validator}@@` : null, validatorName: r.validator })),
  }));
  const table = JSON.stringify(withRefs, null, 2).replace(/"@@([\w.]+)@@"/g, '$1');
  return `${BANNER}import * as parameters from './validators/parameters.js';
import * as bodies from './validators/bodies.js';
import * as responses from './validators/responses.js';
import type { CompiledValidator } from './validators/parameters.js';

export type { CompiledValidator };

/** Version of the API description (info.version). */
export const apiVersion = ${JSON.stringify(doc.info.version)};
/** Path prefix every operation is served under (from servers[0].url). */
export const basePath = ${JSON.stringify(basePath)};

export interface OperationDefinition {
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /** Path as written in openapi.yaml, e.g. /galleries/{id}. */
  readonly path: string;
  /** Same path in @koa/router syntax, e.g. /galleries/:id. */
  readonly routerPath: string;
  readonly tag: string;
  /** apiKey: Authorization bearer key; shareAccess: share token (+ access token when password-protected); none. */
  readonly auth: 'apiKey' | 'shareAccess' | 'none';
  readonly parameters: readonly {
    readonly name: string;
    readonly in: 'path' | 'query' | 'header';
    readonly required: boolean;
    readonly invalidMessage: string | null;
  }[];
  readonly requestBody: { readonly required: boolean; readonly contentTypes: readonly string[] } | null;
  readonly validators: {
    readonly params?: CompiledValidator;
    readonly query?: CompiledValidator;
    readonly headers?: CompiledValidator;
    readonly body?: CompiledValidator;
  };
  readonly responses: readonly {
    readonly status: number;
    readonly contentTypes: readonly string[];
    readonly validator: CompiledValidator | null;
    /** Its export name in validators/responses.js (for tools outside TypeScript, e.g. Dredd hooks). */
    readonly validatorName: string | null;
  }[];
}

export const operations = ${table} as const satisfies readonly OperationDefinition[];

export type OperationId = (typeof operations)[number]['operationId'];
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
  files.set('generated/operations.ts', operationsModule(doc, table.rows));
  return files;
}
