import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import { assess } from '../../src/core/assess/assess.ts';
import type * as Core from '../../src/core/assess/types.ts';
import type * as Contract from '../../src/core/contract/benchmark.ts';
import { BenchmarkSchema } from '../../src/core/contract/benchmark.ts';
import { ISSUE_CODES } from '../../src/core/contract/issue.ts';
import { buildOpenApi } from '../../src/http/openapi/build-document.ts';
import { routes } from '../../src/http/routes/index.ts';
import { exampleWorkbook } from './example-workbook.ts';

type Of<S extends z.ZodType> = z.infer<S>;
type Row<T> = T extends readonly (infer R)[] ? R : never;

describe('the Benchmark schema covers every field the core returns', () => {
  test('every field of the core type has a schema field, and no more', () => {
    type Json = Of<typeof Contract.BenchmarkSchema>;
    expectTypeOf<keyof Core.Benchmark>().toEqualTypeOf<keyof Json>();
    expectTypeOf<keyof Core.CorridorScore>().toEqualTypeOf<keyof Row<Json['corridors']>>();
    expectTypeOf<keyof Core.IndicatorScore>().toEqualTypeOf<keyof Row<Json['indicators']>>();
    expectTypeOf<keyof Core.SensitivityRow>().toEqualTypeOf<keyof Row<Json['sensitivity']>>();
    expectTypeOf<keyof Row<Core.Benchmark['gaps']>>().toEqualTypeOf<keyof Row<Json['gaps']>>();
    expectTypeOf<keyof Core.IndicatorMeta>().toEqualTypeOf<keyof Row<NonNullable<Json['meta']>>>();
    expectTypeOf<keyof Core.TrendRow>().toEqualTypeOf<keyof Row<NonNullable<Json['trends']>>>();
    expectTypeOf<keyof Core.YearScore>().toEqualTypeOf<
      keyof Row<NonNullable<Json['yearScores']>>
    >();
    expectTypeOf<keyof Core.SourceUse>().toEqualTypeOf<keyof Row<NonNullable<Json['sources']>>>();
    expectTypeOf<keyof Core.EngineLogLine>().toEqualTypeOf<keyof Row<NonNullable<Json['log']>>>();
    expectTypeOf<keyof Core.DimensionDriver>().toEqualTypeOf<
      keyof Row<NonNullable<Json['drivers']>>
    >();
    expectTypeOf<keyof Core.ReportedAvailability>().toEqualTypeOf<
      keyof Row<NonNullable<Json['availability']>>
    >();
    expectTypeOf<Core.Benchmark>().toExtend<Json>();
    expectTypeOf<Core.AssessSummary>().toEqualTypeOf<Contract.AssessSummary>();
  });

  test("the example's benchmark parses without losing a field", () => {
    const result = assess(exampleWorkbook(), {
      generatedAt: '2026-01-01T00:00:00Z',
      uncertaintyRuns: 0,
    });
    const benchmark = JSON.parse(JSON.stringify(result.benchmark));
    for (const key of ['meta', 'trends', 'sources', 'log', 'drivers', 'availability']) {
      expect(benchmark[key], key).not.toHaveLength(0);
    }
    expect(BenchmarkSchema.parse(benchmark)).toEqual(benchmark);
  });

  test('the OpenAPI document lists every Benchmark field and every issue code', () => {
    const doc = buildOpenApi(routes) as {
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    };
    const { Benchmark, Issue } = doc.components.schemas;
    expect(Object.keys(Benchmark!.properties)).toEqual(Object.keys(BenchmarkSchema.shape));
    expect(Issue!.properties.code!.enum).toEqual([...ISSUE_CODES]);
  });
});
