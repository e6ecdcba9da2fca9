/** A sheet's XML fed to the byte scanner in pieces, as zlib would hand it over, for the reader tests. */
import { ByteInterner } from '../../../src/adapters/xlsx/byte-intern.ts';
import { DEFAULT_LIMITS, type ReadLimits } from '../../../src/adapters/xlsx/read-limits.ts';
import { sheetReader } from '../../../src/adapters/xlsx/read-sheet.ts';
import { ByteScanner } from '../../../src/adapters/xlsx/xml-bytes.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * The rows of the Indicators sheet `xml`, cut at `cuts` (shared strings
 * `s0`, `a & b`, `0x10`; style 1 is a date).
 * @throws the reader's one-line refusal when a limit is passed
 */
export function readSheetInPieces(
  xml: string | Uint8Array,
  cuts: number[] = [],
  limits: ReadLimits = DEFAULT_LIMITS,
) {
  const bytes = typeof xml === 'string' ? utf8(xml) : xml;
  const reader = sheetReader('Indicators', limits, {
    sharedStrings: ['s0', 'a & b', '0x10'],
    dateStyles: new Set([1]),
    date1904: false,
    cells: { n: 0 },
    interned: new Map(),
    internedBytes: new ByteInterner(),
  });
  const scanner = new ByteScanner(reader.sink, 1024 * 1024, 'sheet.xml');
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    scanner.write(bytes.slice(from, cut));
    from = cut;
  }
  scanner.write(bytes.slice(from));
  scanner.end();
  return reader.finish();
}
