/**
 * Engine bench: COINr cases A and B in one process after warm-up (median of
 * many runs), CLI start-up separately, and a generated 5,000-unit x
 * 200-indicator x 4-level tree with and without outlier treatment (time and
 * peak memory). Targets from issue 2; COINr 1.1.14 figures for comparison.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type PipelineSpec,
  parsePipelineSpec,
  readCoinCsv,
  runPipeline,
} from '../src/core/engine/index.ts';
import type { CoinInput, IMetaRow } from '../src/core/engine/types.ts';
import { mulberry32 } from '../src/core/stats/mulberry32.ts';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/coinr-asem');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function spec(json: unknown): PipelineSpec {
  const s = parsePipelineSpec(json);
  if (!s.ok) throw new Error(JSON.stringify(s.issues));
  return s.spec;
}
const A = spec({
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
});
const B = spec({
  denominate: true,
  impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
  screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
  treat: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(input: CoinInput, s: PipelineSpec, warm: number, runs: number): number {
  for (let i = 0; i < warm; i++) runPipeline(input, s);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = runPipeline(input, s);
    t.push(performance.now() - t0);
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 2)));
  }
  return median(t);
}

function line(label: string, value: string, target: string, coinr: string) {
  process.stdout.write(
    `${label.padEnd(44)} ${value.padStart(10)}   target ${target.padEnd(9)} COINr ${coinr}\n`,
  );
}

/** 5,000 units; 200 indicators -> 40 pillars -> 8 sub-indices -> Index; 2% missing; a quarter heavy-tailed. */
function generated(): CoinInput {
  const r = mulberry32(42); // seeded, so every run measures the same data
  const n = 5000;
  const iMeta: IMetaRow[] = [];
  const indicators: Record<string, Float64Array> = {};
  for (let k = 0; k < 200; k++) {
    const code = `i${k}`;
    iMeta.push({
      Level: 1,
      iCode: code,
      Direction: k % 7 === 0 ? -1 : 1,
      Weight: 1,
      Parent: `p${Math.floor(k / 5)}`,
      Type: 'Indicator',
    });
    const heavy = k % 4 === 0;
    indicators[code] = Float64Array.from({ length: n }, () => {
      if (r() < 0.02) return Number.NaN;
      const u = r();
      return heavy ? Math.exp(4 * u * u * u) : u * 100;
    });
  }
  for (let p = 0; p < 40; p++)
    iMeta.push({
      Level: 2,
      iCode: `p${p}`,
      Direction: 1,
      Weight: 1,
      Parent: `s${Math.floor(p / 5)}`,
      Type: 'Aggregate',
    });
  for (let s = 0; s < 8; s++)
    iMeta.push({
      Level: 3,
      iCode: `s${s}`,
      Direction: 1,
      Weight: 1,
      Parent: 'Index',
      Type: 'Aggregate',
    });
  iMeta.push({ Level: 4, iCode: 'Index', Direction: 1, Weight: 1, Type: 'Aggregate' });
  return {
    units: Array.from({ length: n }, (_, i) => `U${i}`),
    groups: {},
    denominators: {},
    indicators,
    iMeta,
  };
}

function scale(input: CoinInput, s: PipelineSpec, runs: number): { ms: number; peakMB: number } {
  runPipeline(input, s);
  gc();
  const base = process.memoryUsage().rss;
  let peak = base;
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    runPipeline(input, s);
    t.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { ms: median(t), peakMB: peak / 2 ** 20 };
}

const read = readCoinCsv({
  iData: { name: 'iData', text: readFileSync(join(fixtures, 'input_ASEM_iData.csv'), 'utf8') },
  iMeta: { name: 'iMeta', text: readFileSync(join(fixtures, 'input_ASEM_iMeta.csv'), 'utf8') },
});
if (!read.ok) throw new Error('ASEM fixtures should read');
const asem = read.input;

line(
  'case A (raw -> minmax -> amean), median',
  `${time(asem, A, 300, 3000).toFixed(3)} ms`,
  '<= 0.35ms',
  '19 ms',
);
line(
  'case B (full example pipeline), median',
  `${time(asem, B, 300, 3000).toFixed(3)} ms`,
  '<= 1.5 ms',
  '96 ms',
);

const big = generated();
const m1 = scale(big, A, 15);
line('5000 x 200 x 4 levels: minmax + amean', `${m1.ms.toFixed(1)} ms`, '<= 100 ms', '1.7 s');
const withTreat = { ...A, treat: { winmax: 5 } } as PipelineSpec;
const m2 = scale(big, withTreat, 9);
line('5000 x 200 x 4 levels: + outlier treatment', `${m2.ms.toFixed(1)} ms`, '<= 300 ms', '5.4 s');
line(
  'peak resident memory (whole bench process)',
  `${Math.max(m1.peakMB, m2.peakMB).toFixed(0)} MB`,
  '< 512 MB',
  '184 MB',
);

const cli = [
  join(root, 'bin/corridor-monitor.mjs'),
  'index',
  '--data',
  join(fixtures, 'input_ASEM_iData.csv'),
  '--meta',
  join(fixtures, 'input_ASEM_iMeta.csv'),
  '--quiet',
];
const starts: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, cli, { stdio: 'ignore' });
  starts.push(performance.now() - t0);
}
const bare: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
  bare.push(performance.now() - t0);
}
line('CLI `index` case A, whole process (start-up)', `${median(starts).toFixed(0)} ms`, '-', '-');
line('bare `node -e ""` start-up, for reference', `${median(bare).toFixed(0)} ms`, '-', '-');
