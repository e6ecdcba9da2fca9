/**
 * Hard limits of an indicator, beyond its plausible range: values past them
 * cannot be right (a negative cost, a share over 100 %, a 0/1 flag of 2).
 * Outside the plausible range but within the hard limits is only a warning,
 * since the catalogue's plausible ranges are approximate.
 * @module
 */
import type { CatalogueEntry } from '../template/types.ts';

export interface Limits {
  min: number;
  max: number;
}

/** `score 0-100` -> {0, 100}; `level 1-4` -> {1, 4}. */
function scaleInUnit(unit: string): Limits | undefined {
  const m = /^(?:score|level)\s+(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)$/i.exec(unit.trim());
  return m ? { min: Number(m[1]), max: Number(m[2]) } : undefined;
}

/** Entries are immutable once read, so their limits are computed once. */
const CACHE = new WeakMap<CatalogueEntry, Limits>();

/**
 * @example hardLimits(corridor_remit_cost); // => { min: 0, max: 100 }
 */
export function hardLimits(e: CatalogueEntry): Limits {
  const cached = CACHE.get(e);
  if (cached) return cached;
  const limits = computeLimits(e);
  CACHE.set(e, limits);
  return limits;
}

function computeLimits(e: CatalogueEntry): Limits {
  const scale = scaleInUnit(e.unit);
  if (scale) return scale;
  if (e.unit.trim() === '0/1') return { min: 0, max: 1 };
  const min = e.min >= 0 ? 0 : Number.NEGATIVE_INFINITY;
  const isShare = e.unit.trim().startsWith('%') && e.max <= 100;
  return { min, max: isShare ? 100 : Number.POSITIVE_INFINITY };
}
