/**
 * `npx tsx scripts/pack/coverage.ts`: the coverage figures quoted in
 * docs/open-data-pack.md, measured on the committed pack.
 * @module
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPack } from '../../src/adapters/pack/index.ts';
import { factsFromShards } from '../../src/core/pack/facts.ts';
import { CATALOGUE, COMPUTED_INDICATORS } from '../../src/core/template/catalogue/index.ts';
import { applicableSides } from '../../src/core/template/generate/expected-rows.ts';
import { factSeriesFor } from '../../src/core/template/generate/prefill/indicator-series.ts';

const dir = 'data/pack';
const pack = loadPack(dir);
const rows = pack.index.corridors;
const in2020 = rows.filter((r) => r[3] === 2020);
const total = in2020.reduce((s, r) => s + r[2], 0);
const big = in2020.filter((r) => r[2] >= 1000);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const out: string[] = [];
out.push(
  `pairs with migrants at some year 1990-2020: ${rows.length}; with migrants in 2020: ${in2020.length} holding ${(total / 1e6).toFixed(1)} million`,
);
out.push(
  `pairs with 1,000+ migrants in 2020: ${big.length} holding ${pct(
    big.reduce((s, r) => s + r[2], 0),
    total,
  )} of them`,
);
const withSeries = (id: string) => {
  const pairs = in2020.filter(([o, d]) => (pack.shards.get(o)?.pairs[d]?.[id]?.length ?? 0) > 0);
  return `${pairs.length} pairs, ${pct(
    pairs.reduce((s, r) => s + r[2], 0),
    total,
  )} of 2020 migrants`;
};
for (const id of [
  'corridor_stock',
  'corridor_remittances',
  'rpw_cost_quarterly',
  'corridor_refugees',
  'visa_category',
]) {
  out.push(`${id}: ${withSeries(id)}`);
}
const full = in2020.filter(
  ([o, d]) => (pack.shards.get(o)?.pairs[d]?.corridor_stock?.length ?? 0) === 7,
).length;
out.push(`pairs with the full 1990-2020 stock series (7 values): ${full}`);
const routed = in2020.filter(([o, d]) => (pack.shards.get(o)?.routes?.[d]?.length ?? 0) > 0);
out.push(
  `pairs attributed to a Missing Migrants region: ${routed.length} (${pct(
    routed.reduce((s, r) => s + r[2], 0),
    total,
  )} of 2020 migrants)`,
);
// per corridor: catalogue indicators (x side) pre-filled
const entries = CATALOGUE.filter((e) => !COMPUTED_INDICATORS.has(e.id));
const perCorridor: number[] = [];
const recent: number[] = [];
const rowsPer: number[] = [];
const fillable = new Set<string>();
for (const [o, d] of in2020) {
  const facts = factsFromShards(pack.manifest, {
    origin: pack.shards.get(o)!,
    destination: pack.shards.get(d)!,
  });
  let n = 0;
  let r = 0;
  let slots = 0;
  for (const e of entries) {
    for (const side of applicableSides(facts, e.sides)) {
      slots++;
      const s = factSeriesFor(facts, e.id, side);
      if (!s || s.points.length === 0) continue;
      fillable.add(e.id);
      n++;
      if (s.points[s.points.length - 1]!.year >= 2020) r++;
    }
  }
  perCorridor.push(n);
  recent.push(r);
  rowsPer.push(slots);
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
out.push(`catalogue indicators the pack can pre-fill: ${fillable.size} of ${entries.length}`);
out.push(
  `indicator x side rows of a two-end corridor: ${median(rowsPer)}; pre-filled for the median corridor: ${median(perCorridor)} (${median(recent)} with a value from 2020 on); min ${Math.min(...perCorridor)}, max ${Math.max(...perCorridor)}`,
);
let raw = 0;
let gz = 0;
const sizes: number[] = [];
for (const f of [
  'manifest.json',
  'index.json',
  ...Object.values(pack.manifest.shards).map((s) => s.file),
]) {
  const text = readFileSync(join(dir, f));
  raw += text.length;
  const g = gzipSync(text).length;
  gz += g;
  if (f.startsWith('shards/')) sizes.push(g);
}
out.push(
  `pack: ${(raw / 2 ** 20).toFixed(2)} MiB raw, ${(gz / 2 ** 20).toFixed(2)} MiB gzip (file by file); shard gzip median ${(median(sizes) / 1024).toFixed(1)} KiB, max ${(Math.max(...sizes) / 1024).toFixed(1)} KiB`,
);
process.stdout.write(`${out.join('\n')}\n`);
