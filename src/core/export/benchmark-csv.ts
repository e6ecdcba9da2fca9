/**
 * The benchmark as CSV: one file per table of each benchmark tab.
 * @module
 */
import { benchmarkDrafts } from '../assess/render/render-benchmark.ts';
import { userText } from '../assess/render/text.ts';
import type { Benchmark } from '../assess/types.ts';
import { toCsv } from '../contract/csv.ts';

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Every table of the benchmark tabs as CSV text (header row, then data; no
 * banner), keyed by file name `<tab>--<table>.csv` in tab order. Formula-like
 * user text gets a leading apostrophe, as in the tabs.
 *
 * @example
 * Object.keys(benchmarkToCsv(benchmark))[0]; // 'scorecard--scorecard.csv'
 */
export function benchmarkToCsv(benchmark: Benchmark): Record<string, string> {
  const files: Record<string, string> = {};
  for (const draft of benchmarkDrafts(benchmark)) {
    for (const section of draft.sections) {
      const rows = section.rows.map((r) => r.map((v) => (typeof v === 'string' ? userText(v) : v)));
      files[`${slug(draft.name)}--${slug(section.key)}.csv`] = toCsv([
        section.columns.map((c) => c.header),
        ...rows,
      ]);
    }
  }
  return files;
}
