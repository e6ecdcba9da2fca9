/**
 * Perspectives: the corridor seen from the origin, the destination and the migrants.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark, CorridorScore } from '../types.ts';
import { num, type TabDraft } from './draft.ts';
import { byRank } from './ranking-tab.ts';

export const PERSPECTIVES = ['origin', 'destination', 'migrants', 'corridor'] as const;
type Perspective = (typeof PERSPECTIVES)[number];

const LABEL: Record<Perspective, string> = {
  origin: 'Origin side',
  destination: 'Destination side',
  migrants: "Migrants'",
  corridor: 'Corridor-level',
};

function spread(c: CorridorScore): { gap: number | null; weakest: string | null } {
  const scored = PERSPECTIVES.flatMap((p) => {
    const v = c.perspectives[p];
    return v === null || v === undefined ? [] : [[p, v] as const];
  });
  if (scored.length < 2) return { gap: null, weakest: scored[0] ? LABEL[scored[0][0]] : null };
  let low = scored[0]!;
  let high = scored[0]!;
  for (const s of scored) {
    if (s[1] < low[1]) low = s;
    if (s[1] > high[1]) high = s;
  }
  return { gap: high[1] - low[1], weakest: LABEL[low[0]] };
}

/** Drafts the Perspectives tab: each side scored from its own indicators only. */
export function perspectivesTab(benchmark: Benchmark): TabDraft {
  const rows = [...benchmark.corridors].sort(byRank).map((c) => {
    const { gap, weakest } = spread(c);
    return [
      c.corridorId,
      c.origin,
      c.destination,
      num(c.overall),
      ...PERSPECTIVES.map((p) => num(c.perspectives[p])),
      gap,
      weakest,
    ];
  });
  return {
    name: GENERATED_TABS.perspectives,
    about:
      'Each perspective is scored separately, from the indicators reported for that side only (origin, destination, migrants, corridor-level), with the same method; the overall score uses them all together.',
    sections: [
      {
        key: 'perspectives',
        title: 'Scores by perspective',
        columns: [
          { header: 'Corridor', width: 12 },
          { header: 'Origin', width: 8 },
          { header: 'Destination', width: 11 },
          { header: 'Overall', format: '0.0', width: 9 },
          ...PERSPECTIVES.map((p) => ({ header: LABEL[p], format: '0.0', width: 11 })),
          {
            header: 'Largest gap',
            format: '0.0',
            width: 9,
            note: 'Highest minus lowest perspective score.',
          },
          { header: 'Weakest perspective', width: 16 },
        ],
        rows,
        scaleColumns: [3, 4, 5, 6, 7],
        chart: {
          type: 'column',
          title: 'Origin vs destination vs migrants',
          categoryColumn: 0,
          seriesColumns: [4, 5, 6],
        },
      },
    ],
  };
}
