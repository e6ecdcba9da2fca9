import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildPack } from '../../scripts/pack/build-pack.ts';
import { fsPackReader, loadPack } from '../../src/adapters/pack/index.ts';
import { decodeSeries, encodeSeries } from '../../src/core/pack/codec.ts';
import { listCorridors } from '../../src/core/pack/corridor-list.ts';
import { corridorFacts } from '../../src/core/pack/facts.ts';
import { closestCode } from '../../src/core/pack/suggest.ts';
import type { Point } from '../../src/core/pack/types.ts';
import { CATALOGUE } from '../../src/core/template/catalogue/index.ts';
import { seriesIdFor } from '../../src/core/template/generate/prefill/indicator-series.ts';

const pack = loadPack('data/pack');
const reader = fsPackReader('data/pack');

describe('the committed open-data pack', () => {
  test('records the sha256 of every CSV in data/ it was built from, and they still match', () => {
    for (const s of pack.manifest.sources) {
      for (const f of s.files) {
        const hash = createHash('sha256')
          .update(readFileSync(join('data', f.file)))
          .digest('hex');
        expect(hash, `${f.file} changed: run npm run data:pack`).toBe(f.sha256);
      }
    }
  });

  test('a rebuild from data/ gives the same content hash (the build is deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'pack-'));
    try {
      const rebuilt = buildPack('data', join(out, 'pack'));
      expect(rebuilt.manifest.contentHash).toBe(pack.manifest.contentHash);
      expect(rebuilt.ms).toBeLessThan(30_000);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('names a licence, a vintage and a source page for every source, and a formula for every derived series', () => {
    for (const s of pack.manifest.sources) {
      expect(s.licence.length, s.id).toBeGreaterThan(0);
      expect(s.vintage.length, s.id).toBeGreaterThan(0);
      expect(s.url, s.id).toMatch(/^https:\/\//);
    }
    for (const s of pack.manifest.series) {
      if (s.code === 'derived' || s.inputs) expect(s.formula, s.id).toBeTruthy();
    }
  });

  test('stores a pre-filling series in the unit of its catalogue indicator', () => {
    const series = new Map(pack.manifest.series.map((s) => [s.id, s]));
    for (const e of CATALOGUE) {
      const s = series.get(seriesIdFor(e.id));
      if (s) expect(s.unit, e.id).toBe(e.unit);
    }
  });

  test('packs evenly spaced series and decodes them back to the same points', () => {
    const points: Point[] = [
      [1990, 1],
      [1995, 2],
      [2005, 4],
    ];
    expect(encodeSeries(points)).toEqual([1990, 5, 1, 2, null, 4]);
    expect(decodeSeries(encodeSeries(points))).toEqual(points);
    const tagged: Point[] = [[2020, 4.6, 'Q3']];
    expect(decodeSeries(encodeSeries(tagged))).toEqual(tagged);
  });
});

describe('corridorFacts', () => {
  test('gives NPL-QAT its UN DESA stock, KNOMAD remittance and the country series of both ends', async () => {
    const r = await corridorFacts(reader, 'npl', 'QAT');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const find = (id: string, side: string) =>
      r.facts.series.find((s) => s.indicator === id && s.side === side);
    expect(find('corridor_stock', 'corridor')?.points.at(-1)).toEqual({
      year: 2020,
      value: 253_940,
    });
    expect(find('corridor_remittances', 'corridor')?.points).toEqual([{ year: 2018, value: 2227 }]);
    expect(find('gdp_pc_usd', 'origin')?.country).toBe('NPL');
    expect(find('gdp_pc_usd', 'destination')?.licence).toContain('CC BY 4.0');
    expect(find('remittance_per_migrant', 'corridor')?.formula).toContain('corridor_stock');
  });

  test('answers a typo with the closest valid code, and a pair without migrants with the largest corridors of the origin', async () => {
    const typo = await corridorFacts(reader, 'NPL', 'QTA');
    expect(typo.ok ? '' : typo.issues[0]!.suggestion).toBe('QAT');
    const none = await corridorFacts(reader, 'NPL', 'ISR');
    expect(none.ok ? '' : none.issues[0]!.code).toBe('no_migrants');
    expect(none.ok ? '' : none.issues[0]!.message).toContain('NPL-IND');
    expect(closestCode('Nepal', pack.manifest.countries)).toBe('NPL');
  });

  test('lists corridors by origin and minimum stock, largest first, paged', () => {
    const page = listCorridors(pack.manifest, pack.index, {
      origin: 'NPL',
      minStock: 100_000,
      pageSize: 2,
    });
    expect(page.items.map((i) => i.id)).toEqual(['NPL-IND', 'NPL-MYS']);
    expect(page.total).toBeGreaterThan(2);
    expect(
      listCorridors(pack.manifest, pack.index, { search: 'qatar', origin: 'NPL' }).items[0]?.id,
    ).toBe('NPL-QAT');
  });
});
