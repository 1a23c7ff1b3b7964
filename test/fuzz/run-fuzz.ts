// `npm run fuzz`: spec-driven fuzzing of the live server. For every operation,
// requests generated from its schemas (valid) and mutated away from them
// (invalid), bounded in count and time. Every answer must be below 500 (501
// only for operations that are not implemented yet), in the error envelope
// when it is an error, and valid against openapi.yaml.
//   npm run fuzz -- --requests 2000 --seconds 120 --seed 42
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { componentsDocument } from '../../src/codegen/json-schema.js';
import { buildOperationTable, type OperationRow } from '../../src/codegen/operation-table.js';
import { loadSpec, type JsonObject } from '../../src/codegen/spec.js';
import { photoUploadMaxFiles } from '../../generated/constants.js';
import { checkResponse } from '../support/contract.js';
import { SPEC_PATH } from '../support/paths.js';
import { startContractEnvironment, type ContractEnvironment } from '../contract/environment.js';
import { anyJson, hostileString, valueFor, type Definitions } from './arbitraries.js';
import { multipartArbitraries } from './multipart.js';
import { rawRequest, sendRaw } from './raw-http.js';

const { values: args } = parseArgs({
  options: { requests: { type: 'string', default: '2000' }, seconds: { type: 'string', default: '120' }, seed: { type: 'string' } },
});
const totalRequests = Number(args.requests);
const deadline = Date.now() + Number(args.seconds) * 1000;
const seed = args.seed ? Number(args.seed) : Date.now() % 2 ** 31;


const spec = await loadSpec(SPEC_PATH);
const table = buildOperationTable(spec);
const methodsOf = (path: string) => new Set(table.rows.filter((r) => r.path === path).map((r) => r.method as string));
const definitions = (componentsDocument('request', spec.components.schemas).definitions ?? {}) as Definitions;
const schemaOf = (name: string | undefined) =>
  [...table.parameterSchemas, ...table.bodySchemas].find((s) => s.exportName === name)?.schema as JsonObject | undefined;

/** Stands for the ETag of the URL's current answer, fetched just before the request. */
const CURRENT_ETAG = '<current>';

interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body?: string | Buffer;
}

const WRONG_CONTENT_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data'];

/** X-Forwarded-For and friends as an attacker writes them: lists, addresses in every form, junk. */
const forgedForwarding = fc
  .tuple(
    fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('unknown', '127.0.0.1', '::1', '0.0.0.0', '10.0.0.1', '[::1]:443', '1.2.3.4:80', '', ' , ', '_hidden')), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('X-Forwarded-For', 'Forwarded', 'X-Real-IP', 'X-Client-IP', 'True-Client-IP'),
  )
  .map(([entries, header]) => ({ [header]: header === 'Forwarded' ? entries.map((e) => `for="${e}"`).join(', ') : entries.join(', ') }));

