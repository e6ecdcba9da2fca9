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

  test('reads the first open value in the note, any casing, signed, decimal or with an exponent, as Number reads it', () => {
    const read = (note: string) => openValueOf(note);
    expect(read('open value -1.5e3 (2019)')).toEqual({ value: -1500, year: 2019 });
    expect(read('open value 0.1 (2019)')?.value).toBe(Number('0.1'));
    expect(read('open value 12345678901234567.89 (2019)')?.value).toBe(
      Number('12345678901234567.89'),
    );
    expect(read('open value 1e400 (2019)')?.value).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(read('open value -0 (2019)')?.value, -0)).toBe(true);
    expect(read('Open Value 7 (2001); open value 8 (2002)')).toEqual({ value: 7, year: 2001 });
    expect(read('open value 1e (1999); OPEN VALUE 2.25 (2000)')).toEqual({
      value: 2.25,
      year: 2000,
    });
    expect(read('open value 3 (20201)')).toBeUndefined();
    expect(read('open value 3. (2020)')).toBeUndefined();
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
