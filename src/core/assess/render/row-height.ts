/**
 * Row heights for wrapped text, so LibreOffice and Excel show whole headers
 * and messages (neither grows a row for wrapped text written by a program).
 * @module
 */

/** Points per line of 10-11 pt text, with the cell padding. */
export const LINE_POINTS = 15;
/** Characters per unit of column width that a proportional font fits (a little under 1). */
const FILL = 0.95;

/**
 * Lines a text needs in a column of `width` characters, breaking at spaces.
 * @param text - the cell text
 * @param width - the column width in characters
 * @returns at least 1
 * @example wrappedLines('Rank 95th pct', 9) // => 2
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(4, Math.floor(width * FILL));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= room) line += 1 + w;
      else {
        lines++;
        line = w;
      }
      while (line > room) {
        lines++;
        line -= room;
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * The height a row needs for its tallest wrapped cell, or null for one line.
 * @param cells - the row's texts (non-text cells count as one line)
 * @param widths - the columns' widths in characters
 * @returns points, or null when one line is enough
 * @example rowHeight(['Rank', 'Rank 95th pct'], [6, 9]) // => 30
 */
export function rowHeight(cells: readonly unknown[], widths: readonly number[]): number | null {
  let lines = 1;
  cells.forEach((c, i) => {
    if (typeof c === 'string') lines = Math.max(lines, wrappedLines(c, widths[i] ?? 10));
  });
  return lines > 1 ? lines * LINE_POINTS : null;
}
