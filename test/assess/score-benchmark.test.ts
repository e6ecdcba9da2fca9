import { describe, expect, test } from 'vitest';
import { buildBenchmark } from '../../src/core/assess/score/build-benchmark.ts';
import type { Benchmark } from '../../src/core/assess/types.ts';
import { HAND_VALUES, handSubmission, observations } from './fixtures/hand-submission.ts';

const GENERATED = '2026-01-01T00:00:00Z';
const score = (sub = handSubmission()) => buildBenchmark(sub, { generatedAt: GENERATED });
const corridor = (b: Benchmark, id: string) => b.corridors.find((c) => c.corridorId === id)!;

describe('scoring a hand-made submission with goalposts and an arithmetic mean', () => {
  test('dimension and overall scores equal the hand computation', () => {
    const { benchmark } = score();
    expect(corridor(benchmark, 'A-B').dimensions).toEqual({
      root_causes: 75,
      origin_costs_benefits: 75,
      destination_costs_benefits: 60,
      wellbeing_rights: 50,
    });
    expect(corridor(benchmark, 'A-B').overall).toBeCloseTo(65, 10);
    expect(corridor(benchmark, 'C-D').overall).toBeCloseTo(67.5, 10);
    expect(corridor(benchmark, 'E-F').overall).toBeCloseTo(27.5, 10);
  });

  test('corridors are ranked best first', () => {
    const { benchmark } = score();
    expect(['C-D', 'A-B', 'E-F'].map((id) => corridor(benchmark, id).rank)).toEqual([1, 2, 3]);
  });

  test('descriptive indicators are reported but never scored', () => {
    const { benchmark } = score();
    const stock = benchmark.meta!.find((m) => m.iCode === 'stock.corridor')!;
    expect(stock.scored).toBe(false);
    const row = benchmark.indicators.find(
      (s) => s.corridorId === 'A-B' && s.indicator === 'stock',
    )!;
    expect(row.value).toBe(1e6);
    expect(row.score).toBeNull();
    const changed = handSubmission();
    changed.observations = observations(
      { ...HAND_VALUES, 'A-B': { ...HAND_VALUES['A-B']!, stock: 9e6 } },
      2020,
    );
    expect(corridor(score(changed).benchmark, 'A-B').overall).toBe(
      corridor(benchmark, 'A-B').overall,
    );
  });

  test('each indicator has its score and its rank among the corridors', () => {
    const { benchmark } = score();
    const push = benchmark.indicators.filter((s) => s.indicator === 'push');
    expect(push.map((s) => [s.corridorId, s.score, s.rank, s.year, s.source])).toEqual([
      ['A-B', 75, 1, 2020, 'push source'],
      ['C-D', 50, 2, 2020, 'push source'],
      ['E-F', 25, 3, 2020, 'push source'],
    ]);
  });

  test('perspectives score the columns of their own side, and corridor columns count for migrants', () => {
    const { benchmark } = score();
    expect(corridor(benchmark, 'A-B').perspectives).toEqual({
      origin: 75,
      transit: null,
      destination: 60,
      migrants: 62.5,
    });
    const changed = handSubmission();
    changed.observations = observations(
      { ...HAND_VALUES, 'A-B': { ...HAND_VALUES['A-B']!, push: 40 } },
      2020,
    );
    const after = corridor(score(changed).benchmark, 'A-B');
    expect(after.perspectives.origin).toBe(0);
    expect(after.perspectives.destination).toBe(60);
    expect(after.perspectives.migrants).toBe(62.5);
  });

  test('min-max normalisation compares corridors instead of fixed goalposts', () => {
    const { benchmark } = score(handSubmission({ normalisation: 'minmax' }));
    const push = benchmark.indicators.filter((s) => s.indicator === 'push').map((s) => s.score);
    expect(push).toEqual([100, 50, 0]);
  });
});

describe('data age, gaps and coverage', () => {
  test('a value older than the maximum age is stale: kept out of the scores and reported as a gap', () => {
    const sub = handSubmission();
    sub.observations = sub.observations.filter(
      (o) => !(o.corridorId === 'A-B' && o.indicator === 'push'),
    );
    sub.observations.push(...observations({ 'A-B': { push: 10 } }, 2012, 90));
    const { benchmark } = score(sub);
    expect(
      benchmark.gaps.find((g) => g.corridorId === 'A-B' && g.indicator === 'push.origin'),
    ).toEqual({
      corridorId: 'A-B',
      indicator: 'push.origin',
      status: 'stale',
      year: 2012,
      inCoverage: true,
    });
    expect(corridor(benchmark, 'A-B').dimensions.root_causes).toBeNull();
    expect(corridor(benchmark, 'A-B').coverage).toBe(0.75);
    const latest = score({ ...sub, method: { ...sub.method, imputation: 'latest' } }).benchmark;
    expect(corridor(latest, 'A-B').dimensions.root_causes).toBe(75);
  });

  test('a corridor below the minimum data share is not scored and gets a warning', () => {
    const sub = handSubmission({ minDataShare: 0.6 });
    sub.observations = sub.observations.filter(
      (o) => o.corridorId !== 'E-F' || o.indicator === 'push',
    );
    const { benchmark, issues } = score(sub);
    expect(corridor(benchmark, 'E-F').overall).toBeNull();
    expect(corridor(benchmark, 'E-F').rank).toBeNull();
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'insufficient_data',
        cell: 'Corridors!A4',
        severity: 'warning',
      }),
    );
    expect(corridor(benchmark, 'C-D').rank).toBe(1);
  });

  test('mean imputation fills a missing value with the other corridors’ mean', () => {
    const sub = handSubmission({ imputation: 'mean' });
    sub.observations = sub.observations.filter(
      (o) => !(o.corridorId === 'E-F' && o.indicator === 'welcome'),
    );
    const { benchmark } = score(sub);
    expect(corridor(benchmark, 'E-F').dimensions.destination_costs_benefits).toBeCloseTo(70, 10);
  });
});

