/**
 * Normalises one indicator column by a spec: direction first, then the
 * method picked by name from the registry.
 * @module
 */
import type { NormaliseOneSpec } from '../spec.ts';
import type { IMetaRow } from '../types.ts';
import { NORMALISERS, type NormaliseResult } from './registry.ts';

/**
 * @param raw - the indicator's values (not yet direction-adjusted)
 * @param spec - method and COINr parameters
 * @param meta - the indicator's iMeta row
 * @param units - unit codes (for `iref` given as a uCode)
 * @returns the normalised column, or the issue naming what is missing
 * @example normaliseColumn(x, { method: 'n_minmax' }, row, units)
 */
export function normaliseColumn(
  raw: Float64Array,
  spec: NormaliseOneSpec,
  meta: IMetaRow,
  units: readonly string[],
): NormaliseResult {
  const dir = meta.Direction === -1 ? -1 : 1;
  const x = dir === 1 ? raw : negate(raw);
  const method = NORMALISERS[spec.method] as (
    x: Float64Array,
    s: NormaliseOneSpec,
    c: object,
  ) => NormaliseResult;
  return method(x, spec, { meta, dir, units });
}

function negate(x: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = -x[i]!;
  return out;
}
