/** POST /v1/index: the composite-indicator engine on COINr-style iData/iMeta and a pipeline spec. @module */
import { z } from 'zod';
import { toCsv } from '../../core/contract/csv.ts';
import { named } from '../../core/contract/schema-registry.ts';
import { parsePipelineSpec, readCoinCsv, runPipeline } from '../../core/engine/index.ts';
import { DEFAULT_INDEX_SPEC, rankedRows } from '../../core/engine/index-defaults.ts';
import type { ResultsTable } from '../../core/engine/types.ts';
import { ApiProblem, type FieldError } from '../problem.ts';
import { defineRoute } from '../route.ts';

const Table = z.union([
  z.string().describe('CSV text with a header row'),
  z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
    .describe('JSON rows keyed by column name'),
]);

export const IndexRequest = named(
  'IndexRequest',
  z.object({
    iData: Table.describe(
      'Units x columns: uCode, optional uName and Time, group, denominator and indicator columns',
    ),
    iMeta: Table.describe(
      'The indicator tree: Level, iCode, iName, Direction, Weight, Parent, Type, goalposts ...',
    ),
    spec: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Pipeline spec in COINr vocabulary; default n_minmax [0,100] + a_amean'),
  }),
);

export const IndexResponse = named(
  'IndexResponse',
  z.object({
    indexCode: z.string(),
    results: z
      .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
      .describe('uCode, Rank, the index, then every aggregate; best first'),
    log: z
      .array(z.object({ stage: z.string(), args: z.unknown(), notes: z.array(z.string()) }))
      .describe('Regenerates the run exactly'),
  }),
);

function csvOf(table: z.infer<typeof Table>): string {
  if (typeof table === 'string') return table;
  const header = [...new Set(table.flatMap((row) => Object.keys(row)))];
  return toCsv([header, ...table.map((row) => header.map((h) => row[h] ?? null))]);
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

function resultRows(results: ResultsTable): Record<string, string | number | null>[] {
  const codes = Object.keys(results.columns);
  return rankedRows(results).map((i) => ({
    uCode: results.units[i] ?? '',
    Rank: num(results.rank[i] ?? Number.NaN),
    ...Object.fromEntries(
      codes.map((code) => [code, num(results.columns[code]?.[i] ?? Number.NaN)]),
    ),
  }));
}

const invalid = (errors: FieldError[]) =>
  new ApiProblem(
    'invalid-request',
    `${errors.length} problem(s) in the tables or spec; first: ${errors[0]?.detail ?? ''}`,
    { errors },
  );

export const coinIndex = defineRoute({
  method: 'POST',
  path: '/v1/index',
  operationId: 'index',
  summary: 'Build a composite indicator',
  description:
    'Runs the COINr-conformant pipeline (denominate, impute, screen, treat, normalise, aggregate) on iData/iMeta, as `corridor-monitor index` does.',
  tag: 'Engine',
  access: ['statistician', 'coordinator'],
  body: IndexRequest,
  responses: [
    { status: 200, description: 'The results table and the run log.', schema: IndexResponse },
  ],
  handle: (c, { body }) => {
    const spec = parsePipelineSpec(body.spec ?? DEFAULT_INDEX_SPEC);
    if (!spec.ok)
      throw invalid(
        spec.issues.map((i) => ({
          pointer: `#/spec/${i.path.split('.').join('/')}`,
          detail: i.message,
        })),
      );
    const read = readCoinCsv({
      iData: { name: 'iData', text: csvOf(body.iData) },
      iMeta: { name: 'iMeta', text: csvOf(body.iMeta) },
    });
    if (!read.ok)
      throw invalid(
        read.issues.map((p) => ({
          pointer: `#/${p.path}`,
          detail: `${p.path} row ${p.row}, column ${p.column}: ${p.message}`,
        })),
      );
    const run = runPipeline(read.input, spec.spec);
    if (!run.ok) throw invalid(run.issues.map((p) => ({ pointer: '#/iData', detail: p.message })));
    const { results, log } = run.result;
    return c.json({ indexCode: results.indexCode, results: resultRows(results), log });
  },
});
