/**
 * A corridor grid in the engine's shape: units = corridors (or corridor-years),
 * indicators = scored columns, iMeta = indicator -> dimension -> Index.
 * @module
 */
import type { CoinInput, IMetaRow } from '../../engine/types.ts';
import type { DimensionId, MethodSettings } from '../../template/types.ts';
import type { IndicatorMeta } from '../types.ts';

export const INDEX_CODE = 'Index';

/** Dimensions in their fixed reporting order. */
export const DIMENSIONS: readonly DimensionId[] = [
  'root_causes',
  'flows_stocks',
  'origin_costs_benefits',
  'destination_costs_benefits',
  'wellbeing_rights',
  'governance_policy',
  'transit_irregular',
  'data_availability',
];

/**
 * Goalposts as given, or under a geometric mean with the worst post moved
 * out by 1/99 of the range, so scores run 1-100 instead of 0-100 (COINr's
 * advice for geometric means: a 0 would stop the run).
 */
function posts(m: IndicatorMeta, floorOne: boolean): [number, number] | null {
  const own = scaledPosts(m);
  if (!own) return null;
  const [lo, hi] = own;
  if (!floorOne) return [lo, hi];
  const step = (hi - lo) / 99;
  return m.direction === -1 ? [lo, hi + step] : [lo - step, hi];
}

/** The goalposts on the indicator's scale (log10 for log-scale indicators with a positive lower post). */
function scaledPosts(m: IndicatorMeta): [number, number] | null {
  if (m.goalpostLower === null || m.goalpostUpper === null) return null;
  if (isLog(m)) return [Math.log10(m.goalpostLower), Math.log10(m.goalpostUpper)];
  return [m.goalpostLower, m.goalpostUpper];
}

const isLog = (m: IndicatorMeta): boolean =>
  m.scale === 'log' && m.goalpostLower !== null && m.goalpostLower > 0;

/**
 * The column on the indicator's scale: log10 of the value clipped to the
 * lower goalpost (so zero and values below the post score as the post) for
 * log-scale indicators, else the values as given.
 */
export function scaledColumn(m: IndicatorMeta, column: Float64Array): Float64Array {
  if (!isLog(m)) return column;
  const lo = m.goalpostLower!;
  return column.map((v) => (Number.isNaN(v) ? v : Math.log10(Math.max(lo, v))));
}

const clip = (x: Float64Array, lo: number, hi: number): Float64Array =>
  x.map((v) => Math.min(hi, Math.max(lo, v)));

/**
 * Builds the engine input. Indicator goalposts come from the catalogue
 * (scale 100, truncated to the posts) so goalpost scores are comparable
 * across years and workbooks; a dimension's weight is the Method's, else 1.
 *
 * @param units unit codes, one per row of every column
 * @param columns iCode -> values (NaN = missing), only scored columns
 */
export function buildCoinInput(
  units: string[],
  columns: ReadonlyMap<string, Float64Array>,
  meta: readonly IndicatorMeta[],
  method: Pick<MethodSettings, 'dimensionWeights' | 'aggregation'>,
): CoinInput {
  const used = meta.filter((m) => columns.has(m.iCode));
  const floorOne = method.aggregation === 'gmean';
  const iMeta: IMetaRow[] = used.map((m) => {
    const gp = posts(m, floorOne);
    return {
      Level: 1,
      iCode: m.iCode,
      iName: m.name,
      Direction: m.direction,
      Weight: m.weight,
      Unit: m.unit,
      Parent: m.dimension,
      Type: 'Indicator',
      ...(gp
        ? {
            goalpost_lower: gp[0],
            goalpost_upper: gp[1],
            goalpost_scale: 100,
            goalpost_trunc2posts: true,
          }
        : {}),
    };
  });
  for (const d of DIMENSIONS) {
    if (!used.some((m) => m.dimension === d)) continue;
    iMeta.push({
      Level: 2,
      iCode: d,
      Direction: 1,
      Weight: method.dimensionWeights[d] ?? 1,
      Parent: INDEX_CODE,
      Type: 'Aggregate',
    });
  }
  iMeta.push({ Level: 3, iCode: INDEX_CODE, Direction: 1, Weight: 1, Type: 'Aggregate' });
  const indicators: Record<string, Float64Array> = {};
  for (const m of used) {
    const column = scaledColumn(m, columns.get(m.iCode)!);
    const own = scaledPosts(m);
    // values beyond the posts are clipped to them first, so the moved post is never reached
    indicators[m.iCode] = floorOne && own ? clip(column, own[0], own[1]) : column;
  }
  return { units, groups: {}, denominators: {}, indicators, iMeta };
}
