import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { frameworkMarkdown } from '../../src/core/template/catalogue/framework-table.ts';

const PATH = 'docs/framework.md';
const START =
  '<!-- framework:start (generated from src/core/template/catalogue by frameworkMarkdown) -->';
const END = '<!-- framework:end -->';

function generatedPart(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${PATH} lacks the ${START} ... ${END} markers`);
  return doc.slice(a + START.length, b).trim();
}

test('docs/framework.md carries the framework tables exactly as the catalogue states them (UPDATE_FRAMEWORK_DOC=1 rewrites them)', () => {
  const doc = readFileSync(PATH, 'utf8');
  const table = frameworkMarkdown().trim();
  if (process.env.UPDATE_FRAMEWORK_DOC === '1') {
    const a = doc.indexOf(START) + START.length;
    writeFileSync(PATH, `${doc.slice(0, a)}\n\n${table}\n\n${doc.slice(doc.indexOf(END))}`);
    return;
  }
  expect(generatedPart(doc)).toBe(table);
});

test('every scored built-in indicator states why it belongs and which way is better', () => {
  const table = frameworkMarkdown();
  const rows = table.split('\n').filter((l) => l.startsWith('| `'));
  expect(rows.length).toBeGreaterThan(10);
  for (const row of rows) {
    const cells = row.split(' | ');
    expect(cells[3], row).toMatch(/higher is better|lower is better/);
    expect(cells[5]!.length, row).toBeGreaterThan(20);
  }
});