function requestArbitrary(row: OperationRow, env: ContractEnvironment): fc.Arbitrary<FuzzRequest> {
  const params = schemaOf(row.validators.params);
  const query = schemaOf(row.validators.query);
  const body = schemaOf(row.validators.body);
  const pathProperties = (params?.properties ?? {}) as Record<string, unknown>;
  const queryProperties = (query?.properties ?? {}) as Record<string, unknown>;

  const pathValues = fc.record(
    Object.fromEntries(
      Object.entries(pathProperties).map(([name, schema]) => [
        name,
        // Mostly real fixtures (so the handler runs), sometimes schema-valid unknown ids.
        // Deleting a fixture would turn the rest of the run into 404s: deletes get unknown ids.
        name === 'id' && row.path.startsWith('/galleries') && row.operationId !== 'deleteGallery'
          ? fc.oneof({ weight: 3, arbitrary: fc.constant(env.fixtures.galleryId) }, { weight: 1, arbitrary: valueFor(schema, definitions) })
          : name === 'id' && row.path.startsWith('/events')
            ? fc.oneof(fc.constant(env.fixtures.eventId), valueFor(schema, definitions))
            : // The fixture webhook is kept alive (deleting it would turn the rest of the run into 404s).
              name === 'id' && row.path.startsWith('/webhooks') && row.operationId !== 'deleteWebhook'
              ? fc.oneof({ weight: 3, arbitrary: fc.constant(env.fixtures.webhookId) }, { weight: 1, arbitrary: valueFor(schema, definitions) })
              : name === 'delivery_id'
                ? fc.oneof({ weight: 3, arbitrary: fc.constant(env.fixtures.deliveryId) }, { weight: 1, arbitrary: valueFor(schema, definitions) })
                : name === 'token'
                  ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...shareTokens) }, { weight: 1, arbitrary: valueFor(schema, definitions) })
                  : name === 'photo_id' && row.operationId !== 'deletePhoto'
                    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...photoIds) }, { weight: 1, arbitrary: valueFor(schema, definitions) })
                    : valueFor(schema, definitions),
      ]),
    ),
  );
  const multipart = row.requestBody?.contentTypes.includes('multipart/form-data') ?? false;
  const validQuery = fc.record(Object.fromEntries(Object.entries(queryProperties).map(([name, s]) => [name, valueFor(s, definitions)])), {
    requiredKeys: [],
  });
  const validBody = body ? valueFor(body, definitions) : fc.constant(undefined);
  const auth: Record<string, string> = row.security === 'ApiKey' ? { Authorization: `Bearer ${env.keys.pro}` } : {};

  const build = (
    kind: string,
    path: Record<string, unknown>,
    q: Record<string, unknown> | [string, string][],
    b: unknown,
    headers: Record<string, string> = {},
    rawBody?: string,
    method = row.method,
  ): FuzzRequest => ({
    kind,
    method,
    path: row.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(path[name]).toWellFormed())),
    query: Array.isArray(q) ? q : Object.entries(q).map(([k, v]) => [k, String(v)]),
    headers: { ...auth, ...(b !== undefined || rawBody !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: rawBody ?? (b === undefined ? undefined : JSON.stringify(b)),
  });
  const upload = (kind: string, path: Record<string, unknown>, form: { body: Buffer; contentType: string }) => ({
    ...build(kind, path, [], undefined, { 'Content-Type': form.contentType }),
    body: form.body,
  });

  const mutations: fc.Arbitrary<FuzzRequest>[] = [
    fc.tuple(pathValues, validQuery, validBody).map(([p, q, b]) => build('valid', p, q, b)),
    fc.tuple(pathValues, validQuery, validBody).map(([p, q, b]) => build('valid', p, q, b)),
    fc.tuple(validQuery, validBody, hostileString).map(([q, b, junk]) =>
      build('bad path parameter', Object.fromEntries(Object.keys(pathProperties).map((n) => [n, junk])), q, b),
    ),
    fc.tuple(pathValues, fc.array(fc.tuple(fc.constantFrom(...Object.keys(queryProperties), 'page', 'extra'), hostileString), { maxLength: 4 }), validBody).map(
      ([p, q, b]) => build('bad query', p, q, b),
    ),
    fc.tuple(pathValues, validQuery, fc.constantFrom('none', 'garbage', 'garbage-test', 'free', 'basic')).map(([p, q, mode]) =>
      build('bad credentials', p, q, undefined, {
        Authorization:
          mode === 'garbage' ? 'Bearer pk_live_' + 'x'.repeat(38)
          : mode === 'garbage-test' ? 'Bearer pk_test_' + 'x'.repeat(38)
          : mode === 'free' ? `Bearer ${env.keys.free}`
          : mode === 'basic' ? 'Basic Zm9vOmJhcg==' : '',
      }),
    ),
    // The account's test-mode key on the live fixtures' ids (and on what it makes itself): never a live object.
    ...(row.security === 'ApiKey'
      ? [fc.tuple(pathValues, validQuery, validBody).map(([p, q, b]) => build('test-mode key', p, q, b, { Authorization: `Bearer ${env.keys.test}` }))]
      : []),
    // Methods the path does not have (405): one it has would be another operation — a DELETE on the
    // fixture gallery's path deleted it, and the rest of the run met only 404s there.
    fc.tuple(pathValues, fc.constantFrom('GET', 'PUT', 'DELETE', 'POST', 'PATCH').filter((m) => !methodsOf(row.path).has(m))).map(([p, m]) =>
      build('wrong method', p, [], undefined, {}, undefined, m),
    ),
    // Forwarding headers a client forges (the fuzzed server trusts no proxy; the topology test trusts one).
    fc.tuple(pathValues, validQuery, validBody, forgedForwarding).map(([p, q, b, forged]) => build('forged forwarding headers', p, q, b, forged)),
  ];
  if (row.method === 'POST') {
    // Idempotency-Keys from a small pool, so replays, mismatches (another body, another operation) and — within a
    // concurrent batch — duplicates of a request still running all happen; and keys the spec does not allow.
    const idempotencyKey = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3') },
      { weight: 1, arbitrary: hostileString.map((junk) => junk.replace(/[^\t\x20-\x7e]/g, '')) },
      { weight: 1, arbitrary: fc.constant('k'.repeat(256)) },
    );
    mutations.push(
      fc.tuple(pathValues, validQuery, validBody, idempotencyKey).map(([p, q, b, k]) => build('idempotent POST', p, q, b, { 'Idempotency-Key': k })),
      fc.tuple(pathValues, validQuery, validBody, idempotencyKey).map(([p, q, b, k]) => build('idempotent POST', p, q, b, { 'Idempotency-Key': k })),
    );
  }
  if (row.method === 'PATCH' || row.method === 'DELETE') {
    // Conditional writes: `*`, stale, weak and listed tags, and junk — a 412 or the write, never an error of ours.
    const ifMatch = fc.oneof(
      fc.constant('*'),
      fc.stringMatching(/^"[A-Za-z0-9_-]{22}"$/),
      fc.stringMatching(/^W\/"[A-Za-z0-9_-]{22}"$/),
      fc.array(fc.stringMatching(/^(W\/)?"[ -~]{0,30}"$/), { minLength: 1, maxLength: 4 }).map((tags) => tags.join(', ')),
      hostileString.map((junk) => junk.replace(/[^\t\x20-\x7e]/g, '')),
    );
    mutations.push(fc.tuple(pathValues, validQuery, validBody, ifMatch).map(([p, q, b, tag]) => build('conditional write', p, q, b, { 'If-Match': tag })));
  }
  if (row.method === 'GET') {
    // Conditional GETs: the ETag the server just gave for this URL (CURRENT_ETAG, fetched first), stale or
    // foreign ETags, `*`, lists, and hostile strings — the answer is a 304 or the full answer, never an error of ours.
    const ifNoneMatch = fc.oneof(
      fc.constant(CURRENT_ETAG),
      fc.constant('*'),
      fc.stringMatching(/^W\/"[A-Za-z0-9_-]{22}"$/),
      fc.array(fc.oneof(fc.constant(CURRENT_ETAG), fc.stringMatching(/^(W\/)?"[ -~]{0,30}"$/)), { minLength: 1, maxLength: 4 }).map((tags) => tags.join(', ')),
      // Header values are visible ASCII (fetch refuses others before sending).
      hostileString.map((junk) => junk.replace(/[^\t\x20-\x7e]/g, '')),
    );
    // With the request cache directives clients add (fetch() sends Cache-Control: no-cache with every
    // If-None-Match; honouring it once denied every fetch client its 304s).
    const cacheDirectives = fc.constantFrom<Record<string, string>>({}, { 'Cache-Control': 'no-cache', Pragma: 'no-cache' }, { 'Cache-Control': 'max-age=0' }, { 'Cache-Control': 'no-store' });
    mutations.push(
      fc.tuple(pathValues, validQuery, ifNoneMatch, cacheDirectives).map(([p, q, tag, cache]) => build('conditional GET', p, q, undefined, { 'If-None-Match': tag, ...cache })),
    );
  }
  if (Object.keys(queryProperties).length) {
    mutations.push(
      fc.tuple(pathValues, validQuery, fc.constantFrom(...Object.keys(queryProperties)), hostileString).map(([p, q, name, junk]) =>
        build('hostile query value', p, { ...q, [name]: junk }, undefined),
      ),
    );
  }
  if (multipart) {
    mutations.push(
      fc.tuple(pathValues, multipartBody).map(([p, form]) => upload('multipart upload', p, form)),
      fc.tuple(pathValues, multipartBody).map(([p, form]) => upload('multipart upload', p, form)),
      fc.tuple(pathValues, malformedMultipart).map(([p, form]) => upload('malformed multipart', p, form)),
      fc.tuple(pathValues, refusedUpload).map(([p, form]) => upload('upload refused mid-stream', p, form)),
      fc.tuple(pathValues, multipartBody, fc.constantFrom(...WRONG_CONTENT_TYPES.filter((t) => !t.startsWith('multipart')), 'application/json')).map(([p, form, type]) =>
        upload('wrong content type', p, { body: form.body, contentType: type }),
      ),
    );
  }
  if (body) {
    const bodyProperties = Object.keys(((body.properties ?? {}) as object) || {});
    if (bodyProperties.length) {
      mutations.push(
        fc.tuple(pathValues, validBody, fc.constantFrom(...bodyProperties), hostileString).map(([p, b, name, junk]) =>
          build('hostile body string', p, [], { ...((b ?? {}) as object), [name]: junk }),
        ),
      );
    }
    mutations.push(
      fc.tuple(pathValues, anyJson).map(([p, b]) => build('random JSON body', p, [], b)),
      fc.tuple(pathValues, fc.string({ maxLength: 40 })).map(([p, text]) => build('malformed body', p, [], undefined, {}, `{${text}`)),
      fc.tuple(pathValues, validBody, fc.constantFrom(...WRONG_CONTENT_TYPES)).map(([p, b, type]) => build('wrong content type', p, [], b, { 'Content-Type': type })),
      fc.tuple(pathValues, validBody, fc.string({ maxLength: 12 }), anyJson).map(([p, b, key, value]) =>
        build('mutated field', p, [], typeof b === 'object' && b !== null ? { ...(b as object), [key || 'name']: value } : b),
      ),
    );
  }
  return fc.oneof(...mutations);
}

