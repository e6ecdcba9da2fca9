/**
 * Perspectives: the corridor seen from the origin, the transit route, the
 * destination and the migrants.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark, CorridorScore } from '../types.ts';
import { num, type TabDraft } from './draft.ts';
import { byRank, place } from './ranking-tab.ts';

export const PERSPECTIVES = ['origin', 'transit', 'destination', 'migrants'] as const;
type Perspective = (typeof PERSPECTIVES)[number];

const LABEL: Record<Perspective, string> = {
  origin: 'Origin',
  transit: 'Transit and route',
  destination: 'Destination',
  migrants: "Migrants'",
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

/** Drafts the Perspectives tab: each perspective scored from the indicators whose audience it is. */
export function perspectivesTab(benchmark: Benchmark): TabDraft {
  const rows = [...benchmark.corridors].sort(byRank).map((c) => {
    const { gap, weakest } = spread(c);
    return [
      c.corridorId,
      place(c.origin),
      place(c.destination),
      num(c.overall),
      ...PERSPECTIVES.map((p) => num(c.perspectives[p])),
      gap,
      weakest,
    ];
  });
  return {
    name: GENERATED_TABS.perspectives,
    about:
      "Each perspective is scored separately with the same method, from the scored indicators whose audience it is: the origin's and the destination's own indicators, the route (and any transit country), and the migrants' (costs, rights, safety); the overall score uses them all together. See docs/framework.md.",
    sections: [
      {
        key: 'perspectives',
        title: 'Scores by perspective',
        columns: [
          { header: 'Corridor', width: 12 },
          { header: 'Origin', width: 26 },
          { header: 'Destination', width: 28 },
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
          title: "Origin, destination and migrants' perspectives",
          categoryColumn: 0,
          seriesColumns: [4, 6, 7],
        },
      },
    ],
  };
}
