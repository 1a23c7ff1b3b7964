// `npm run check:contract`: openapi.yaml against the last released contract
// (the newest contracts/v<version>.yaml). openapi-diff (Atlassian's, from the npm
// registry) classifies every difference; a breaking one — a response field
// removed, a request field made required, an operation gone… — fails the gate
// unless both CHANGELOG.md and docs/versioning.md announce it, each with a line
// `- Breaking: <location> …` naming where it is (the location the gate prints).
//
// One preparation before diffing: `oneOf` is read as `anyOf`. openapi-diff's
// schema differ takes minutes on the six-way `Event` oneOf and seconds on the
// anyOf; the two accept the same events, because each branch fixes its own
// `type` value, so no branch overlaps another.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import openapiDiff from 'openapi-diff';
import { parse } from 'yaml';

export interface BreakingChange {
  code: string;
  location: string;
}

export interface GateFiles {
  contract: string;
  spec: string;
  changelog: string;
  versioning: string;
}

type Node = { [key: string]: unknown };

/** The text of a spec as openapi-diff reads it (JSON), `oneOf` read as `anyOf`. */
export function prepared(text: string): string {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const out: Node = {};
    for (const [key, child] of Object.entries(value as Node)) out[key === 'oneOf' ? 'anyOf' : key] = walk(child);
    return out;
  };
  return JSON.stringify(walk(parse(text)));
}

/** Every breaking difference from the contract to the spec. */
export async function breakingChanges(contractText: string, specText: string): Promise<BreakingChange[]> {
  const outcome = await openapiDiff.diffSpecs({
    sourceSpec: { content: prepared(contractText), location: 'contract', format: 'openapi3' },
    destinationSpec: { content: prepared(specText), location: 'openapi.yaml', format: 'openapi3' },
  });
  if (!outcome.breakingDifferencesFound) return [];
  return outcome.breakingDifferences.map((d) => ({
    code: d.code,
    location: (d.destinationSpecEntityDetails[0] ?? d.sourceSpecEntityDetails[0])?.location ?? '(no location)',
  }));
}

/** The `- Breaking: …` lines of a document, where announcements are made. */
const announcements = (text: string) => text.split('\n').filter((line) => /^\s*- Breaking: /.test(line));

/** The breaking changes a document does not announce. */
export function unannounced(changes: BreakingChange[], document: string): BreakingChange[] {
  const lines = announcements(document);
  return changes.filter((change) => !lines.some((line) => line.includes(change.location)));
}

export async function checkContract(files: GateFiles): Promise<{ changes: BreakingChange[]; problems: string[] }> {
  const read = (file: string) => readFileSync(file, 'utf8');
  const changes = await breakingChanges(read(files.contract), read(files.spec));
  const problems: string[] = [];
  for (const [name, file] of [['CHANGELOG.md', files.changelog], ['docs/versioning.md', files.versioning]] as const) {
    for (const change of unannounced(changes, read(file))) problems.push(`${change.code} at ${change.location}: not announced in ${name} (a line "- Breaking: ${change.location} …")`);
  }
  return { changes, problems };
}

/** The newest released contract: contracts/v<major>.<minor>.<patch>.yaml with the highest version. */
export function latestContract(dir: string): string {
  const versions = readdirSync(dir)
    .map((name) => /^v(\d+)\.(\d+)\.(\d+)\.yaml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]));
  if (!versions.length) throw new Error(`no released contract (v<version>.yaml) in ${dir}`);
  return join(dir, versions.at(-1)![0]);
}

async function main() {
  const root = join(import.meta.dirname, '..', '..');
  const { values } = parseArgs({
    options: { contract: { type: 'string' }, spec: { type: 'string' }, changelog: { type: 'string' }, versioning: { type: 'string' } },
    strict: true,
  });
  const files: GateFiles = {
    contract: values.contract ?? latestContract(join(root, 'contracts')),
    spec: values.spec ?? join(root, 'openapi.yaml'),
    changelog: values.changelog ?? join(root, 'CHANGELOG.md'),
    versioning: values.versioning ?? join(root, 'docs', 'versioning.md'),
  };
  const { changes, problems } = await checkContract(files);
  if (problems.length) {
    console.error(`openapi.yaml breaks the released contract (${files.contract}) without announcing it:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(changes.length ? `${changes.length} breaking change(s) against the released contract, each announced` : 'no breaking change against the released contract');
}

if (import.meta.filename === process.argv[1]) await main();
