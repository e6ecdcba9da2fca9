import { describe, expect, test } from 'vitest';
import { loadPack } from '../../src/adapters/pack/index.ts';
import { assess } from '../../src/core/assess/assess.ts';
import { openValueOf } from '../../src/core/assess/reconcile/index.ts';
import { factsFromShards } from '../../src/core/pack/facts.ts';
import { buildTemplate } from '../../src/core/template/index.ts';
import { COLUMNS, INPUT_TABS } from '../../src/core/template/layout.ts';

const at = (name: (typeof COLUMNS.Indicators)[number]) => COLUMNS.Indicators.indexOf(name);

function prefilledNplQat() {
  const pack = loadPack('data/pack');
  const facts = factsFromShards(pack.manifest, {
    origin: pack.shards.get('NPL')!,
    destination: pack.shards.get('QAT')!,
  });
  return buildTemplate({
    corridors: [{ origin: 'NPL', destination: 'QAT' }],
    generatedAt: '2026-11-30T00:00:00Z',
    prefill: new Map([['NPL-QAT', facts]]),
  }).workbook;
}

describe('reconciliation of national and open values', () => {
  test('reads the open value a pre-filled note keeps', () => {
    expect(openValueOf('pre-filled, open value 253940 (2020); replace ...')).toEqual({
      value: 253940,
      year: 2020,
    });
    expect(openValueOf('a national figure')).toBeUndefined();
  });

  test('a national value 30% off the open one is listed and flagged as a warning; a kept value is not listed', () => {
    const workbook = prefilledNplQat();
    const rows = workbook.tabs[INPUT_TABS.indicators]!;
    const i = rows.findIndex(
      (r) => r[at('indicator')] === 'corridor_stock' && r[at('year')] === 2020,
    );
    rows[i] = rows[i]!.map((v, c) =>
      c === at('value') ? 330_122 : c === at('source') ? 'Nepal Labour Migration Report' : v,
    );
    const result = assess(workbook, { generatedAt: '2026-11-30T00:00:00Z', uncertaintyRuns: 0 });
    const warning = result.issues.find(
      (x) => x.cell === `Indicators!F${i + 1}` && x.code === 'inconsistent',
    );
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('30.0%');
    const tab = result.writeBack.patches.find((p) => p.tab === 'Reconciliation');
    const listed = tab?.values.filter((r) => r[0] === 'NPL-QAT') ?? [];
    expect(listed).toHaveLength(1);
    expect(listed[0]?.slice(5, 10)).toEqual([330_122, 253_940, 2020, 30, 'review']);
  });

  test('an untouched pre-filled template writes no Reconciliation tab', () => {
    const result = assess(prefilledNplQat(), {
      generatedAt: '2026-11-30T00:00:00Z',
      uncertaintyRuns: 0,
    });
    expect(result.writeBack.tabs.map((t) => t.name)).not.toContain('Reconciliation');
  });
});
