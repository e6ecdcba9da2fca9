/**
 * Uncertainty bench: 1,000 Monte Carlo replications of case B (COINr's
 * vignette inputs) in one process after warm-up, the same replications
 * through runPipeline without the stage cache, and the vignette's Sobol run
 * (N = 100, 4 inputs, 600 pipelines). COINr 1.1.14: 109 ms per replication.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type PipelineSpec,
  parsePipelineSpec,
  readCoinCsv,
  runPipeline,
} from '../src/core/engine/index.ts';
import { defaultInputs } from '../src/core/engine/uncertainty/default-inputs.ts';
import { pickAlternative } from '../src/core/engine/uncertainty/pick-alternative.ts';
import { runSensitivity } from '../src/core/engine/uncertainty/run-sensitivity.ts';
import { runUncertainty } from '../src/core/engine/uncertainty/run-uncertainty.ts';
import { variantSpec } from '../src/core/engine/uncertainty/variant-spec.ts';
import { mulberry32 } from '../src/core/stats/mulberry32.ts';

const fixtures = join(import.meta.dirname, '../test/fixtures/coinr-asem');
const file = (name: string) => ({ name, text: readFileSync(join(fixtures, name), 'utf8') });
const read = readCoinCsv({
  iData: file('input_ASEM_iData.csv'),
  iMeta: file('input_ASEM_iMeta.csv'),
});
if (!read.ok) throw new Error('ASEM fixtures should read');
const input = read.input;
const parsed = parsePipelineSpec({
  denominate: true,
  impute: { method: 'i_mean_grp', group: 'EurAsia_group' },
  screen: { dat_thresh: 0.9, unit_screen: 'byNA' },
  treat: { winmax: 5, skew_thresh: 2, kurt_thresh: 3.5 },
  normalise: { method: 'n_minmax', params: { l_u: [0, 100] } },
  aggregate: { method: 'a_amean' },
});
if (!parsed.ok) throw new Error('case B spec should parse');
const B: PipelineSpec = parsed.spec;
const COINR_MS = 109;

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const line = (what: string, ms: number, per: number) =>
  process.stdout.write(
    `${what.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / per).toFixed(3).padStart(7)} ms/run  ${(COINR_MS / (ms / per)).toFixed(0).padStart(5)}x COINr\n`,
  );

// warm-up: JIT and the first zod parses
runUncertainty(input, B, { runs: 300, seed: 99 });
runSensitivity(input, B, { runs: 20, seed: 99 });

const ua = median(
  [1, 2, 3, 4, 5].map((s) => time(() => runUncertainty(input, B, { runs: 1000, seed: s }))),
);
line('runUncertainty, case B, 1,000 replications (median of 5)', ua, 1000);

// draws of the discrete inputs run through plain runPipeline: what the stage cache saves
const resolved = defaultInputs(B).flatMap((input) =>
  input.kind === 'weights' ? [] : [{ input, alternatives: input.alternatives }],
);
const rand = mulberry32(1);
const specs = Array.from({ length: 1000 }, () => {
  const choice = resolved.map((r) => pickAlternative(rand(), r.alternatives.length));
  const s = parsePipelineSpec(variantSpec(B, resolved, choice));
  if (!s.ok) throw new Error('variant should parse');
  return s.spec;
});
const runAll = () => {
  for (const s of specs) runPipeline(input, s);
};
const plain = median([1, 2, 3].map(() => time(runAll)));
line('runPipeline x 1,000 variants, no stage cache (median of 3)', plain, 1000);

const sa = median(
  [1, 2, 3].map((s) => time(() => runSensitivity(input, B, { runs: 100, seed: s }))),
);
line('runSensitivity, vignette N = 100, d = 4 (600 pipelines)', sa, 600);
process.stdout.write(
  `target: 1,000 replications of case B <= 2000 ms (COINr: ${COINR_MS} ms per replication, 10.9 s for the vignette)\n`,
);
