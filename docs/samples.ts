// Code samples for every operation, made from the spec's own examples at
// docs-build time (openapi.yaml stays sample-free): curl, TypeScript with the
// typed client, Python with `requests`; plus the public documentation's own
// snippets where they belong. test/docs/code-samples.test.ts runs every one of
// them against a live server, so none can rot.
import { serverUrl } from '../generated/constants.js';
import { operationsOf, resolve, type JsonObject, type OpenApiDocument, type ParameterObject } from '../src/codegen/spec.js';

export interface CodeSample {
  /** Redoc shows the languages listed in redocly.yaml (openapi.codeSamples). */
  lang: 'curl' | 'TypeScript' | 'Node.js' | 'Python';
  label: string;
  source: string;
}

/** The file the upload samples send (a JPEG next to the script). */
export const SAMPLE_PHOTO = 'DSC_0042.jpg';

interface Call {
  operationId: string;
  method: string;
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  multipart: boolean;
  apiKey: boolean;
  /** The media type of the success answer when it is a file, and the name to save it as. */
  file: { type: string; saveAs: string } | null;
  noContent: boolean;
}

const exampleOf = (p: ParameterObject) => (p as unknown as { example?: unknown }).example;

function callOf(doc: OpenApiDocument, path: string, method: string, operation: JsonObject & { operationId: string }, parameters: ParameterObject[]): Call {
  const pathParams: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  for (const p of parameters) {
    const example = exampleOf(p);
    if (p.in === 'path') pathParams[p.name] = String(example);
    // The access token is for protected galleries only; the samples open a public one.
    if (p.in === 'query' && example !== undefined && p.name !== 'access_token') query[p.name] = example;
  }
  const requestBody = operation.requestBody ? resolve<{ content: Record<string, { example?: unknown }> }>(doc, operation.requestBody) : null;
  const success = Object.entries(operation.responses as Record<string, unknown>).find(([status]) => status.startsWith('2'))!;
  const content = Object.keys(resolve<{ content?: Record<string, unknown> }>(doc, success[1]).content ?? {});
  const fileType = content.find((t) => t !== 'application/json') ?? null;
  const saveAs: Record<string, string> = {
    'image/jpeg': SAMPLE_PHOTO,
    'image/webp': 'preview.webp',
    'application/zip': 'gallery.zip',
    'text/csv': 'selection.csv',
    'text/plain': 'selection.txt',
  };
  const security = (operation.security as unknown[] | undefined) ?? doc.security ?? [];
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    pathParams,
    query,
    body: requestBody?.content['application/json']?.example,
    multipart: Boolean(requestBody?.content['multipart/form-data']),
    apiKey: JSON.stringify(security).includes('ApiKey'),
    file: fileType ? { type: fileType, saveAs: saveAs[fileType] ?? 'download.bin' } : null,
    noContent: content.length === 0,
  };
}

const urlOf = (call: Call) => `${serverUrl}${call.path.replace(/\{(\w+)\}/g, (_, name: string) => call.pathParams[name]!)}`;
const queryString = (query: Record<string, unknown>) => new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();

function curl(call: Call): string {
  // The address in a variable: short lines, and one place to point the sample at a local server or the mock.
  const path = urlOf(call).slice(serverUrl.length);
  const lines = [`curl --fail-with-body -sS -X ${call.method} "$PIKSEND_API_URL${path}"`];
  if (Object.keys(call.query).length) {
    lines[0] = lines[0]!.replace(' -X GET', ' -G');
    for (const [k, v] of Object.entries(call.query)) lines.push(`-d ${k}=${encodeURIComponent(String(v))}`);
  }
  if (call.apiKey) lines.push(`-H "Authorization: Bearer $PIKSEND_API_KEY"`);
  if (call.body !== undefined) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d '${JSON.stringify(call.body).replace(/'/g, `'\\''`)}'`);
  }
  if (call.multipart) lines.push(`-F "files=@${SAMPLE_PHOTO};type=image/jpeg"`);
  if (call.file) lines.push(`-o ${call.file.saveAs}`);
  return `PIKSEND_API_URL=\${PIKSEND_API_URL:-${serverUrl}}\n${lines.join(' \\\n  ')}`;
}

const tsValue = (value: unknown, indent = 0) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(indent)}`).replace(/"([a-z_][a-z0-9_]*)":/gi, '$1:');

function typescript(call: Call): string {
  const options: string[] = [];
  const params: Record<string, unknown> = {};
  if (Object.keys(call.pathParams).length) params.path = call.pathParams;
  if (Object.keys(call.query).length) params.query = call.query;
  if (Object.keys(params).length) options.push(`params: ${tsValue(params, 2)}`);
  const setup: string[] = [];
  if (call.body !== undefined) options.push(`body: ${tsValue(call.body, 2)}`);
  if (call.multipart) {
    setup.push(
      `const form = new FormData();`,
      `form.append('files', new Blob([await readFile('${SAMPLE_PHOTO}')], { type: 'image/jpeg' }), '${SAMPLE_PHOTO}');`,
    );
    options.push(`body: form as never`, `bodySerializer: (body) => body as FormData`);
  }
  if (call.file) options.push(`parseAs: 'arrayBuffer'`);
  const imports = [`import { createPikSendClient } from '@piksend/client';`];
  if (call.multipart) imports.push(`import { readFile } from 'node:fs/promises';`);
  if (call.file) imports.push(`import { writeFile } from 'node:fs/promises';`);
  // The address is spelled out: it is the one line that moves a program between production, a local server and the mock.
  const client = call.apiKey
    ? `createPikSendClient({ baseUrl: '${serverUrl}', apiKey: process.env.PIKSEND_API_KEY })`
    : `createPikSendClient({ baseUrl: '${serverUrl}' })`;
  const args = options.length ? `, {\n  ${options.join(',\n  ')},\n}` : '';
  const result = call.noContent ? `console.log(response.status); // ${call.method === 'DELETE' ? '204: deleted' : 'no content'}` : call.file ? `await writeFile('${call.file.saveAs}', Buffer.from(data!));` : `console.log(data);`;
  return [
    ...imports,
    '',
    `const client = ${client};`,
    ...setup,
    `const { data, error, response } = await client.${call.method}('${call.path}'${args});`,
    `if (error) throw new Error(\`\${response.status}: \${(error as { error: { message: string } }).error.message}\`);`,
    result,
    '',
  ].join('\n');
}

