/**
 * The public observatory at full scale: `corridor-monitor observatory` for
 * every pair with >= 1,000 migrants plus every country, in a fresh process
 * (wall time and peak RSS from /usr/bin/time), then one corridor rebuilt
 * in-process and through the CLI. Targets: whole site < 60 s and < 500 MB
 * on 2 cores; one corridor < 1 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openObservatorySource } from '../src/adapters/site/open-source.ts';
import { corridorFiles } from '../src/core/observatory/site.ts';
import { siteContext } from '../src/core/observatory/site-context.ts';

const dir = mkdtempSync(join(tmpdir(), 'cm-bench-site-'));
const out = join(dir, 'site');
const NOW = '2026-01-01T00:00:00Z';

function timed(args: string[]): {
  seconds: number;
  peakMb: number;
  status: number | null;
  stdout: string;
} {
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, 'bin/corridor-monitor.mjs', ...args],
    { encoding: 'utf8' },
  );
  const [seconds, kb] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return {
    seconds: seconds ?? Number.NaN,
    peakMb: (kb ?? Number.NaN) / 1024,
    status: run.status,
    stdout: run.stdout.trim(),
  };
}

const whole = timed(['observatory', '--out', out, '--quiet', '--now', NOW]);
console.log(`machine: ${cpus().length} cores`);
console.log(whole.stdout);
console.log(
  `whole site end to end: ${whole.seconds.toFixed(1)} s, peak ${whole.peakMb.toFixed(0)} MB (exit ${whole.status}; target < 60 s, < 500 MB)`,
);

const source = await openObservatorySource();
const ctx = siteContext(source, { minStock: 1000, siteUrl: null, generatedAt: NOW });
const times: number[] = [];
for (const p of ctx.pairs.slice(0, 50)) {
  const t = performance.now();
  corridorFiles(ctx, p.origin, p.destination);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `one corridor in-process (page, card, 3 downloads; 50 largest): median ${times[25]!.toFixed(1)} ms, max ${times[49]!.toFixed(1)} ms`,
);
const one = timed(['observatory', '--out', out, '--corridor', 'MEX-USA', '--quiet', '--now', NOW]);
console.log(
  `one corridor through the CLI (process start, pack load, rebuild MEX-USA): ${one.seconds.toFixed(2)} s, peak ${one.peakMb.toFixed(0)} MB (exit ${one.status}; target < 1 s)`,
);
rmSync(dir, { recursive: true, force: true });
