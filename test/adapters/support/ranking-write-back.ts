/** A write-back of one Ranking tab holding a bar chart over its rows, for the chart and writer tests. */
import type { CellFormat, WriteBack } from '../../../src/core/contract/patch.ts';
import type { CellValue } from '../../../src/core/contract/workbook.ts';

/** `rows` under a `corridor, score` header in A1, charted as "Overall score" anchored at D2. */
export function rankingWithChart(
  rows: CellValue[][],
  formats?: (CellFormat | null)[][],
): WriteBack {
  const last = rows.length + 1;
  return {
    tabs: [
      {
        name: 'Ranking',
        frozenRows: 1,
        charts: [
          {
            type: 'bar',
            title: 'Overall score',
            categories: `A2:A${last}`,
            series: [{ name: 'score', range: `B2:B${last}` }],
            anchor: 'D2',
          },
        ],
      },
    ],
    patches: [
      {
        tab: 'Ranking',
        range: `A1:B${last}`,
        values: [['corridor', 'score'], ...rows],
        ...(formats ? { formats } : {}),
      },
    ],
  };
}
