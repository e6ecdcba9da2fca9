/**
 * The main job in the core: read the template, validate, score, render.
 * @module
 */

import type { Issue } from '../contract/issue.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { Workbook } from '../contract/workbook.ts';
import { readTemplate } from '../validate/read-template.ts';
import { renderValidationTab } from '../validate/render-validation-tab.ts';
import { reconcileSubmission } from './reconcile/index.ts';
import { renderBenchmark } from './render/render-benchmark.ts';
import { buildBenchmark } from './score/build-benchmark.ts';
import type { AssessOptions, AssessResult, AssessSummary, Benchmark } from './types.ts';

const TOP = 5;

function summarise(
  corridors: number,
  issues: readonly Issue[],
  benchmark: Benchmark | null,
): AssessSummary {
  const top = benchmark
    ? benchmark.corridors
        .filter((c) => c.rank !== null)
        .sort((a, b) => a.rank! - b.rank! || (a.corridorId < b.corridorId ? -1 : 1))
        .slice(0, TOP)
        .map((c) => ({ corridorId: c.corridorId, overall: c.overall, rank: c.rank }))
    : [];
  return {
    corridors,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    top,
  };
}

/** Only tabs and patches: the Validation render also carries its tab alone, which must not reach the JSON. */
const merge = (...parts: WriteBack[]): WriteBack => ({
  tabs: parts.flatMap((p) => p.tabs),
  patches: parts.flatMap((p) => p.patches),
});

/**
 * Assesses a workbook. With any error-severity issue nothing is scored and
 * only the Validation tab is written, so the previous benchmark tabs stay as
 * they were. Otherwise every benchmark tab is rendered after Validation.
 * Pure: the same workbook and options give byte-identical JSON; bad data
 * become issues, never exceptions.
 *
 * @example
 * const result = assess(workbook, { generatedAt: '2026-01-01T00:00:00Z' });
 * result.ok; // true when no errors
 * result.writeBack.tabs.map((t) => t.name); // ['Validation', 'Scorecard', 'Ranking', ...]
 */
export function assess(workbook: Workbook, options: AssessOptions): AssessResult {
  const read = readTemplate(workbook);
  const corridors = read.submission.corridors.length;
  if (read.issues.some((i) => i.severity === 'error')) {
    return {
      ok: false,
      issues: read.issues,
      summary: summarise(corridors, read.issues, null),
      benchmark: null,
      writeBack: merge(renderValidationTab(read.issues, options.generatedAt)),
    };
  }
  const { benchmark, issues: scoring } = buildBenchmark(read.submission, {
    generatedAt: options.generatedAt,
    ...(options.uncertaintyRuns !== undefined ? { uncertaintyRuns: options.uncertaintyRuns } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  const recon = reconcileSubmission(read.submission, options.generatedAt); // open-data reconciliation (issue 11)
  const issues = [...read.issues, ...scoring, ...recon.issues];
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    summary: summarise(corridors, issues, benchmark),
    benchmark,
    writeBack: merge(
      renderValidationTab(issues, options.generatedAt),
      renderBenchmark(benchmark),
      recon.writeBack,
    ),
  };
}
