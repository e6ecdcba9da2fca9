/**
 * Uncertainty and sensitivity analysis: the public signatures. The
 * implementation lives beside this file (run-uncertainty.ts, run-sensitivity.ts).
 * @module
 */

/** One uncertain methodological choice, COINr's SA_specs row in typed form. */
export type UncertainInput =
  | { name: string; kind: 'normalisation'; alternatives: unknown[] }
  | { name: string; kind: 'aggregation'; alternatives: unknown[] }
  | { name: string; kind: 'winmax'; alternatives: number[] }
  | { name: string; kind: 'imputation'; alternatives: unknown[] }
  /** Multiplies each weight at the given levels by 1 + noise * U(-1, 1). */
  | { name: string; kind: 'weights'; noise: number; levels: number[] };

export interface UncertaintyOptions {
  runs: number;
  seed: number;
  /** Absent = the default set (normalisation, aggregation, weights +-25%, winmax 1..5). */
  inputs?: UncertainInput[];
  /** Sensitivity only: bootstrap resamples for the Sobol intervals (absent or 0 = none). */
  bootstrap?: number;
  /** Called after each replication, for progress bars. */
  onProgress?: (done: number, total: number) => void;
}

/** Per-unit rank statistics over the replications (quantiles: R type 7). */
export interface RankStats {
  units: string[];
  nominal: Float64Array;
  mean: Float64Array;
  median: Float64Array;
  q5: Float64Array;
  q95: Float64Array;
  /** Replications attempted (absent in results built elsewhere). */
  runs?: number;
  /** Replications that failed (e.g. a geometric mean over a zero); left out of the statistics. */
  failed?: number;
  /** The distinct reasons replications failed, at most 10. */
  failures?: string[];
}

export interface SensitivityResult {
  inputs: string[];
  /** First-order Sobol index per input (Saltelli 2010). */
  firstOrder: Float64Array;
  /** Total-order Sobol index per input (Jansen). */
  totalOrder: Float64Array;
  variance: number;
  rankStats: RankStats;
  /** 5-95% bootstrap intervals per input (when `bootstrap` was given), as COINr's Si_q5 ... STi_q95. */
  intervals?: { firstQ5: number; firstQ95: number; totalQ5: number; totalQ95: number }[];
  /** The scalar output of every run, in design order [A; B; AB_1; ...; AB_d] (NaN = failed). */
  outputs?: Float64Array;
}