const environment = await startContractEnvironment();
const share = environment.fixtures.share as Record<string, string | string[]>;
const shareTokens = Object.entries(share).filter(([name]) => name.endsWith('Token')).map(([, token]) => token as string);
const photoIds = [...environment.fixtures.photoIds, ...(share.photoIds as string[])];
const { multipartBody, malformedMultipart, refusedUpload } = await multipartArbitraries({ maxBytes: environment.fixtures.limits.photoMaxBytes, maxFiles: photoUploadMaxFiles });
const failures = new Map<string, { count: number; example: string }>();
let sent = 0;
let passed = 0;
const statuses = new Map<number, number>();
const rows = table.rows;
const weightOf = (_row: OperationRow) => 1;
const totalWeight = rows.reduce((sum, row) => sum + weightOf(row), 0);
/** A test key's answer with a live object in it, or a live key's with a test one: the modes must never mix. */
function crossesModes(authorization: string | undefined, text: string): boolean {
  if (authorization === `Bearer ${environment.keys.test}`) return text.includes('"livemode":true');
  if (authorization === `Bearer ${environment.keys.pro}`) return text.includes('"livemode":false');
  return false;
}

const budgetOf = (row: OperationRow) => Math.ceil((totalRequests * weightOf(row)) / totalWeight);

