// `npm run docs:config`: rewrites the README's table of variables from their
// declarations (config/variables.ts). test/config/readme-table.test.ts fails when they disagree.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { variablesTable } from './variables.js';

export const README = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');
export const TABLE_SECTION = /(<!-- variables:[^\n]*-->\n)[\s\S]*?(\n<!-- \/variables -->)/;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await readFile(README, 'utf8');
  if (!TABLE_SECTION.test(text)) throw new Error('README.md has no <!-- variables --> section');
  await writeFile(README, text.replace(TABLE_SECTION, (_, open: string, close: string) => `${open}${variablesTable()}${close}`));
  console.log('README.md: variables table written');
}
