/**
 * JSON.stringify of an answer with a write-back, faster and with the same
 * text. A patch's `formats` (and `notes`) repeat: most data rows share the
 * row before's cell formats, object for object (the example's add-on answer:
 * 4,654 of 6,184 rows, 0.67 MB of its 1.8 MB). Each such row's JSON is
 * written once and reused; everything else is JSON.stringify's own.
 * @module
 */

/** Stands in for a patch's grid while the rest is stringified (checked to occur nowhere else). */
const MARK = 'cm\u0001grid\u0001cm';
const QUOTED_MARK = JSON.stringify(MARK);
const GRIDS = ['formats', 'notes'] as const;

type Grid = readonly unknown[];
type PatchLike = Record<string, unknown>;

/**
 * The JSON of `answer` as JSON.stringify gives it, in pieces to be joined:
 * a row that repeats the row before is the very same string again.
 */
export function answerPieces(answer: unknown): string[] {
  const writeBack = (answer as { writeBack?: unknown } | null)?.writeBack;
  const patches = (writeBack as { patches?: unknown } | null | undefined)?.patches;
  const plain = () => [JSON.stringify(answer)];
  if (!Array.isArray(patches) || Array.isArray(answer) || Array.isArray(writeBack)) return plain();
  const grids: Grid[] = [];
  const stand = patches.map((p: unknown) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return p;
    let copy: PatchLike | undefined;
    for (const key of Object.keys(p)) {
      const grid = (p as PatchLike)[key];
      if (!GRIDS.includes(key as (typeof GRIDS)[number]) || !Array.isArray(grid)) continue;
      // a shallow copy keeps the keys in their order
      copy ??= { ...(p as PatchLike) };
      copy[key] = MARK;
      grids.push(grid);
    }
    return copy ?? p;
  });
  if (grids.length === 0) return plain();
  const text = JSON.stringify({
    ...(answer as object),
    writeBack: { ...(writeBack as object), patches: stand },
  });
  const parts = text.split(QUOTED_MARK);
  // the mark in any text of the answer itself: no shortcut
  if (parts.length !== grids.length + 1) return plain();
  const out = [parts[0]!];
  for (let g = 0; g < grids.length; g++) {
    gridPieces(grids[g]!, out);
    out.push(parts[g + 1]!);
  }
  return out;
}

/**
 * The JSON of `answer` as JSON.stringify gives it.
 * @example answerJson({ ok: true, writeBack: { tabs: [], patches: [] } }); // => '{"ok":true,"writeBack":{"tabs":[],"patches":[]}}'
 */
export const answerJson = (answer: unknown): string => answerPieces(answer).join('');

/** JSON.stringify(grid) as pieces, each row that repeats the row before (element for element) the same string. */
function gridPieces(grid: Grid, out: string[]): void {
  out.push('[');
  let before: unknown;
  let piece = '';
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (r < 2 || !(Array.isArray(row) && sameCells(row, before))) {
      const json = JSON.stringify(row) ?? 'null';
      piece = r === 0 ? json : `,${json}`;
      before = row;
    }
    out.push(piece);
  }
  out.push(']');
}

function sameCells(row: readonly unknown[], before: unknown): boolean {
  if (row === before) return true;
  if (!Array.isArray(before) || before.length !== row.length) return false;
  for (let i = 0; i < row.length; i++) if (row[i] !== before[i]) return false;
  return true;
}