try {
  outer: for (const [index, row] of rows.entries()) {
    const samples = fc.sample(requestArbitrary(row, environment), { numRuns: budgetOf(row), seed: seed + index });
    for (const request of samples) {
      if (Date.now() > deadline || sent >= totalRequests) break outer;
      const url = new URL(`${environment.apiUrl}${request.path}`);
      for (const [k, v] of request.query) url.searchParams.append(k, v);
      sent++;
      const describe = `${request.kind}: ${request.method} ${url.pathname}${url.search} ${request.body?.slice(0, 200).toString() ?? ''}`;
      let problem: string | null = null;
      try {
        const ifNoneMatch = request.headers['If-None-Match'];
        // The ETag just given, sent back alone: nothing changed in between, so the answer must be a 304
        // (but opening a shared gallery is a view, which changes the account).
        let mustBeNotModified = false;
        if (ifNoneMatch?.includes(CURRENT_ETAG)) {
          const { 'If-None-Match': _, ...unconditional } = request.headers;
          const first = await fetch(url, { headers: unconditional });
          await first.arrayBuffer();
          const current = first.headers.get('etag') ?? 'W/"none"';
          request.headers['If-None-Match'] = ifNoneMatch.split(CURRENT_ETAG).join(current);
          mustBeNotModified = first.ok && ifNoneMatch === CURRENT_ETAG && row.operationId !== 'openSharedGallery';
        }
        const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) {
          problem = `${row.operationId}: ${response.status} ${text.slice(0, 300)}`;
        } else if (crossesModes(request.headers.Authorization, text)) {
          problem = `${row.operationId}: a ${request.headers.Authorization?.includes('pk_test_') ? 'test' : 'live'} key's answer shows an object of the other mode`;
        } else if (mustBeNotModified && response.status !== 304) {
          problem = `${row.operationId}: its own fresh ETag answered ${response.status}, not 304`;
        } else {
          checkResponse(request.method, url.toString(), response.status, response.headers, text);
        }
      } catch (err) {
        problem = `${row.operationId}: ${(err as Error).message.split('\n')[0]}`;
      }
      if (problem) {
        const entry = failures.get(problem) ?? { count: 0, example: describe };
        entry.count++;
        failures.set(problem, entry);
      } else {
        passed++;
      }
    }
  }
  // Malformed HTTP over raw sockets: a tenth of the budget, in parallel batches.
  const raws = fc.sample(rawRequest, { numRuns: Math.max(50, Math.floor(totalRequests / 10)), seed });
  for (let i = 0; i < raws.length && Date.now() < deadline; i += 20) {
    const batch = raws.slice(i, i + 20);
    const problems = await Promise.all(batch.map((request) => sendRaw(environment.apiUrl, request)));
    problems.forEach((problem, j) => {
      sent++;
      if (!problem) return void passed++;
      const key = `raw HTTP: ${problem.slice(0, 60)}`;
      const entry = failures.get(key) ?? { count: 0, example: JSON.stringify(batch[j]!.toString('latin1').slice(0, 200)) };
      entry.count++;
      failures.set(key, entry);
    });
  }
  // Uploads refused mid-stream, in parallel batches (the refusal races the write streams of files already
  // started, and other uploads' clean-ups): each a 4xx in the envelope, and none stores a photo.
  const uploadRow = rows.find((r) => r.operationId === 'uploadPhotos')!;
  const refused = fc.sample(refusedUpload, { numRuns: Math.max(20, Math.floor(totalRequests / 50)), seed });
  const proKey = { Authorization: `Bearer ${environment.keys.pro}` };
  // A gallery of its own: its photo count is this phase's alone (the loop above uploads to the fixture's).
  const created = await fetch(`${environment.apiUrl}/galleries`, { method: 'POST', headers: { ...proKey, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Refused uploads' }) });
  const galleryUrl = `${environment.apiUrl}/galleries/${((await created.json()) as { data: { id: string } }).data.id}`;
  const photoCount = async () => ((await (await fetch(galleryUrl, { headers: proKey })).json()) as { data: { photo_count: number } }).data.photo_count;
  const before = await photoCount();
  for (let i = 0; i < refused.length && Date.now() < deadline; i += 8) {
    const batch = refused.slice(i, i + 8);
    const answers = await Promise.all(
      batch.map(async (form) => {
        const url = `${galleryUrl}/photos`;
        try {
          const response = await fetch(url, { method: 'POST', headers: { ...proKey, 'Content-Type': form.contentType }, body: form.body });
          const text = await response.text();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status < 400 || response.status >= 500) return `${uploadRow.operationId}: a refused upload answered ${response.status}`;
          checkResponse('POST', url, response.status, response.headers, text);
          return null;
        } catch (err) {
          return `${uploadRow.operationId}: ${(err as Error).message.split('\n')[0]}`;
        }
      }),
    );
    answers.forEach((problem, j) => {
      sent++;
      if (!problem) return void passed++;
      const entry = failures.get(problem) ?? { count: 0, example: `upload refused mid-stream: ${batch[j]!.body.length} bytes` };
      entry.count++;
      failures.set(problem, entry);
    });
  }
  const after = await photoCount();
  if (after !== before) failures.set(`uploadPhotos: refused uploads stored ${after - before} photos`, { count: 1, example: `${refused.length} refused uploads` });
} finally {
  await environment.close();
}

console.log(`fuzzed ${rows.length} operations, seed ${seed}; statuses: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`);
if (environment.errorLog()) console.log(`server error log:\n${environment.errorLog().slice(0, 2000)}`);
for (const [problem, { count, example }] of [...failures].slice(0, 20)) {
  console.log(`FAIL ×${count} ${problem}\n     e.g. ${example}`);
}
console.log(`fuzz-${environment.dialect}: ${passed} passed, ${sent - passed} failed`);
process.exit(sent === 0 || sent > passed ? 1 : 0);
