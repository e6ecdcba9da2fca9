import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CATALOGUE, POLICY_QUESTIONS } from '../../src/core/template/catalogue/index.ts';
import { METHOD_SETTINGS } from '../../src/core/template/method-settings.ts';

const doc = readFileSync('docs/sections/template.md', 'utf8');

test('the template documentation lists every indicator, policy question and Method setting', () => {
  for (const id of [
    ...CATALOGUE.map((e) => e.id),
    ...POLICY_QUESTIONS.map((q) => q.id),
    ...METHOD_SETTINGS.map((s) => s.key),
  ]) {
    expect(doc, id).toContain(`\`${id}\``);
  }
});

test('the template documentation gives an example for every issue code the reader raises', () => {
  const codes = [
    'missing_tab',
    'missing_column',
    'empty_template',
    'wrong_type',
    'required',
    'unknown_indicator',
    'unknown_country',
    'unknown_corridor',
    'unknown_side',
    'unit_mismatch',
    'out_of_range',
    'year_outside_period',
    'missing_source',
    'duplicate',
    'inconsistent',
    'invalid_answer',
    'invalid_method',
    'invalid_catalogue',
    'formula_text',
    'outlier',
    'series_break',
  ];
  for (const code of codes) expect(doc, code).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
});
