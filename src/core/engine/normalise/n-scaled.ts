/** COINr `n_scaled`. @module */

/**
 * Linear scaling by fixed bounds: `(x - l)/(u - l) * scaleFactor` (not min-max).
 * @param x - direction-adjusted values, NaN = missing
 * @param npara - [l, u], default [0, 100]
 * @param scaleFactor - multiplier, default 100
 * @returns scaled values
 * @example nScaled(new Float64Array([3]), [-2, 22], 100) // => [20.833..]
 */
export function nScaled(
  x: Float64Array,
  npara: readonly [number, number] = [0, 100],
  scaleFactor = 100,
): Float64Array {
  const out = new Float64Array(x.length);
  const d = npara[1] - npara[0];
  for (let i = 0; i < x.length; i++) out[i] = ((x[i]! - npara[0]) / d) * scaleFactor;
  return out;
}
