/**
 * Scoring at scale: a generated 200-corridor x 70-indicator x 30-year
 * observatory. Prints wall time and peak memory of the core scoring alone
 * (Submission -> Benchmark) and of assess() as a whole (read, validate,
 * score, render). Each measurement runs in its own process so peaks do not mix.
 * Target: core scoring under 1 s.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assess } from '../src/core/assess/assess.ts';
import { buildBenchmark } from '../src/core/assess/score/build-benchmark.ts';
import { generateObservatory } from '../test/assess/fixtures/generated-workbook.ts';

const SIZE = { corridors: 200, indicators: 70, years: 30, seed: 11 };
const GENERATED_AT = '2026-01-01T00:00:00Z';
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Runs `work` `times` times (after a gc each); prints the median and best wall time and the peak RSS. */
function measure(label: string, work: () => unknown, times: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < times; i++) {
    gc?.();
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(startCpu);
    ms.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const peak = process.resourceUsage().maxRSS * 1024;
  const median = ms[Math.floor(ms.length / 2)]!;
  process.stdout.write(
    `${label}: wall median ${median.toFixed(0)} ms, best ${ms[0]!.toFixed(0)} ms (CPU median ${cpu[Math.floor(cpu.length / 2)]!.toFixed(0)} ms) over ${times} run(s); peak RSS ${mb(peak)} (+${mb(Math.max(0, peak - before))} over the ${mb(before)} held before)\n`,
  );
}

const mode = process.argv[2];
if (mode === 'core' || mode === 'assess' || mode === 'core-ua') {
  const runs = mode === 'core-ua' ? 200 : 0;
  const { workbook, submission } = generateObservatory({
    ...SIZE,
    method: { uncertaintyRuns: runs },
  });
  if (mode === 'assess') {
    measure(
      'assess() whole (read + validate + score + render, no uncertainty runs)',
      () => assess(workbook, { generatedAt: GENERATED_AT, uncertaintyRuns: 0 }),
      3,
    );
  } else {
    const label =
      runs > 0
        ? `core scoring with ${runs} uncertainty runs + sensitivity`
        : 'core scoring alone (no uncertainty runs)';
    measure(
      label,
      () => buildBenchmark(submission, { generatedAt: GENERATED_AT }),
      runs > 0 ? 1 : 5,
    );
  }
} else {
  process.stdout.write(
    `${SIZE.corridors} corridors x ${SIZE.indicators} indicators x ${SIZE.years} years = ${SIZE.corridors * SIZE.indicators * SIZE.years} values\n`,
  );
  const self = fileURLToPath(import.meta.url);
  let failed = false;
  for (const m of ['core', 'core-ua', 'assess']) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, m], {
      stdio: 'inherit',
    });
    failed ||= r.status !== 0;
  }
  process.exitCode = failed ? 1 : 0;
}
