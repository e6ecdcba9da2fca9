/** COINr `n_goalposts`. @module */

/**
 * Goalposts [lo, hi, scale]: `(x - lo)/(hi - lo)`, truncated to [0, 1] when
 * asked, times scale. With direction -1 (x already multiplied by -1) the posts
 * are negated and swapped: `(x + hi)/(hi - lo)`.
 * @param x - direction-adjusted values, NaN = missing
 * @param gposts - [lo, hi, scale] in the indicator's own units
 * @param direction - the indicator's Direction
 * @param trunc2posts - clip to the posts (default true)
 * @returns scores
 * @example nGoalposts(new Float64Array([3, 25]), [0, 20, 100]) // => [15, 100]
 */
export function nGoalposts(
  x: Float64Array,
  gposts: readonly [number, number, number],
  direction = 1,
  trunc2posts = true,
): Float64Array {
  const [lo, hi, scale] = gposts;
  const a = direction === -1 ? -hi : lo;
  const b = direction === -1 ? -lo : hi;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let y = (x[i]! - a) / (b - a);
    if (trunc2posts) y = Math.min(1, Math.max(0, y));
    out[i] = y * scale;
  }
  return out;
}
