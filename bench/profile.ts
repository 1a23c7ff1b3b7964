// Profile before optimising: runs the compiled server under `--cpu-prof` on a
// seeded database, drives one path with autocannon, and prints where the
// server's CPU time went (self time by function, and by package or file).
//   npm run bench:profile                                  (the gallery list)
//   npm run bench:profile -- --path '/api/v1/galleries?search=smith' --seconds 10
//   npm run bench:profile -- --path '/api/v1/galleries/{gallery}'   (the get: {gallery} is a seeded gallery)
//   npm run bench:profile -- --conditional                  (a client polling the list with its ETag: 304s)
//   npm run bench:profile -- --full --big --path '/api/v1/galleries?search=smith'   (the 100,000-gallery account)
//   DATABASE_URL=postgres://… npm run bench:profile
// The .cpuprofile is kept (path printed) for Chrome DevTools → Performance.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/connect.js';
import { FULL_SIZE, seedBenchData } from './seed.js';
import { buildServer, serverEnv, startCompiledServer, stop, waitFor } from './support/compiled-server.js';
import { benchDatabase, freePort, ROOT } from './support/environment.js';

const { values: args } = parseArgs({
  options: {
    path: { type: 'string', default: '/api/v1/galleries?per_page=20' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    big: { type: 'boolean', default: false },
    // The full bench's data (100 accounts × 1,000 and one of 100,000 galleries) instead of a small seed.
    full: { type: 'boolean', default: false },
    // A polling client: the path's current ETag in If-None-Match (every answer a 304).
    conditional: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
  },
});

buildServer();

const databaseUrl = process.env.DATABASE_URL;
const dialect = databaseUrl?.startsWith('postgres') ? 'postgres' : 'sqlite';
const database = await benchDatabase(dialect, databaseUrl ?? '');
const opened = openDatabase(database.url);
await opened.migrate();
const seeded = await seedBenchData(opened.db, args.full ? FULL_SIZE : { accounts: 3, galleriesPerAccount: 100, bigAccountGalleries: 2_000 });
await opened.close();

const profileDir = await mkdtemp(join(tmpdir(), 'piksend-profile-'));
const port = await freePort();
const server = startCompiledServer(port, serverEnv(database.url), ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
const base = `http://127.0.0.1:${port}`;
await waitFor(`${base}/api/v1/health`, server);
const auth = { Authorization: `Bearer ${args.big ? seeded.bigKey : seeded.smallKey}` };
// `{gallery}` in the path stands for a seeded gallery of the account (`--path '/api/v1/galleries/{gallery}'`: the get).
const path = args.path!.replace('{gallery}', seeded.smallGalleryId);
const etag = args.conditional ? (await fetch(base + path, { headers: auth })).headers.get('etag') : null;
const result = await autocannon({
  url: base + path,
  connections: Number(args.connections),
  duration: Number(args.seconds),
  headers: { ...auth, ...(etag ? { 'If-None-Match': etag } : {}) },
});
await stop(server);
await database.drop();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const file = join(profileDir, (await readdir(profileDir)).find((name) => name.endsWith('.cpuprofile'))!);
const profile = JSON.parse(await readFile(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const time = profile.timeDeltas[i] ?? 0;
  total += time;
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const where = url.replace(/^.*node_modules\//, '').replace(`file://${ROOT}/`, '');
  const place = url.includes('node_modules/') ? where.split('/').slice(0, where.startsWith('@') ? 2 : 1).join('/') : where || functionName;
  const name = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  byPlace.set(place, (byPlace.get(place) ?? 0) + time);
});
const top = (table: Map<string, number>) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(args.top))
    .map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');

console.log(`${args.path} (${dialect}): ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`);
console.log(`\nself time by function\n${top(byFunction)}`);
console.log(`\nself time by package or file\n${top(byPlace)}`);
console.log(`\nprofile: ${file}`);