describe('panel mode', () => {
  test('years are comparable: the same values score the same in any year', () => {
    const sub = handSubmission(
      { timeMode: 'panel' },
      observations({ 'A-B': HAND_VALUES['C-D']! }, 2015, 50),
    );
    const { benchmark } = score(sub);
    const ab2015 = benchmark.yearScores!.find((y) => y.corridorId === 'A-B' && y.year === 2015)!;
    const cd2020 = benchmark.yearScores!.find((y) => y.corridorId === 'C-D' && y.year === 2020)!;
    expect(ab2015.overall).toBeCloseTo(67.5, 10);
    expect(ab2015.overall).toBe(cd2020.overall);
    expect(
      benchmark.yearScores!.find((y) => y.corridorId === 'A-B' && y.year === 2020)!.overall,
    ).toBeCloseTo(65, 10);
  });

  test('min-max in panel mode normalises all years together, so years stay comparable', () => {
    const sub = handSubmission(
      { timeMode: 'panel', normalisation: 'minmax' },
      observations({ 'A-B': HAND_VALUES['C-D']! }, 2015, 50),
    );
    const { benchmark } = score(sub);
    const ab2015 = benchmark.yearScores!.find((y) => y.corridorId === 'A-B' && y.year === 2015)!;
    const cd2020 = benchmark.yearScores!.find((y) => y.corridorId === 'C-D' && y.year === 2020)!;
    expect(ab2015.overall).toBe(cd2020.overall);
  });

  test('trends report the change and whether it is better by the indicator’s direction', () => {
    const sub = handSubmission({}, observations({ 'A-B': { push: 20 } }, 2010, 50));
    const trend = score(sub).benchmark.trends!.find(
      (t) => t.corridorId === 'A-B' && t.iCode === 'push.origin',
    )!;
    expect(trend).toMatchObject({
      firstYear: 2010,
      firstValue: 20,
      lastYear: 2020,
      lastValue: 10,
      change: -10,
      perYear: -1,
      verdict: 'better',
    });
  });
});

describe('policy answers and determinism', () => {
  test('policy answers enter the scores as 0-100 indicators of their question’s dimension', () => {
    const sub = handSubmission();
    sub.policy = [
      {
        row: 2,
        corridorId: 'A-B',
        question: 'icrmw',
        side: 'origin',
        answer: 'ratified',
        score: 100,
      },
      {
        row: 3,
        corridorId: 'C-D',
        question: 'icrmw',
        side: 'origin',
        answer: 'not signed',
        score: 0,
      },
    ];
    const { benchmark } = score(sub);
    const m = benchmark.meta!.find((x) => x.iCode === 'policy.icrmw.origin')!;
    expect(m.scored).toBe(true);
    expect(m.dimension).toBe('wellbeing_rights');
    // mean of the rights indicator and the policy answer: A-B (50 + 100) / 2, C-D (80 + 0) / 2, E-F rights alone
    expect(corridor(benchmark, 'A-B').dimensions.wellbeing_rights).toBe(75);
    expect(corridor(benchmark, 'C-D').dimensions.wellbeing_rights).toBe(40);
    expect(corridor(benchmark, 'E-F').dimensions.wellbeing_rights).toBe(20);
  });

  test('two runs give byte-identical JSON, uncertainty included', () => {
    const sub = handSubmission({ uncertaintyRuns: 20, seed: 7 });
    const a = JSON.stringify(buildBenchmark(sub, { generatedAt: GENERATED }));
    const b = JSON.stringify(
      buildBenchmark(handSubmission({ uncertaintyRuns: 20, seed: 7 }), { generatedAt: GENERATED }),
    );
    expect(a).toBe(b);
    expect(a).not.toContain('NaN');
  });
});

