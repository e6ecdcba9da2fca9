import { expect, test } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

test('csv round-trips quotes, commas, newlines and empty cells', () => {
  const rows = [
    ['id', 'note'],
    ['MEX-USA', 'says "hi", then\nleaves'],
    ['PHL-SAU', ''],
  ];
  expect(parseCsv(toCsv(rows))).toEqual(rows);
});

test('csv keeps full-precision numbers as text and drops a byte-order mark', () => {
  expect(parseCsv('\ufeffx\r\n5.0999999999999996\r\n')).toEqual([['x'], ['5.0999999999999996']]);
});
