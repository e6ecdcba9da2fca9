/**
 * A field spec's parse with its answers for texts and blank cells kept: a
 * column of a long tab repeats a few texts (corridor ids, indicator ids,
 * sides, units, sources), so each is read once instead of once per row.
 * @module
 */
import type { FieldResult, FieldSpec } from './fields.ts';

/** Distinct texts kept per column; past this, texts are parsed each time (notes are often all different). */
export const MEMO_LIMIT = 4096;

/** Texts looked up before a column's hit rate is judged. */
const TRIAL = 256;

/**
 * `spec.parse` with the results of texts, null and undefined cached. The
 * results are shared between rows: read them, never change them.
 * @example const parse = memoField(textCell()); parse(' MEX-USA ') === parse(' MEX-USA '); // => true
 */
export function memoField<T>(
  spec: FieldSpec<T>,
  limit = MEMO_LIMIT,
): (v: unknown) => FieldResult<T> {
  const memo = new Map<unknown, FieldResult<T>>();
  // rows come in runs (one corridor's, one indicator's): the last text is the likeliest
  let lastCell: unknown;
  let last: FieldResult<T> | undefined;
  // a column of mostly different texts (notes) stops being kept after a trial: hashing and keeping them costs more
  let looked = 0;
  let found = 0;
  let keep = true;
  return (v) => {
    if (v === lastCell && last !== undefined) return last;
    if (typeof v !== 'string' && v !== null && v !== undefined) return spec.parse(v);
    let r: FieldResult<T> | undefined;
    // a full memo is not searched: a column of that many texts rarely repeats one
    if (keep && memo.size < limit) {
      r = memo.get(v);
      looked++;
      if (r === undefined) {
        r = spec.parse(v);
        memo.set(v, r);
      } else found++;
      if (looked === TRIAL && found < TRIAL / 4) keep = false;
    } else r = spec.parse(v);
    lastCell = v;
    last = r;
    return r;
  };
}