describe('geometric mean', () => {
  test('goalposts run 1-100 under a geometric mean, so a value at the worst post does not stop the run', () => {
    const sub = handSubmission({ aggregation: 'gmean' });
    sub.observations = observations(
      { ...HAND_VALUES, 'E-F': { ...HAND_VALUES['E-F']!, push: 40 } },
      2020,
    );
    const { benchmark, issues } = score(sub);
    expect(issues).toEqual([]);
    const push = benchmark.indicators.filter((s) => s.indicator === 'push').map((s) => s.score!);
    expect(push[2]).toBeCloseTo(1, 10);
    // A-B: push 10 on posts 0..40 + 40/99, lower is better
    expect(push[0]).toBeCloseTo(((40 + 40 / 99 - 10) / (40 + 40 / 99)) * 100, 10);
    const ab = corridor(benchmark, 'A-B');
    const dims = Object.values(ab.dimensions) as number[];
    expect(ab.overall).toBeCloseTo(
      Math.exp(dims.reduce((s, d) => s + Math.log(d), 0) / dims.length),
      10,
    );
  });
});

describe('drivers of the ranking', () => {
  test('each dimension’s correlation with the overall score is reported', () => {
    const { benchmark } = score();
    const root = benchmark.drivers!.find((d) => d.dimension === 'root_causes')!;
    // root_causes 75, 50, 25 against overall 65, 67.5, 27.5 (A-B, C-D, E-F)
    const x = [75, 50, 25];
    const y = [65, 67.5, 27.5];
    const mx = 50;
    const my = (65 + 67.5 + 27.5) / 3;
    const cov = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
    const sx = Math.sqrt(x.reduce((s, v) => s + (v - mx) ** 2, 0));
    const sy = Math.sqrt(y.reduce((s, v) => s + (v - my) ** 2, 0));
    expect(root.correlation).toBeCloseTo(cov / (sx * sy), 12);
    expect(root.corridors).toBe(3);
  });
});

test('under a geometric mean a value beyond the worst goalpost scores 1, like the post itself', () => {
  const sub = handSubmission({ aggregation: 'gmean' });
  sub.observations = observations(
    { ...HAND_VALUES, 'E-F': { ...HAND_VALUES['E-F']!, push: 55 } },
    2020,
  );
  const { benchmark, issues } = score(sub);
  expect(issues).toEqual([]);
  expect(
    benchmark.indicators.find((s) => s.corridorId === 'E-F' && s.indicator === 'push')!.score,
  ).toBeCloseTo(1, 10);
});

describe('rank intervals and sensitivity', () => {
  const { benchmark, issues } = buildBenchmark(handSubmission({ uncertaintyRuns: 60, seed: 3 }), {
    generatedAt: GENERATED,
  });

  test('a corridor worst on every indicator stays last whatever the method; the others share ranks 1-2', () => {
    expect(issues).toEqual([]);
    const ef = corridor(benchmark, 'E-F');
    expect([ef.rankQ5, ef.rankQ95]).toEqual([3, 3]);
    for (const id of ['A-B', 'C-D']) {
      const c = corridor(benchmark, id);
      expect(c.rankQ5!).toBeGreaterThanOrEqual(1);
      expect(c.rankQ5!).toBeLessThanOrEqual(c.rankQ95!);
      expect(c.rankQ95!).toBeLessThanOrEqual(2);
    }
  });

  test('A-B and C-D are close enough that the method choices can swap them', () => {
    // C-D leads by 2.5 points on the nominal method; +-25% weights alone can reverse that
    expect(corridor(benchmark, 'C-D').rankQ95).toBe(2);
  });

  test('the sensitivity analysis names each varied choice with indices', () => {
    expect(benchmark.sensitivity.map((s) => s.input)).toEqual([
      'normalisation',
      'weights',
      'aggregation',
    ]);
    for (const s of benchmark.sensitivity) expect(s.totalOrder).not.toBeNull();
    expect(benchmark.log!.map((l) => l.stage)).toContain('Sensitivity');
  });

  test('the same seed gives the same intervals and indices', () => {
    const again = buildBenchmark(handSubmission({ uncertaintyRuns: 60, seed: 3 }), {
      generatedAt: GENERATED,
    });
    expect(JSON.stringify(again.benchmark)).toBe(JSON.stringify(benchmark));
  });
});

describe('one reference year per indicator', () => {
  test("values of 2020 are compared at 2020 for every corridor, not stale because the corridors' periods end in 2026", () => {
    const sub = handSubmission();
    sub.corridors = sub.corridors.map((c) => ({ ...c, periodEnd: 2026 }));
    const { benchmark } = score(sub);
    expect(benchmark.referenceYears?.['cost.corridor']).toBe(2020);
    for (const c of benchmark.corridors) expect(c.coverage, c.corridorId).toBe(1);
    expect(benchmark.gaps.filter((g) => g.status === 'stale')).toEqual([]);
  });

  test('a corridor whose latest value is older than the others is compared at the common year and stale beyond the maximum age', () => {
    const sub = handSubmission();
    sub.observations = sub.observations.filter(
      (o) => !(o.corridorId === 'E-F' && o.indicator === 'cost'),
    );
    sub.observations.push(...observations({ 'E-F': { cost: 15 } }, 2013, 90));
    const { benchmark } = score(sub);
    expect(benchmark.referenceYears?.['cost.corridor']).toBe(2020);
    expect(
      benchmark.gaps.find((g) => g.corridorId === 'E-F' && g.indicator === 'cost.corridor')?.status,
    ).toBe('stale');
  });
});
