// Precompiles the operation table's schemas into standalone ESM validator
// modules (Ajv + ajv-formats), so no schema is compiled at run time.
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { componentsDocument, type SchemaView } from './json-schema.js';
import type { JsonObject } from './spec.js';
import type { SchemaToCompile } from './operation-table.js';

const COMMON: Options = {
  strict: true,
  allErrors: false,
  // OpenAPI 3.0 `nullable: true` next to `type`.
  // (Ajv understands it natively; strictTypes would reject the union it implies.)
  strictTypes: false,
  // Each component compiles to one function that every operation shares.
  inlineRefs: false,
  code: { source: true, esm: true, lines: true },
};

export const VALIDATOR_MODES = {
  /** Path params, query string, headers: strings coerced to the declared types, defaults applied. */
  parameters: { view: 'request', options: { coerceTypes: 'array', useDefaults: true } },
  /** JSON request bodies: no coercion, defaults applied. */
  bodies: { view: 'request', options: { coerceTypes: false, useDefaults: true } },
  /** JSON responses: checked as they are. */
  responses: { view: 'response', options: { coerceTypes: false, useDefaults: false } },
} as const satisfies Record<string, { view: SchemaView; options: Options }>;

export type ValidatorMode = keyof typeof VALIDATOR_MODES;

export function compileStandalone(
  mode: ValidatorMode,
  schemas: SchemaToCompile[],
  components: Record<string, JsonObject>,
): string {
  const { view, options } = VALIDATOR_MODES[mode];
  const ajv = new Ajv({ ...COMMON, ...options });
  addFormats(ajv);
  ajv.addSchema(componentsDocument(view, components));
  const exports: Record<string, string> = {};
  for (const { exportName, schema } of schemas) {
    ajv.addSchema(schema, exportName);
    exports[exportName] = exportName;
  }
  return withRequire(standaloneCode(ajv, exports));
}

/** Ajv's ESM output still require()s its runtime helpers (ucs2length, equal, format functions): give it Node's. */
const withRequire = (code: string) =>
  code.includes('require(') ? `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}` : code;

/**
 * The environment's validator (src/config/variables.ts): a module exporting `environment`. It uses no
 * formats and no components, so it is compiled alone with the configuration's own options.
 */
export function compileEnvironmentStandalone(schema: object, options: Options): string {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(schema, 'environment');
  return withRequire(standaloneCode(ajv, { environment: 'environment' }));
}

export function declarations(schemas: readonly { exportName: string }[]): string {
  const lines = [
    "import type { ErrorObject } from 'ajv';",
    '',
    'export interface CompiledValidator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
  ];
  for (const { exportName } of schemas) lines.push(`export declare const ${exportName}: CompiledValidator;`);
  return lines.join('\n') + '\n';
}
