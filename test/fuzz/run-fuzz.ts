/**
 * `npm run fuzz`: 100,000 random template grids and 1,000 byte mutations of
 * the example through the CLI path; prints crashes, hangs and changed inputs
 * (all must be 0) and exits 1 otherwise. FUZZ_GRIDS, FUZZ_BYTES and
 * FUZZ_SEED change the counts and the seed.
 */
import { readFileSync } from 'node:fs';
import { describeCounts, fuzzBytes, fuzzGrids } from './fuzz-cases.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const grids = await fuzzGrids(Number(process.env.FUZZ_GRIDS ?? 100_000), seed);
console.log(describeCounts('template grids', grids));
const bytes = await fuzzBytes(
  new Uint8Array(readFileSync('examples/observatory.xlsx')),
  Number(process.env.FUZZ_BYTES ?? 1_000),
  seed,
);
console.log(describeCounts('byte mutations of examples/observatory.xlsx', bytes));
const bad = [grids, bytes].reduce((n, c) => n + c.crashes + c.hangs + c.changedInputs, 0);
process.exitCode = bad === 0 ? 0 : 1;
