/**
 * COINr's default two-step outlier treatment of one indicator: check, then
 * winsorise, then (still failing) transform the ORIGINAL values.
 * @module
 */
import { checkSkewKurt, rVerdict } from '../stats/check-skew-kurt.ts';
import type { TreatmentDetail } from '../types.ts';
import { boxcox } from './boxcox.ts';
import { logCT } from './log-ct.ts';
import { logCTOrig } from './log-ct-orig.ts';
import { logCTPlus } from './log-ct-plus.ts';
import { winsorise } from './winsorise.ts';

export interface TreatOptions {
  winmax: number;
  skew_thresh: number;
  kurt_thresh: number;
  f1: 'winsorise' | 'none';
  f2: 'log_CT' | 'log_CT_orig' | 'log_CT_plus' | 'boxcox' | 'none';
  lambda: number;
}

export const TREAT_DEFAULTS: TreatOptions = {
  winmax: 5,
  skew_thresh: 2,
  kurt_thresh: 3.5,
  f1: 'winsorise',
  f2: 'log_CT',
  lambda: 0.5,
};

const UNDECIDED_WIN =
  'winsorising left too few distinct values to measure skew and kurtosis; returned untreated, as COINr does';
const UNDECIDED_F2 =
  'the transform left too few distinct values to measure skew and kurtosis; returned untreated, as COINr does';

function untreated(x: Float64Array, detail: TreatmentDetail, why: string) {
  return {
    x,
    detail: {
      ...detail,
      treatment: 'none' as const,
      winsorisedPoints: 0,
      treatedRows: [],
      untreated: why,
    },
  };
}

/**
 * An indicator that a step leaves without measurable skew or kurtosis (for
 * example 27 zeros and 5, 9, 40, which winsorising flattens to all zeros) is
 * returned untreated with a reason, as COINr 1.1.14 does.
 * @param iCode - the indicator (for the detail record)
 * @param x - values, NaN = missing
 * @param o - thresholds and functions
 * @returns the treated column and what was done
 * @example treatColumn('Flights', x, TREAT_DEFAULTS).detail.treatment // => 'winsorised'
 */
export function treatColumn(
  iCode: string,
  x: Float64Array,
  o: TreatOptions,
): { x: Float64Array; detail: TreatmentDetail } {
  const c0 = checkSkewKurt(x, o.skew_thresh, o.kurt_thresh);
  const detail: TreatmentDetail = {
    iCode,
    treatment: 'none',
    winsorisedPoints: 0,
    skewBefore: c0.skew,
    kurtBefore: c0.kurt,
    skewAfter: c0.skew,
    kurtAfter: c0.kurt,
    treatedRows: [],
    checks: [c0],
  };
  if (c0.pass) return { x, detail };
  let y = x;
  let last = c0;
  if (o.f1 === 'winsorise') {
    const w = winsorise(x, o.winmax, o.skew_thresh, o.kurt_thresh);
    if (w.undecided) return untreated(x, detail, UNDECIDED_WIN);
    y = w.x;
    last = checkSkewKurt(y, o.skew_thresh, o.kurt_thresh);
    detail.checks!.push(last);
    detail.treatment = 'winsorised';
    detail.winsorisedPoints = w.nwin;
    detail.treatedRows = w.rows;
  }
  if (!last.pass && o.f2 !== 'none') {
    y =
      o.f2 === 'log_CT'
        ? logCT(x)
        : o.f2 === 'log_CT_orig'
          ? logCTOrig(x)
          : o.f2 === 'log_CT_plus'
            ? logCTPlus(x)
            : boxcox(x, o.lambda);
    last = checkSkewKurt(y, o.skew_thresh, o.kurt_thresh);
    if (rVerdict(last, o.skew_thresh, o.kurt_thresh) === undefined)
      return untreated(x, detail, UNDECIDED_F2);
    detail.checks!.push(last);
    detail.treatment = o.f2;
    detail.treatedRows = [];
    for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) detail.treatedRows.push(i);
  }
  detail.skewAfter = last.skew;
  detail.kurtAfter = last.kurt;
  return { x: y, detail };
}