function pyValue(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${pad}    ${pyValue(v, indent + 4)},`).join('\n')}\n${pad}]` : '[]';
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length ? `{\n${entries.map(([k, v]) => `${pad}    ${JSON.stringify(k)}: ${pyValue(v, indent + 4)},`).join('\n')}\n${pad}}` : '{}';
}

function python(call: Call): string {
  const args = [`    "${urlOf(call)}",`];
  if (call.apiKey) args.push(`    headers={"Authorization": f"Bearer {os.environ['PIKSEND_API_KEY']}"},`);
  // Query values go as text: requests would send a Python bool as "True".
  const query = Object.fromEntries(Object.entries(call.query).map(([k, v]) => [k, typeof v === 'boolean' ? String(v) : v]));
  if (Object.keys(query).length) args.push(`    params=${pyValue(query, 4)},`);
  if (call.body !== undefined) args.push(`    json=${pyValue(call.body, 4)},`);
  if (call.multipart) args.push(`    files=[("files", ("${SAMPLE_PHOTO}", open("${SAMPLE_PHOTO}", "rb"), "image/jpeg"))],`);
  const result = call.noContent ? 'print(response.status_code)' : call.file ? `with open("${call.file.saveAs}", "wb") as out:\n    out.write(response.content)` : 'print(response.json())';
  return [...(call.apiKey ? ['import os'] : []), 'import requests', '', `response = requests.${call.method.toLowerCase()}(`, ...args, ')', 'response.raise_for_status()', result, ''].join('\n');
}

/** The public documentation's own snippets, where they belong (made runnable: ESM for top-level await). */
/** The public documentation's Python client class, as written (only the base URL is ours). */
export const SEED_PYTHON_CLIENT = `import requests
import os

class PikSendClient:
    def __init__(self, api_key):
        self.base_url = '${serverUrl}'
        self.session = requests.Session()
        self.session.headers.update({
            'Authorization': f'Bearer {api_key}',
            'Content-Type': 'application/json'
        })

    def list_galleries(self, page=1, per_page=20):
        response = self.session.get(
            f'{self.base_url}/galleries',
            params={'page': page, 'per_page': per_page}
        )
        response.raise_for_status()
        return response.json()

client = PikSendClient(os.environ['PIKSEND_API_KEY'])
galleries = client.list_galleries()
print(f"Found {galleries['pagination']['total']} galleries")
`;

const SEED: Record<string, CodeSample[]> = {
  listGalleries: [
    {
      lang: 'Node.js',
      label: 'Node.js (axios)',
      source: `import axios from 'axios';

const client = axios.create({
  baseURL: '${serverUrl}',
  headers: {
    'Authorization': \`Bearer \${process.env.PIKSEND_API_KEY}\`,
    'Content-Type': 'application/json'
  }
});

// List galleries
const galleries = await client.get('/galleries', {
  params: { page: 1, per_page: 20, status: 'active' }
});
console.log(\`Found \${galleries.data.pagination.total} galleries\`);
`,
    },
    {
      lang: 'Python',
      label: 'Python (client class)',
      source: SEED_PYTHON_CLIENT,
    },
  ],
};

/** Every operation's samples, by operationId. */
export function codeSamples(doc: OpenApiDocument): Map<string, CodeSample[]> {
  const samples = new Map<string, CodeSample[]>();
  for (const { path, method, operation, parameters } of operationsOf(doc)) {
    const call = callOf(doc, path, method, operation as unknown as JsonObject & { operationId: string }, parameters);
    samples.set(call.operationId, [
      { lang: 'curl', label: 'curl', source: curl(call) },
      { lang: 'TypeScript', label: 'TypeScript (@piksend/client)', source: typescript(call) },
      { lang: 'Python', label: 'Python (requests)', source: python(call) },
      ...(SEED[call.operationId] ?? []),
    ]);
  }
  return samples;
}

const FENCE: Record<CodeSample['lang'], string> = { curl: 'bash', TypeScript: 'ts', 'Node.js': 'js', Python: 'python' };

/**
 * The spec with `x-codeSamples` on every operation (Redoc's request panel) and,
 * since Redoc's community edition shows one language there, every sample also
 * in the operation's description, under "Code samples": what the docs site is built from.
 */
export function withCodeSamples(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc);
  const samples = codeSamples(copy);
  for (const { operation } of operationsOf(copy)) {
    const mine = samples.get(operation.operationId)!;
    const target = operation as unknown as Record<string, unknown>;
    target['x-codeSamples'] = mine.map(({ lang, label, source }) => ({ lang, label, source }));
    const blocks = mine.map((s) => `**${s.label}**\n\n\`\`\`${FENCE[s.lang]}\n${s.source.trimEnd()}\n\`\`\``).join('\n\n');
    target.description = `${String(target.description ?? '').trimEnd()}\n\n### Code samples\n\n${blocks}\n`;
  }
  return copy;
}
