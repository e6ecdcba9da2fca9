/**
 * Reading alone, in process (`npm run bench -- read`): the bundled example,
 * the 200 corridors x 70 indicators x 30 years workbook (420,000 Indicators
 * rows) and a 400-corridor CSV folder (840,000 rows). CPU time of this
 * process (the inflater's thread included), median of a few runs, and the
 * heap the read rows hold.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsvFolder } from '../src/adapters/fs/csv-folder.ts';
import { readInput } from '../src/adapters/fs/open-input.ts';
import { gridsToXlsx } from '../src/adapters/xlsx/package/grids-to-xlsx.ts';
import { readXlsx } from '../src/adapters/xlsx/read-xlsx.ts';
import { generateObservatory } from '../test/assess/fixtures/generated-workbook.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Heap the result of a first `read` holds, then the median CPU time of `runs` more reads. */
async function cpuMs(
  runs: number,
  read: () => Promise<unknown>,
): Promise<{ ms: number; heapMb: number }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  let kept = await read();
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  if (!kept) throw new Error('no result');
  kept = undefined;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await read();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), heapMb };
}

const example = new Uint8Array(readFileSync('examples/observatory.xlsx'));
const small = await cpuMs(15, async () => {
  const read = await readXlsx(example, 'observatory.xlsx');
  if (!read.ok) throw new Error(read.issues[0]!.message);
  return read;
});
console.log(
  `read the bundled example (.xlsx, in process): ${small.ms.toFixed(0)} ms CPU median of 15 (target < 300 ms)`,
);

const { workbook } = generateObservatory({ corridors: 200, indicators: 70, years: 30, seed: 7 });
const bytes = await gridsToXlsx(workbook);
const big = await cpuMs(3, async () => {
  const read = await readXlsx(bytes, 'observatory-200.xlsx');
  if (!read.ok) throw new Error(read.issues[0]!.message);
  return read;
});
console.log(
  `read 200 corridors x 70 x 30 (.xlsx, ${(bytes.length / 1024 / 1024).toFixed(1)} MB, 420,000 rows): ${(big.ms / 1000).toFixed(2)} s CPU median of 3; the rows hold ${big.heapMb.toFixed(0)} MB of heap`,
);

const dir = mkdtempSync(join(tmpdir(), 'cm-read-bench-'));
try {
  const csv = generateObservatory({ corridors: 400, indicators: 70, years: 30, seed: 7 }).workbook;
  await writeCsvFolder(dir, csv);
  const folder = await cpuMs(2, async () => {
    const read = await readInput(dir, 2 ** 40, 4_000_000);
    if (!read.ok) throw new Error(read.issues[0]!.message);
    return read;
  });
  console.log(
    `read 400 corridors x 70 x 30 (CSV folder, 840,000 rows): ${(folder.ms / 1000).toFixed(2)} s CPU median of 2; the rows hold ${folder.heapMb.toFixed(0)} MB of heap`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
