import { describe, expect, test } from 'vitest';
import { deriveGoalposts, PACK_GOALPOSTS } from '../../scripts/framework/pack-goalposts.ts';
import { loadPack } from '../../src/adapters/pack/index.ts';
import { INDICATOR_FRAMEWORK } from '../../src/core/template/catalogue/framework.ts';

const pack = loadPack('data/pack');

describe('goalposts derived from the open-data pack', () => {
  test.each(PACK_GOALPOSTS.map((s) => [s.id, s] as const))(
    "%s: the catalogue's goalposts are the percentiles the script derives from the committed pack",
    (id, spec) => {
      const derived = deriveGoalposts(pack, spec);
      expect(derived.values).toBeGreaterThan(100);
      expect(INDICATOR_FRAMEWORK[id]?.goalposts).toEqual(derived.goalposts);
    },
  );

  test('route deaths per 100,000 migrants are pooled over every attributed pair, not the corridors at hand', () => {
    const spec = PACK_GOALPOSTS.find((s) => s.id === 'corridor_deaths_per_100k_migrants')!;
    const derived = deriveGoalposts(pack, spec);
    expect(derived.units).toBeGreaterThan(3000);
    const note = INDICATOR_FRAMEWORK[spec.id]?.goalpostNote ?? '';
    expect(note).toContain(`${derived.units.toLocaleString('en-US')} pairs`);
    expect(note).toContain(`${derived.values.toLocaleString('en-US')} pair-years`);
    expect(note).not.toMatch(/provisional/i);
  });

  test('no framework entry is provisional or left as a to-do', () => {
    const open = Object.entries(INDICATOR_FRAMEWORK).filter(([, f]) =>
      /provisional|todo|replace with/i.test(`${f.goalpostNote ?? ''} ${f.rationale}`),
    );
    expect(open.map(([id]) => id)).toEqual([]);
  });
});
