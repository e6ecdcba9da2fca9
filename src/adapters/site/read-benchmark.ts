/**
 * Reads the assessment shown on corridor pages: a benchmark.json exported by
 * `assess --export`, or an assessed workbook (.xlsx or CSV folder), which is
 * assessed again at the time written in its Scorecard tab so the scores are
 * the ones the workbook shows. Returns the issue instead of throwing.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { assess } from '../../core/assess/assess.ts';
import type { Benchmark } from '../../core/assess/types.ts';
import { type Failed, type Issue, type PathIssue, pathIssue } from '../../core/contract/issue.ts';
import { readInput } from '../fs/open-input.ts';

export type BenchmarkRead =
  | {
      ok: true;
      benchmark: Benchmark;
      assessedBy: string;
      /** The file's name, or the hub's title. */
      file: string;
      /** The hub's recalculation run the results come from. */
      runId?: string;
    }
  | Failed<Issue | PathIssue>;

/** The teams named in the Corridors tab's `team` column, joined. */
function teams(tabs: Record<string, unknown[][]>): string | null {
  const rows = tabs.Corridors ?? [];
  const col = (rows[0] ?? []).findIndex((h) => String(h).trim().toLowerCase() === 'team');
  if (col < 0) return null;
  const names = [
    ...new Set(
      rows
        .slice(1)
        .map((r) => String(r[col] ?? '').trim())
        .filter(Boolean),
    ),
  ];
  return names.length ? names.join(', ') : null;
}

/** The "Generated at" time of an assessed workbook's Scorecard tab. */
function generatedAt(tabs: Record<string, unknown[][]>): string | null {
  for (const row of tabs.Scorecard ?? []) {
    if (row[0] === 'Generated at') {
      const v = row[1];
      const t = v instanceof Date ? v.toISOString() : String(v ?? '');
      return Number.isNaN(Date.parse(t)) ? null : new Date(t).toISOString();
    }
  }
  return null;
}

function isBenchmark(v: unknown): v is Benchmark {
  const b = v as Benchmark;
  return (
    !!b && typeof b.generatedAt === 'string' && Array.isArray(b.corridors) && Array.isArray(b.gaps)
  );
}

export async function readBenchmark(
  file: string,
  assessedBy: string | undefined,
): Promise<BenchmarkRead> {
  if (file.toLowerCase().endsWith('.json')) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null)
      return fail(
        'not_found',
        file,
        `${file} cannot be read; expected benchmark.json from assess --export`,
      );
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail(
        'corrupt',
        file,
        `${file} is not JSON; expected benchmark.json from assess --export`,
      );
    }
    if (!isBenchmark(parsed))
      return fail(
        'wrong_type',
        file,
        `${file} has no generatedAt, corridors and gaps; expected benchmark.json from assess --export`,
      );
    return {
      ok: true,
      benchmark: parsed,
      assessedBy: assessedBy ?? 'the hub',
      file: basename(file),
    };
  }
  const input = await readInput(file, undefined, undefined, 'all');
  if (!input.ok) return input;
  const tabs = input.workbook.tabs;
  const when = generatedAt(tabs);
  if (!when)
    return fail(
      'missing_tab',
      file,
      `${file} has no Scorecard tab with "Generated at": assess it first (corridor-monitor assess)`,
    );
  const result = assess(input.workbook, { generatedAt: when });
  if (!result.benchmark)
    return fail(
      'not_assessed',
      file,
      `${file} has validation errors, so it has no scores; fix them and assess again`,
    );
  return {
    ok: true,
    benchmark: result.benchmark,
    assessedBy: assessedBy ?? teams(tabs) ?? 'the hub',
    file: basename(file),
  };
}

const fail = (code: PathIssue['code'], file: string, message: string): Failed<PathIssue> => ({
  ok: false,
  issues: [pathIssue(code, file, message)],
});
