/**
 * The engine's data model, in COINr's shape: iData (units x indicators, plus
 * group, denominator and time columns) and iMeta (the indicator tree).
 * Columns are Float64Array with NaN for missing, so hot loops touch no objects.
 * @module
 */

export type IMetaType = 'Indicator' | 'Aggregate' | 'Group' | 'Denominator' | 'Other';

/** One row of iMeta. Level 1 = indicators; higher levels are aggregates. */
export interface IMetaRow {
  Level: number;
  iCode: string;
  iName?: string;
  Direction: number;
  Weight: number;
  Unit?: string;
  Target?: number;
  Denominator?: string;
  Parent?: string;
  Type: IMetaType;
  goalpost_lower?: number;
  goalpost_upper?: number;
  goalpost_scale?: number;
  goalpost_trunc2posts?: boolean;
}

/** Units x numeric columns. Every column has `units.length` entries; NaN = missing. */
export interface Dataset {
  units: string[];
  columns: Record<string, Float64Array>;
}

/** The engine's input: iData split by role, and iMeta. */
export interface CoinInput {
  units: string[];
  unitNames?: string[];
  /** Time column (panel data), one entry per row; absent for a single cross-section. */
  time?: number[];
  /** Group columns (categorical), e.g. EurAsia_group. */
  groups: Record<string, string[]>;
  /** Denominator columns, e.g. Population. */
  denominators: Record<string, Float64Array>;
  /** Indicator columns (Level 1 iCodes). */
  indicators: Record<string, Float64Array>;
  iMeta: IMetaRow[];
}

export type StageName =
  | 'Raw'
  | 'Denominated'
  | 'Imputed'
  | 'Screened'
  | 'Treated'
  | 'Normalised'
  | 'Aggregated';

/** One entry of a run's log: the stage, its exact arguments, and what it did. */
export interface LogEntry {
  stage: StageName;
  /** The spec fragment that ran (after defaults were filled in). */
  args: unknown;
  /** Human-readable notes (e.g. which indicators were winsorised). */
  notes: string[];
}

/** The result of one run of the pipeline. */
export interface PipelineResult {
  datasets: Partial<Record<StageName, Dataset>>;
  log: LogEntry[];
  /** Aggregated scores by unit for every aggregate iCode, with ranks (highest = 1, ties min). */
  results: ResultsTable;
  /** Per-indicator outlier treatment details, when treat ran. */
  treatment?: TreatmentDetail[];
}

export interface ResultsTable {
  units: string[];
  /** The top iCode (the index), e.g. `Index`. */
  indexCode: string;
  /** Every aggregate column, top level first. */
  columns: Record<string, Float64Array>;
  /** Rank of each unit on the index (NaN when the index is missing). */
  rank: Float64Array;
}

export interface TreatmentDetail {
  iCode: string;
  /** 'none' (passed), 'winsorised', or the transform that was applied. */
  treatment: 'none' | 'winsorised' | 'log_CT' | 'log_CT_orig' | 'log_CT_plus' | 'boxcox';
  winsorisedPoints: number;
  skewBefore: number;
  kurtBefore: number;
  skewAfter: number;
  kurtAfter: number;
  /** Row indices of treated points. */
  treatedRows: number[];
  /**
   * COINr's check_SkewKurt results in order: before treatment, after
   * winsorising, after the transform (only the checks that ran).
   */
  checks?: { pass: boolean; skew: number; kurt: number }[];
  /** Why the indicator was left untreated although it failed the check (as COINr warns). */
  untreated?: string;
}
