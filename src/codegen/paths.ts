// generated/paths.ts: one path builder per operation, `pathOf.getGallery({ id })`
// → `/galleries/<id>` (relative to basePath), with its query typed from the
// spec. Location headers, share links, preview and download URLs are built
// with these, never with string templates of their own.
import { operationsOf, type OpenApiDocument } from './spec.js';

export function pathsModule(doc: OpenApiDocument, banner: string): string {
  const builders: string[] = [];
  for (const { path, operation, parameters } of operationsOf(doc)) {
    const id = operation.operationId;
    const pathNames = parameters.filter((p) => p.in === 'path').map((p) => p.name);
    const hasQuery = parameters.some((p) => p.in === 'query');
    const template = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (!pathNames.includes(name)) throw new Error(`${id}: {${name}} in ${path} is not a path parameter`);
      return `\${encodeURIComponent(path[${JSON.stringify(name)}])}`;
    });
    const args = [
      ...(pathNames.length ? [`path: PathOf<${JSON.stringify(id)}>`] : []),
      ...(hasQuery ? [`query?: QueryOf<${JSON.stringify(id)}>`] : []),
    ];
    builders.push(`  ${id}: (${args.join(', ')}): string => \`${template}\`${hasQuery ? ' + queryString(query)' : ''},`);
  }
  return `${banner}import type { operations } from './openapi.js';

type PathOf<O extends keyof operations> = operations[O]['parameters'] extends { path: infer P } ? P : never;
type QueryOf<O extends keyof operations> = operations[O]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;

/** \`?a=1&b=x\` from the defined values (none: the empty string). */
export function queryString(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) search.set(name, String(value));
  const text = search.toString();
  return text ? \`?\${text}\` : '';
}

/** Each operation's path (relative to basePath), from its parameters. */
export const pathOf = {
${builders.join('\n')}
} as const;
`;
}
