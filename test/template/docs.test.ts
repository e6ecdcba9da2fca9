import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ISSUE_CODES } from '../../src/core/contract/issue.ts';
import { CATALOGUE, POLICY_QUESTIONS } from '../../src/core/template/catalogue/index.ts';
import { METHOD_SETTINGS } from '../../src/core/template/method-settings.ts';

const doc = readFileSync('docs/template.md', 'utf8');

test('the template documentation lists every indicator, policy question and Method setting', () => {
  for (const id of [
    ...CATALOGUE.map((e) => e.id),
    ...POLICY_QUESTIONS.map((q) => q.id),
    ...METHOD_SETTINGS.map((s) => s.key),
  ]) {
    expect(doc, id).toContain(`\`${id}\``);
  }
});

test('the template documentation lists every issue code', () => {
  for (const code of ISSUE_CODES)
    expect(doc, code).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
});
