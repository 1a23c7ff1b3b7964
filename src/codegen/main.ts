// `npm run generate` writes generated/ from openapi.yaml;
// `npm run check:generated` fails (exit 1) when generated/ differs from what the spec yields;
// `--out DIR` writes the files under DIR instead of the repository (to compare two runs).
import { mkdir, readFile, writeFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from './spec.js';
import { generate } from './generate.js';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outIndex = process.argv.indexOf('--out');
const root = outIndex > 0 ? process.argv[outIndex + 1]! : repository;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else files.push(relative(root, full));
  }
  return files;
}

const check = process.argv.includes('--check');
const files = await generate(await loadSpec(join(repository, 'openapi.yaml')));
const existing = new Set(await listFiles(join(root, 'generated')));
const stale: string[] = [];

for (const [file, contents] of files) {
  existing.delete(file);
  const path = join(root, file);
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === contents) continue;
  stale.push(file);
  if (!check) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contents);
  }
}
for (const leftover of existing) {
  stale.push(leftover);
  if (!check) await rm(join(root, leftover));
}

if (check) {
  if (stale.length) {
    console.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`generated/ is up to date (${files.size} files)`);
} else {
  console.log(stale.length ? `wrote ${stale.join(', ')}` : `generated/ already up to date (${files.size} files)`);
}
