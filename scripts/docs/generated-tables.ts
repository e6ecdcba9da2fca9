/**
 * The documentation tables that restate code, generated from that code:
 * the indicator catalogue, the policy questions, the Method settings, the
 * issue codes and the configuration variables. Each sits in a docs page
 * between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`.
 * `npm run docs:tables` rewrites them; test/docs/generated-tables.test.ts
 * fails when a page has drifted from the code.
 * @module
 */
import { CONFIG_VARIABLES } from '../../src/compose/config-variables.ts';
import { ISSUE_CODES, type IssueCode } from '../../src/core/contract/issue.ts';
import {
  CATALOGUE,
  DIMENSIONS,
  POLICY_QUESTIONS,
} from '../../src/core/template/catalogue/index.ts';
import { allowedText, METHOD_SETTINGS } from '../../src/core/template/method-settings.ts';

export interface GeneratedTable {
  /** The page, relative to the repository root. */
  file: string;
  name: string;
  markdown: string;
}

const DIRECTION = { 1: '↑', [-1]: '↓', 0: '◦' } as const;
const cell = (text: string) => text.replace(/\|/g, '\\|');

function catalogueTables(): string {
  return DIMENSIONS.map(({ id, label }) => {
    const rows = CATALOGUE.filter((e) => e.dimension === id).map((e) => {
      const goalposts =
        e.goalpostLower === undefined ? '' : `${e.goalpostLower}–${e.goalpostUpper}`;
      return `| \`${e.id}\` | ${e.sides.join(', ')} | ${DIRECTION[e.direction]} | ${cell(e.unit)} | ${e.min} to ${e.max} | ${goalposts} | ${cell(e.code)} |`;
    });
    return [
      `**${label}** (\`${id}\`)`,
      '',
      '| id | side | dir | unit | plausible range | goalposts | code |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  }).join('\n\n');
}

function policyTable(): string {
  const rows = POLICY_QUESTIONS.map((q) => {
    const answers = q.options.map((o) => `${o.answer} (${o.score})`).join('; ');
    return `| \`${q.id}\` | ${q.sides.join(', ')} | ${q.dimension} | ${cell(answers)} | ${cell(q.code)} |`;
  });
  return [
    '| id | sides | dimension | answers (score) | code |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function methodTable(): string {
  const rows = METHOD_SETTINGS.map(
    (s) => `| \`${s.key}\` | ${s.default} | ${allowedText(s)} | ${cell(s.description)} |`,
  );
  return ['| setting | default | allowed | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** Severity and an example message per code; the type makes a new code fail to compile here. */
const ISSUE_EXAMPLES: Record<IssueCode, [severity: string, example: string]> = {
  missing_tab: [
    'error (Corridors, Indicators); warning (others: defaults used)',
    'the workbook expects a tab named "Method", found none (the default method is used)',
  ],
  missing_column: [
    'error',
    'Indicators expects a column "value" in its header row (row 1), found only corridor_id, indicator, side, country, year, amount, unit, …',
  ],
  empty_template: [
    'error',
    'Indicators expects at least one row with year, value and source filled in, found none of its 78 rows filled',
  ],
  workbook_too_large: [
    'reserved: not raised by this version (file adapters refuse large files with a message instead)',
    '',
  ],
  wrong_type: [
    'error (warning for `confidence`)',
    'corridor_remit_cost (% of US$200 sent) expects a number between 1 and 20, found "n/a"',
  ],
  required: [
    'error',
    'year of MEX-USA gdp_pc_usd origin expects a year from 1900 to 2100, found an empty cell',
  ],
  unknown_indicator: [
    'error',
    'indicator expects an id from the Catalogue tab, found "gdp_per_cap"',
  ],
  unknown_country: [
    'error; warning for WB/UN codes',
    'origin of corridor row 3 expects an ISO 3166 alpha-3 country code such as MEX, found "XYZ"',
  ],
  unknown_corridor: [
    'error',
    'corridor_id expects a corridor listed in the Corridors tab, found "MEX-CAN"',
  ],
  same_country: [
    'error (pre-filled template, corridor pages and API)',
    'corridor NPL-NPL has the same origin and destination',
  ],
  no_migrants: [
    'error (pre-filled template, corridor pages and API)',
    'corridor NPL-ISL: UN DESA 2020 records no migrants from Nepal in Iceland (1990-2020); the largest corridors from NPL are NPL-IND, NPL-MYS, NPL-QAT',
  ],
  unknown_side: ['error', 'gdp_pc_usd expects side origin, found destination'],
  unit_mismatch: ['error', 'gdp_pc_usd expects unit "US$", found "EUR"'],
  out_of_range: [
    'error past a hard limit; warning outside the plausible range',
    'corridor_remit_cost (% of US$200 sent) expects a number of 0 or more, found -2.1',
  ],
  year_outside_period: [
    'warning (value kept)',
    'year of MEX-USA gdp_pc_usd origin expects the reference period 2010-2024 of MEX-USA, found 2005',
  ],
  missing_source: [
    'error (Indicators); warning (Policy)',
    'source of MEX-USA unemployment origin expects a source for the value, found an empty cell',
  ],
  duplicate: [
    'error',
    'MEX-USA gdp_pc_usd origin 2023 expects one value per corridor, indicator, side and year, found another at row 7',
  ],
  inconsistent: [
    'error; warning for a country value that differs between corridors',
    'corridor_stock of MEX-USA in 2020 expects at most emigrants_total of MEX (9,000,000, row 24), found 10,853,105',
  ],
  invalid_answer: [
    'error',
    'visa_access expects one of "visa-free", "visa on arrival or e-visa", "visa required", found "maybe"',
  ],
  invalid_method: [
    'error (the default is used)',
    'Method setting normalisation expects one of goalposts, minmax, zscore, prank, found "magic"; the default goalposts is used',
  ],
  invalid_catalogue: [
    'error for a bad custom row; warning for a changed built-in row (the built-in is used)',
    'Catalogue row gdp_pc_usd redefines the built-in indicator: max expects 300000, found 200000 (add your own indicator under a new id instead); the built-in is used',
  ],
  formula_text: [
    'warning',
    'Indicators expects plain text, found "=HYPERLINK(\\"http://x\\")" which starts like a formula; it is kept as text and never run',
  ],
  outlier: [
    'warning',
    'corridor_remit_cost (corridor) of MAR-ESP in 2022 expects a value near the other 5 corridors (median 4.6), found 19.5 (robust z 16.8); check the value and its unit',
  ],
  series_break: [
    'warning',
    "corridor_remit_cost (corridor) of MEX-USA expects a change near the series' usual 0.2 a year, found a jump from 5.5 in 2015 to 12.4 in 2016; check for a change of source or definition",
  ],
  stale_data: ['reserved: not raised by this version (stale values show in the Data gaps tab)', ''],
  non_positive_in_mean: [
    'warning (on the Method tab; that run stays unscored)',
    'Scoring run "main" (indicator unemployment.origin, corridor MEX-USA) could not complete: gmean at level 2 ("root_causes") needs values > 0, …',
  ],
  insufficient_data: [
    'warning (on the Corridors row or the Method tab)',
    'Corridor MEX-USA has no usable value for any scored indicator, so it is not scored.',
  ],
  zero_weights: [
    'error (index command and API); warning on the Method tab in a workbook',
    'weights of the children of "Index" (a, b) sum to 0; expected a non-zero sum',
  ],
  unknown_method: [
    'error (index command and API); warning on the Method tab in a workbook',
    'aggregate.method names level 5, but the tree aggregates levels 2, 3, 4',
  ],
  constant_indicator: ['error (PCA weights)', 'PCA: column "b" is constant over the complete rows'],
  unknown_icode: [
    'error (index command, API, iData/iMeta CSV)',
    'unknown iCode "zz": not in iMeta.csv',
  ],
  invalid_tree: [
    'error (iMeta CSV, index command and API)',
    'parent "Q" of "a" is not an iCode of the tree',
  ],
  invalid_spec: [
    'error (pipeline spec of the index command and API; the path is the spec key)',
    'unknown key(s) "bogus"',
  ],
  not_found: [
    'error (opening a file)',
    'observatory.xlsx does not exist; expected an .xlsx file or a folder of CSV tabs',
  ],
  not_assessed: [
    'error (reading an assessed workbook for the observatory)',
    'observatory.xlsx has validation errors, so it has no scores; fix them and assess again',
  ],
  too_large: [
    'error (reading a workbook file)',
    'observatory.xlsx is 60.0 MB, over the 50.0 MB limit (raise it with --max-size, or split the observatory)',
  ],
  not_xlsx: [
    'error (reading a workbook file)',
    'notes.txt is not an .xlsx workbook (no zip signature); expected an .xlsx file or a folder of CSV tabs',
  ],
  encrypted: [
    'error (reading a workbook file)',
    'book.xlsx is password-protected or an old .xls file; expected an unprotected .xlsx (remove the password, or save as .xlsx)',
  ],
  corrupt: [
    'error (reading a workbook file)',
    'book.xlsx could not be read as .xlsx (truncated or corrupted?): End of data reached',
  ],
  empty: [
    'error (reading a workbook file)',
    'book.xlsx is empty (0 bytes); expected an .xlsx workbook',
  ],
  limit: [
    'error (reading a workbook file or CSV folder past a documented limit)',
    'book.xlsx: Indicators: 500,001 rows, over the limit of 500,000 rows per tab',
  ],
  ods: [
    'error (reading a workbook file)',
    'book.ods is an OpenDocument spreadsheet (.ods); save it as .xlsx (File > Save As > Excel 2007-365) and try again',
  ],
  not_utf8: [
    'error (reading a CSV folder)',
    'tabs/Corridors.csv line 2 is not valid UTF-8 (byte 0xe9): it looks like Windows-1252; save it as UTF-8',
  ],
};

function issueTable(): string {
  const rows = ISSUE_CODES.map((code) => {
    const [severity, example] = ISSUE_EXAMPLES[code];
    return `| \`${code}\` | ${cell(severity)} | ${cell(example)} |`;
  });
  return ['| code | severity | example message |', '|---|---|---|', ...rows].join('\n');
}

function configTable(): string {
  const rows = CONFIG_VARIABLES.map((v) => {
    const names = v.names.map((n) => `\`${n}\``).join(', ');
    const meaning = v.secret ? `**Secret.** ${v.meaning}` : v.meaning;
    return `| ${names} | ${cell(v.default)} | ${cell(meaning)} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

export function generatedTables(): GeneratedTable[] {
  return [
    { file: 'docs/template.md', name: 'issue-codes', markdown: issueTable() },
    { file: 'docs/template.md', name: 'catalogue', markdown: catalogueTables() },
    { file: 'docs/template.md', name: 'policy-questions', markdown: policyTable() },
    { file: 'docs/template.md', name: 'method-settings', markdown: methodTable() },
    { file: 'docs/deploy.md', name: 'config-variables', markdown: configTable() },
  ];
}

/** The page with the table between its markers replaced; throws when the markers are missing. */
export function withTable(page: string, table: GeneratedTable): string {
  const start = `<!-- generated:${table.name} (npm run docs:tables) -->`;
  const end = `<!-- /generated:${table.name} -->`;
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from)
    throw new Error(`${table.file} expects the markers ${start} ... ${end}`);
  return `${page.slice(0, from + start.length)}\n${table.markdown}\n${page.slice(to)}`;
}
