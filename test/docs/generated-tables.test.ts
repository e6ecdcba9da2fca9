import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedTables, withTable } from '../../scripts/docs/generated-tables.ts';
import { CONFIG_VARIABLES } from '../../src/compose/config-variables.ts';

describe('documentation tables generated from the code', () => {
  for (const table of generatedTables()) {
    test(`${table.file} holds the ${table.name} table as the code gives it (npm run docs:tables)`, () => {
      const page = readFileSync(table.file, 'utf8');
      expect(withTable(page, table)).toBe(page);
    });
  }

  test('a page without the markers is refused with their names', () => {
    const table = { file: 'x.md', name: 'demo', markdown: '| a |' };
    expect(() => withTable('no markers', table)).toThrow('<!-- generated:demo');
    const page = '<!-- generated:demo (npm run docs:tables) -->\nold\n<!-- /generated:demo -->\n';
    expect(withTable(page, table)).toContain('\n| a |\n<!-- /generated:demo -->');
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every configuration variable the code reads is documented, and every documented one is read', () => {
  const files = [...sources('src'), ...sources('functions'), 'sheets-addon/build.mjs'].filter(
    (f) => !f.endsWith('config-variables.ts'),
  );
  const read = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(CM_[A-Z0-9_]+)\b/g)) read.add(m[1]!);
    for (const m of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) read.add(m[1]!);
  }
  read.delete('SOURCE_DATE_EPOCH'); // a build convention for the CLI, documented in docs/cli.md
  const listed = new Set(CONFIG_VARIABLES.flatMap((v) => v.names));
  expect([...read].filter((n) => !listed.has(n)).sort()).toEqual([]);
  expect([...listed].filter((n) => !read.has(n)).sort()).toEqual([]);
});
