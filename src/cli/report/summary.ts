/** The end-of-run summary: top corridors and the counts of errors and warnings. @module */
import type { AssessResult } from '../../core/assess/types.ts';
import { table } from './table.ts';

const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined ? '–' : n.toFixed(digits);

export function summaryText(result: AssessResult, top = 10): string {
  const { summary, benchmark } = result;
  const lines = [
    `${summary.corridors} corridor(s), ${summary.errors} error(s), ${summary.warnings} warning(s)`,
  ];
  if (benchmark) {
    const ranked = [...benchmark.corridors]
      .filter((c) => c.rank !== null)
      .sort((a, b) => a.rank! - b.rank!)
      .slice(0, top);
    const rows = ranked.map((c) => [
      fmt(c.rank, 0),
      c.corridorId,
      fmt(c.overall),
      c.rankQ5 === null || c.rankQ95 === null ? '–' : `${fmt(c.rankQ5, 0)}–${fmt(c.rankQ95, 0)}`,
      `${Math.round(c.coverage * 100)}%`,
    ]);
    lines.push('', table(['rank', 'corridor', 'score', 'rank 5–95%', 'coverage'], rows));
    const unranked = benchmark.corridors.filter((c) => c.unranked);
    if (unranked.length > 0) {
      lines.push('', `Not ranked (${unranked.length}, listed on the Ranking tab):`);
      for (const c of unranked) lines.push(`  ${c.corridorId}: ${c.unranked}`);
    }
  } else {
    lines.push(
      '',
      'Not scored: fix the errors above; the previous benchmark tabs were left as they were.',
    );
  }
  return lines.join('\n');
}
