/**
 * The scorecard written back into one corridor spreadsheet: its corridors'
 * scores and ranks among every corridor of the hub, dimension by dimension.
 * @module
 */

import type { Benchmark } from '../assess/types.ts';
import type { CellFormat, WriteBack } from '../contract/patch.ts';
import type { CellValue } from '../contract/workbook.ts';
import { median } from '../stats/median.ts';

export const CORRIDOR_SCORECARD_TAB = 'Corridor scorecard';

const HEAD: CellFormat = { bold: true, background: '#DDEBF7', color: '#1F1F1F' };
const num = (v: number | null | undefined): CellValue =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 10) / 10 : null;

/** The median, or null for no values. */
function medianOrNull(values: number[]): number | null {
  const m = median(values);
  return Number.isNaN(m) ? null : m;
}

function block(rows: CellValue[][], top: number, out: WriteBack, numberColumns: number[]): number {
  out.patches.push({
    tab: CORRIDOR_SCORECARD_TAB,
    range: `A${top}`,
    values: rows,
    formats: rows.map((r, i) =>
      r.map((_, j) =>
        i === 0 ? HEAD : numberColumns.includes(j) ? { numberFormat: '0.0' } : null,
      ),
    ),
  });
  return top + rows.length + 1;
}

/**
 * The scorecard of a spreadsheet that could not be scored this run: its old
 * scores are cleared and the tab says since which run it is stale.
 */
export function staleScorecard(runId: string, generatedAt: string, hubLabel: string): WriteBack {
  return {
    tabs: [
      { name: CORRIDOR_SCORECARD_TAB, frozenRows: 2, columnWidths: [900], tabColour: '#C00000' },
    ],
    patches: [
      {
        tab: CORRIDOR_SCORECARD_TAB,
        range: 'A1',
        values: [
          [`Stale since run ${runId} (${generatedAt}): not scored by the hub "${hubLabel}".`],
          [
            'The earlier scores were removed; fix the errors in "Corridor validation", then ask the coordinator to recalculate.',
          ],
        ],
        formats: [[{ bold: true, color: '#C00000' }], [{ italic: true }]],
      },
    ],
  };
}

/** @param ids the corridors this spreadsheet submitted. */
export function corridorScorecard(
  benchmark: Benchmark,
  ids: readonly string[],
  hubLabel: string,
  runId = '',
): WriteBack {
  const own = benchmark.corridors.filter((c) => ids.includes(c.corridorId));
  const total = benchmark.corridors.length;
  const out: WriteBack = {
    tabs: [
      {
        name: CORRIDOR_SCORECARD_TAB,
        frozenRows: 2,
        columnWidths: [160, 200, 90, 90, 90, 90, 90, 160],
        tabColour: '#1F4E79',
      },
    ],
    patches: [],
  };
  out.patches.push({
    tab: CORRIDOR_SCORECARD_TAB,
    range: 'A1',
    values: [
      ['Corridor Monitor: corridor scorecard (generated: edit the input tabs, not this one)'],
      [
        `Generated ${benchmark.generatedAt}${runId ? ` in run ${runId}` : ''} by the hub "${hubLabel}", scored together with ${total} corridors.`,
      ],
    ],
    formats: [[{ bold: true, color: '#1F4E79' }], [{ italic: true }]],
  });
  let top = block(
    [
      [
        'corridor_id',
        'route',
        'overall (0-100)',
        'rank',
        'of',
        'rank 5th pct',
        'rank 95th pct',
        'coverage',
      ],
      ...own.map((c) => [
        c.corridorId,
        [c.origin, c.transit, c.destination].filter(Boolean).join(' → '),
        num(c.overall),
        c.rank,
        total,
        c.rankQ5,
        c.rankQ95,
        num(c.coverage * 100),
      ]),
    ],
    4,
    out,
    [2, 7],
  );
  const dims = [...new Set(benchmark.corridors.flatMap((c) => Object.keys(c.dimensions)))].sort();
  const dimRows: CellValue[][] = [['corridor_id', 'dimension', 'score', 'hub median', 'hub best']];
  for (const c of own) {
    for (const d of dims) {
      const all = benchmark.corridors
        .map((x) => (x.dimensions as Record<string, number | null>)[d])
        .filter((v): v is number => typeof v === 'number');
      dimRows.push([
        c.corridorId,
        d,
        num((c.dimensions as Record<string, number | null>)[d]),
        num(medianOrNull(all)),
        num(all.length ? Math.max(...all) : null),
      ]);
    }
  }
  top = block(dimRows, top, out, [2, 3, 4]);
  const indRows: CellValue[][] = [
    ['corridor_id', 'indicator', 'side', 'value', 'score', 'rank', 'year', 'source'],
  ];
  for (const s of benchmark.indicators.filter((i) => ids.includes(i.corridorId))) {
    indRows.push([
      s.corridorId,
      s.indicator,
      s.side,
      s.value,
      num(s.score),
      s.rank,
      s.year,
      s.source,
    ]);
  }
  block(indRows, top, out, [4]);
  return out;
}
