/**
 * Rebuilds the example observatory (examples/observatory/ and
 * examples/observatory.xlsx) from the public extracts in data/.
 * Usage: npm run example:build
 * @module
 */
import { buildObservatory } from './example/build-observatory.ts';
import { writeObservatory } from './example/write-observatory.ts';

const observatory = buildObservatory('data');
await writeObservatory(observatory, 'examples/observatory', 'examples/observatory.xlsx');
const corridors = new Set(observatory.values.map((v) => v.corridorId)).size;
const indicators = new Set(observatory.values.map((v) => v.indicator)).size;
process.stdout.write(
  `examples/observatory: ${observatory.values.length} values, ${corridors} corridors, ${indicators} indicators\n`,
);
