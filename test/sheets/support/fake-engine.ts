/**
 * A tiny stand-in for the scoring engine, so recalculation tests exercise the
 * orchestration and the Sheets traffic, not the statistics: a corridor's
 * overall score is the mean of its Indicators values, ranked high to low.
 * @module
 */

import type { AssessOptions, AssessResult, CorridorScore } from '../../../src/core/assess/types.ts';
import { type Issue, issue } from '../../../src/core/contract/issue.ts';
import type { Workbook } from '../../../src/core/contract/workbook.ts';
import type { FakeSheetsServer } from '../../support/fake-sheets/index.ts';

const rowsOf = (wb: Workbook, tab: string) => (wb.tabs[tab] ?? []).slice(1);

export function fakeValidate(wb: Workbook): Issue[] {
  return rowsOf(wb, 'Corridors').flatMap((r, i) =>
    r[1]
      ? []
      : [issue('required', `Corridors!B${i + 2}`, `origin is required for ${String(r[0])}`)],
  );
}

export function fakeAssess(wb: Workbook, options: AssessOptions): AssessResult {
  const issues = fakeValidate(wb);
  const corridors: CorridorScore[] = rowsOf(wb, 'Corridors').map((r) => {
    const values = rowsOf(wb, 'Indicators')
      .filter((x) => x[0] === r[0] && typeof x[5] === 'number')
      .map((x) => Number(x[5]));
    const overall = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
    return {
      corridorId: String(r[0]),
      origin: String(r[1]),
      destination: String(r[3] ?? ''),
      overall,
      rank: null,
      rankQ5: null,
      rankQ95: null,
      dimensions: { flows_stocks: overall, root_causes: overall === null ? null : 100 - overall },
      perspectives: {},
      coverage: 1,
    };
  });
  [...corridors]
    .sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1))
    .forEach((c, i) => {
      c.rank = i + 1;
      c.rankQ5 = Math.max(1, i);
      c.rankQ95 = Math.min(corridors.length, i + 2);
    });
  const ok = !issues.some((i) => i.severity === 'error');
  return {
    ok,
    issues,
    summary: { corridors: corridors.length, errors: issues.length, warnings: 0, top: [] },
    benchmark: ok
      ? {
          generatedAt: options.generatedAt,
          corridors,
          indicators: [],
          sensitivity: [],
          gaps: gapsOf(wb),
          method: {},
        }
      : null,
    writeBack: {
      tabs: [{ name: 'Ranking', frozenRows: 1 }],
      patches: [
        {
          tab: 'Ranking',
          range: 'A1',
          values: [
            ['corridor_id', 'overall', 'rank'],
            ...corridors.map((c) => [c.corridorId, c.overall, c.rank]),
          ],
        },
      ],
    },
  };
}

/** Blank values are missing, values older than 2020 stale. */
function gapsOf(wb: Workbook) {
  return rowsOf(wb, 'Indicators').map((x) => {
    const year = typeof x[4] === 'number' ? x[4] : null;
    const status =
      x[5] === '' || x[5] === null || x[5] === undefined
        ? 'missing'
        : (year ?? 0) < 2020
          ? 'stale'
          : 'available';
    return {
      corridorId: String(x[0]),
      indicator: String(x[1]),
      status: status as 'available' | 'stale' | 'missing',
      year,
    };
  });
}

/** A corridor spreadsheet in the template's shape with one corridor and some indicator values. */
export function corridorTabs(id: string, origin: string, destination: string, values: number[]) {
  return {
    Corridors: [
      ['corridor_id', 'origin', 'transit', 'destination'],
      [id, origin, '', destination],
    ],
    Indicators: [
      ['corridor_id', 'indicator', 'side', 'country', 'year', 'value'],
      ...values.map((v, i) => [id, `ind_${i}`, 'corridor', origin, 2023, v]),
    ],
  };
}

/**
 * Two corridor spreadsheets (`a`: MEX-USA with two values, `b`: PHL-SAU with one) and a hub listing both,
 * added to `server`: the set-up of the recalculation fault and multi-instance tests.
 */
export function addHubOfTwo(
  server: FakeSheetsServer,
  ids: { a: string; b: string; hub: string },
): void {
  server.add(ids.a, corridorTabs('MEX-USA', 'MEX', 'USA', [60, 80]));
  server.add(ids.b, corridorTabs('PHL-SAU', 'PHL', 'SAU', [40]));
  server.add(
    ids.hub,
    {
      Hub: [
        ['spreadsheet', 'label'],
        [ids.a, 'Mexico'],
        [ids.b, 'Philippines'],
      ],
    },
    'Hub',
  );
}
