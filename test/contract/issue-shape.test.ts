import { describe, expect, test } from 'vitest';
import { readXlsx } from '../../src/adapters/xlsx/read-xlsx.ts';
import { problemIssue } from '../../src/core/assess/score/run-engine.ts';
import {
  EngineIssueSchema,
  ISSUE_CODES,
  PathIssueSchema,
  TableIssueSchema,
} from '../../src/core/contract/issue.ts';
import { pca } from '../../src/core/engine/audit/pca.ts';
import { parsePipelineSpec } from '../../src/core/engine/parse-pipeline-spec.ts';
import { readCoinCsv } from '../../src/core/engine/read/read-coin-csv.ts';
import { runPipeline } from '../../src/core/engine/run-pipeline.ts';

const META = `Level,iCode,iName,Direction,Weight,Parent,Type
1,a,A,1,1,Index,Indicator
1,b,B,1,1,Index,Indicator
2,Index,Index,1,1,,Aggregate
`;
const DATA = `uCode,a,b
X,1,2
Y,3,4
`;

const input = () => {
  const r = readCoinCsv({
    iData: { name: 'iData.csv', text: DATA },
    iMeta: { name: 'iMeta.csv', text: META },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.input;
};

describe('one issue shape: {code, path or cell, message, severity}', () => {
  test('a spec problem is an invalid_spec issue at the spec key', () => {
    const r = parsePipelineSpec({ normalise: { method: 'n_foo' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(PathIssueSchema.strict().parse(r.issues[0])).toMatchObject({
      code: 'invalid_spec',
      path: 'normalise.method',
      severity: 'error',
    });
  });

  test('a CSV problem is an issue at the file, with its row and column', () => {
    const r = readCoinCsv({
      iData: { name: 'iData.csv', text: DATA.replace('3,4', 'x,4') },
      iMeta: { name: 'iMeta.csv', text: META },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(TableIssueSchema.strict().parse(r.issues[0])).toEqual({
      code: 'wrong_type',
      path: 'iData.csv',
      row: 3,
      column: 'a',
      message: 'expected a number or an empty cell, found "x"',
      severity: 'error',
    });
  });

  test('an engine problem is an issue at its stage, naming the indicator', () => {
    const r = runPipeline(input(), {
      normalise: { method: 'n_minmax' },
      aggregate: {},
      weights: { levels: { '1': { a: 1, b: -1 } } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(EngineIssueSchema.strict().parse(r.issues[0])).toMatchObject({
      code: 'zero_weights',
      path: 'weights',
      iCode: 'Index',
      severity: 'error',
    });
  });

  test('a file that is not a workbook is an issue at the file name', async () => {
    const r = await readXlsx(new TextEncoder().encode('plain text'), 'notes.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(PathIssueSchema.strict().parse(r.issues[0])).toMatchObject({
      code: 'not_xlsx',
      path: 'notes.txt',
    });
  });

  test('a constant column under PCA is a constant_indicator issue', () => {
    const r = pca({ a: [1, 2, 3], b: [5, 5, 5] }, ['a', 'b']);
    expect(r.ok ? null : r.issues[0]?.code).toBe('constant_indicator');
  });

  test('every code an issue carries is in ISSUE_CODES', () => {
    expect(
      PathIssueSchema.safeParse({ code: 'made_up', path: 'x', message: 'm', severity: 'error' })
        .success,
    ).toBe(false);
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
  });
});

describe('a scoring run keeps the engine code on the Method tab', () => {
  test.each([
    'non_positive_in_mean',
    'zero_weights',
    'unknown_method',
    'insufficient_data',
    'unknown_icode',
    'invalid_tree',
  ] as const)('%s keeps its code, as a warning', (code) => {
    const i = problemIssue(
      { code, path: 'aggregate', iCode: 'a', message: 'why', severity: 'error' },
      'main',
    );
    expect(i).toEqual({
      code,
      cell: 'Method',
      message: 'Scoring run "main" (indicator a) could not complete: why',
      severity: 'warning',
    });
  });
});
