// The README's table of variables is the declarations' (config/variables.ts),
// and so is `piksend --help`'s list: a variable added, renamed or re-defaulted
// in one place and not the other fails here.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { VARIABLES, variablesTable } from '../../src/config/index.js';
import { README, TABLE_SECTION } from '../../src/config/write-readme-table.js';

describe('configuration documented from its schema', () => {
  it('README.md carries the table generated from the declarations (npm run docs:config)', async () => {
    const section = TABLE_SECTION.exec(await readFile(README, 'utf8'));
    expect(section, 'README.md needs its <!-- variables --> section').not.toBeNull();
    const documented = section![0].split('\n').slice(1, -1).join('\n');
    expect(documented).toBe(variablesTable());
    for (const name of Object.keys(VARIABLES)) expect(documented).toContain(`| \`${name}\` |`);
  });
});
