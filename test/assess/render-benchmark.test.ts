import { describe, expect, test } from 'vitest';
import { BANNER } from '../../src/core/assess/render/banner.ts';
import { renderBenchmark } from '../../src/core/assess/render/render-benchmark.ts';
import { parseRange } from '../../src/core/contract/a1.ts';
import { GENERATED_TABS } from '../../src/core/template/layout.ts';
import { smallBenchmark } from './fixtures/small-benchmark.ts';

const cells = (tab: string) => {
  const out = renderBenchmark(smallBenchmark());
  return out.patches.filter((p) => p.tab === tab).flatMap((p) => p.values);
};

describe('benchmark tabs', () => {
  test('every benchmark tab is generated once, in order, without Validation', () => {
    const names = renderBenchmark(smallBenchmark()).tabs.map((t) => t.name);
    expect(names).toEqual([
      GENERATED_TABS.scorecard,
      GENERATED_TABS.ranking,
      GENERATED_TABS.perspectives,
      GENERATED_TABS.trends,
      GENERATED_TABS.dataGaps,
      GENERATED_TABS.sensitivity,
      GENERATED_TABS.audit,
      GENERATED_TABS.methodSources,
    ]);
  });

  test('each tab starts with the do-not-edit banner, the generation time and a method summary', () => {
    const out = renderBenchmark(smallBenchmark());
    for (const tab of out.tabs) {
      const first = out.patches.find((p) => p.tab === tab.name)!;
      expect(first.range.startsWith('A1:')).toBe(true);
      expect(first.values[0]![0]).toBe(BANNER);
      expect(first.values[1]).toContain('2026-01-01T00:00:00Z');
      expect(String(first.values[2]![1])).toContain('Normalisation: fixed goalposts');
    }
  });

  test('every patch is rectangular and its range matches its values', () => {
    for (const p of renderBenchmark(smallBenchmark()).patches) {
      const r = parseRange(p.range)!;
      expect(p.values.length).toBe(r.end.row - r.start.row + 1);
      for (const row of p.values) expect(row.length).toBe(r.end.column - r.start.column + 1);
      if (p.formats) expect(p.formats.length).toBe(p.values.length);
    }
  });

  test('patches of one tab never overlap', () => {
    const out = renderBenchmark(smallBenchmark());
    for (const tab of out.tabs) {
      const rows = out.patches.filter((p) => p.tab === tab.name).map((p) => parseRange(p.range)!);
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]!.start.row).toBeGreaterThan(rows[i - 1]!.end.row);
    }
  });

  test('the ranking lists the best corridor first and the unscored one last, with its rank interval', () => {
    const rows = cells(GENERATED_TABS.ranking);
    const header = rows.findIndex((r) => r[0] === 'Rank');
    expect(rows[header + 1]!.slice(0, 2)).toEqual([1, 'MEX-USA']);
    expect(rows[header + 1]).toContain('1 to 2');
    expect(rows[header + 2]![0]).toBeNull();
  });

  test('NaN never reaches a cell: missing scores are empty', () => {
    for (const p of renderBenchmark(smallBenchmark()).patches) {
      for (const row of p.values)
        for (const v of row) expect(typeof v === 'number' && !Number.isFinite(v)).toBe(false);
    }
  });

  test('formula-like user text is written with a leading apostrophe', () => {
    const ranking = cells(GENERATED_TABS.ranking).flat();
    expect(ranking).toContain("'=EVIL()");
    expect(ranking).not.toContain('=EVIL()');
    expect(cells(GENERATED_TABS.scorecard).flat()).toContain("'@UN DESA");
  });

  test('the scorecard marks context indicators and colours the score column', () => {
    const out = renderBenchmark(smallBenchmark());
    const rows = cells(GENERATED_TABS.scorecard);
    const stock = rows.find((r) => r[1] === 'corridor_stock')!;
    expect(stock[7]).toBeNull();
    expect(stock[10]).toBe('context');
    const tab = out.tabs.find((t) => t.name === GENERATED_TABS.scorecard)!;
    expect(tab.colourScales?.[0]?.range).toMatch(/^H\d+:H\d+$/);
  });

  test('charts point at the data they plot', () => {
    const tab = renderBenchmark(smallBenchmark()).tabs.find(
      (t) => t.name === GENERATED_TABS.ranking,
    )!;
    const chart = tab.charts![0]!;
    const rows = cells(GENERATED_TABS.ranking);
    const cat = parseRange(chart.categories)!;
    expect(rows[cat.start.row - 1]![1]).toBe('MEX-USA');
    expect(chart.series[0]!.name).toBe('Overall score');
  });

  test('the sensitivity tab lists the strongest driver first, and says why when nothing ran', () => {
    const rows = cells(GENERATED_TABS.sensitivity);
    const header = rows.findIndex((r) => r[0] === 'Method choice');
    expect(rows[header + 1]![0]).toBe('aggregation');
    expect(rows[header + 1]![3]).toBeCloseTo(0.6 / 0.9, 12);
    const titleOf = (b: ReturnType<typeof smallBenchmark>) =>
      renderBenchmark(b).patches.filter((p) => p.tab === GENERATED_TABS.sensitivity)[1]!
        .values[0]![0];
    const base = smallBenchmark();
    expect(
      titleOf({ ...base, sensitivity: [], method: { ...base.method, uncertainty_runs: 0 } }),
    ).toMatch(/^Not run/);
    // one ranked corridor: nothing to vary, and the Validation tab has nothing to say about it
    expect(titleOf({ ...base, sensitivity: [] })).toMatch(/at least 2 ranked corridors, found 1/);
    const two = { ...base, corridors: base.corridors.map((c) => ({ ...c, rank: c.rank ?? 2 })) };
    expect(titleOf({ ...two, sensitivity: [] })).toMatch(/did not complete/);
  });

  test('trends show panel scores by year and indicator changes with their verdict', () => {
    const rows = cells(GENERATED_TABS.trends);
    expect(rows.find((r) => r[0] === 2010)?.slice(0, 3)).toEqual([2010, 75, null]);
    expect(rows.find((r) => r[2] === 'unemployment.origin')).toContain('better');
  });

  test('trends have a chart in the default (latest) mode too, and the panel chart never reuses a colour', () => {
    const latest = renderBenchmark({ ...smallBenchmark(), yearScores: [] });
    const tab = latest.tabs.find((t) => t.name === GENERATED_TABS.trends)!;
    expect(tab.charts?.map((c) => c.title)).toEqual([
      'Indicators better and worse since the first year, by corridor',
    ]);
    const panel = renderBenchmark(smallBenchmark()).tabs.find(
      (t) => t.name === GENERATED_TABS.trends,
    )!;
    for (const c of panel.charts ?? []) expect(c.series.length).toBeLessThanOrEqual(8);
  });
});

describe('data gaps tab', () => {
  test('counts each corridor’s available, stale and missing data, shows the Ranking tab’s coverage, and lists what the teams reported', () => {
    const b = smallBenchmark();
    b.gaps.push({
      corridorId: 'MEX-USA',
      indicator: 'welcome.destination',
      status: 'stale',
      year: 2009,
    });
    b.availability = [
      {
        corridorId: 'MEX-USA',
        item: 'census',
        side: 'origin',
        country: 'MEX',
        status: 'partial',
        latestYear: 2020,
        source: '+INEGI',
      },
    ];
    const rows = renderBenchmark(b)
      .patches.filter((p) => p.tab === GENERATED_TABS.dataGaps)
      .flatMap((p) => p.values);
    expect(rows.find((r) => r[0] === 'MEX-USA' && typeof r[1] === 'number')).toEqual([
      'MEX-USA',
      2,
      1,
      1,
      0,
      1, // the corridor's one coverage figure, as on the Ranking tab
    ]);
    expect(rows.find((r) => r[1] === 'census')).toEqual([
      'MEX-USA',
      'census',
      'origin',
      'MEX',
      'partial',
      2020,
      "'+INEGI",
    ]);
  });
});
