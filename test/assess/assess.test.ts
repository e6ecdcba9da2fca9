import { describe, expect, test } from 'vitest';
import { assess } from '../../src/core/assess/assess.ts';
import { applyWriteBackToGrid } from '../../src/core/contract/apply-write-back-grid.ts';
import { CATALOGUE } from '../../src/core/template/catalogue/index.ts';
import { GENERATED_TABS, INPUT_TABS } from '../../src/core/template/layout.ts';
import { HAND_CATALOGUE, HAND_VALUES } from './fixtures/hand-submission.ts';
import { handWorkbook } from './fixtures/hand-workbook.ts';

const AT = '2026-01-01T00:00:00Z';
const corridor = (r: ReturnType<typeof assess>, id: string) =>
  r.benchmark!.corridors.find((c) => c.corridorId === id)!;

/** Scored columns expected of a corridor without transit: core built-ins and the team's own, on their sides. */
function expectedColumns(): number {
  const ids = new Set(CATALOGUE.map((e) => e.id));
  // a side whose sameAs indicator is in the catalogue is not scored twice
  const counted = (e: (typeof CATALOGUE)[number], s: string) =>
    s !== 'transit' && !ids.has(e.sameAs?.[s as 'origin'] ?? '');
  return [
    ...CATALOGUE.filter((e) => e.core),
    ...HAND_CATALOGUE.filter((e) => e.direction !== 0),
  ].reduce((n, e) => n + e.sides.filter((s) => counted(e, s)).length, 0);
}

describe('assess on a template workbook', () => {
  test('a clean workbook is scored and gets the Validation tab and every benchmark tab', () => {
    const result = assess(handWorkbook(), { generatedAt: AT });
    expect(result.ok).toBe(true);
    expect(result.writeBack.tabs.map((t) => t.name)).toEqual(Object.values(GENERATED_TABS));
    expect(result.summary).toMatchObject({ corridors: 3, errors: 0, warnings: 0 });
    expect(result.summary.top.map((t) => t.corridorId)).toEqual(['PHL-SAU', 'MEX-USA', 'GHA-GBR']);
  });

  test('scores equal the hand computation, with data availability reported beside the score, not in it', () => {
    const result = assess(handWorkbook(), { generatedAt: AT });
    const scoredHand = Object.keys(HAND_VALUES['A-B']!).length - 1; // stock is context
    const mex = corridor(result, 'MEX-USA');
    expect(mex.coverage).toBeCloseTo(scoredHand / expectedColumns(), 10);
    expect(mex.dimensions.data_availability).toBeUndefined();
    expect(mex.overall).toBeCloseTo((75 + 60 + 50 + 75) / 4, 10);
    expect(corridor(result, 'PHL-SAU').overall).toBeCloseTo((50 + 80 + 80 + 60) / 4, 10);
    expect(corridor(result, 'GHA-GBR').rank).toBe(3);
    const shown = result.benchmark!.indicators.find(
      (s) => s.corridorId === 'MEX-USA' && s.indicator === 'catalog_coverage',
    )!;
    expect(shown.value).toBeCloseTo(Math.round(mex.coverage * 1000) / 10, 10);
  });

  test('the same workbook and clock give byte-identical results', () => {
    const a = JSON.stringify(assess(handWorkbook(), { generatedAt: AT }));
    const b = JSON.stringify(assess(handWorkbook(), { generatedAt: AT }));
    expect(a).toBe(b);
    expect(a).not.toContain('NaN');
  });

  test('formula-like user text reaches the tabs only as text', () => {
    const workbook = handWorkbook();
    const rows = workbook.tabs[INPUT_TABS.indicators]!;
    rows[1]![7] = '=HYPERLINK("http://x","y")';
    const result = assess(workbook, { generatedAt: AT });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toContain('formula_text');
    const cells = result.writeBack.patches.flatMap((p) => p.values.flat());
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    expect(cells.some((v) => typeof v === 'string' && v.startsWith('='))).toBe(false);
  });

  test('with an error nothing is scored and only the Validation tab is written; earlier benchmark tabs stay', () => {
    const good = assess(handWorkbook(), { generatedAt: AT });
    const before = applyWriteBackToGrid(handWorkbook(), good.writeBack);
    const broken = handWorkbook();
    broken.tabs[INPUT_TABS.indicators]![1]![5] = 'about ten';
    const result = assess(broken, { generatedAt: '2026-02-02T00:00:00Z' });
    expect(result.ok).toBe(false);
    expect(result.benchmark).toBeNull();
    expect(result.writeBack.tabs.map((t) => t.name)).toEqual([GENERATED_TABS.validation]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', cell: 'Indicators!F2' }),
    );
    const after = applyWriteBackToGrid(before, result.writeBack);
    expect(after.tabs[GENERATED_TABS.ranking]).toEqual(before.tabs[GENERATED_TABS.ranking]);
    expect(after.tabs[GENERATED_TABS.validation]).not.toEqual(
      before.tabs[GENERATED_TABS.validation],
    );
  });

  test('the Method tab drives the scoring', () => {
    const result = assess(handWorkbook({ method: [['normalisation', 'minmax']] }), {
      generatedAt: AT,
    });
    expect(result.benchmark!.method.normalisation).toBe('minmax');
    const push = result
      .benchmark!.indicators.filter((s) => s.indicator === 'push')
      .map((s) => s.score);
    expect(push).toEqual([100, 50, 0]);
  });
});
