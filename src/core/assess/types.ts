/**
 * The result of assessing a workbook: what every path (CLI/xlsx, HTTP API,
 * Sheets API, add-on) returns or applies. Serialised as JSON it must be
 * byte-identical on every runtime for the same input and clock.
 * @module
 */
import type { Issue } from '../contract/issue.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { Audience, DimensionId, Side } from '../template/types.ts';
import type { Audit } from './score/audit.ts';

export interface AssessOptions {
  /** ISO timestamp written into banners; injected so output is reproducible. */
  generatedAt: string;
  /** Override the Method tab's number of uncertainty runs (0 = skip). */
  uncertaintyRuns?: number;
  seed?: number;
}

export interface CorridorScore {
  corridorId: string;
  origin: string;
  transit?: string;
  destination: string;
  /** Overall score 0-100 (NaN serialised as null when not computable). */
  overall: number | null;
  rank: number | null;
  /** Rank interval from the uncertainty analysis (5th-95th percentile). */
  rankQ5: number | null;
  rankQ95: number | null;
  dimensions: Partial<Record<DimensionId, number | null>>;
  perspectives: Partial<
    Record<'origin' | 'destination' | 'migrants' | 'corridor' | 'transit', number | null>
  >;
  /**
   * Data availability, the one coverage figure (0-1): share of the scored
   * indicators expected of the corridor (core indicators on their declared
   * sides, plus any other scored indicator it reported) with a value no older
   * than the Method's maximum age from the indicator's reference year.
   */
  coverage: number;
  /** Why the corridor is not ranked (null when it is). */
  unranked?: string | null;
  /** Additive: the year the scores stand for (the corridor's period end). */
  referenceYear?: number;
}

export interface IndicatorScore {
  corridorId: string;
  indicator: string;
  side: Side;
  value: number | null;
  score: number | null;
  rank: number | null;
  year: number | null;
  source: string | null;
}

export interface AssessSummary {
  corridors: number;
  errors: number;
  warnings: number;
  /** Top corridors by overall score, best first. */
  top: { corridorId: string; overall: number | null; rank: number | null }[];
}

/** One uncertain method choice and its Sobol indices on the ranking. */
export interface SensitivityRow {
  input: string;
  firstOrder: number | null;
  totalOrder: number | null;
}

export interface Benchmark {
  generatedAt: string;
  corridors: CorridorScore[];
  indicators: IndicatorScore[];
  /** Sensitivity: total-order effect of each uncertain choice on the ranking. */
  sensitivity: SensitivityRow[];
  /** Coverage per indicator x corridor (share available) and data age. */
  gaps: {
    corridorId: string;
    indicator: string;
    status: 'available' | 'stale' | 'missing';
    year: number | null;
    /** Counts towards the corridor's coverage (a scored indicator expected of it or reported by it). */
    inCoverage?: boolean;
  }[];
  method: Record<string, string | number>;
  /** Additive detail (always set by assess): every indicator column and why it was or was not scored. */
  meta?: IndicatorMeta[];
  /** Changes over the years per corridor x indicator. */
  trends?: TrendRow[];
  /** Composite scores per corridor and year (panel time mode). */
  yearScores?: YearScore[];
  /** Every source used, with what it supplied. */
  sources?: SourceUse[];
  /** The engine's log of every run (main, perspectives, panel). */
  log?: EngineLogLine[];
  /** Correlation of each dimension with the overall score. */
  drivers?: DimensionDriver[];
  /** What the teams reported in the Data availability tab. */
  availability?: ReportedAvailability[];
  /** The statistical audit of the main run (correlations, Cronbach's alpha, PCA). */
  audit?: Audit;
  /** Indicator iCode -> the reference year its values are compared at. */
  referenceYears?: Record<string, number>;
}

/** How closely a dimension follows the overall score across corridors. */
export interface DimensionDriver {
  dimension: DimensionId;
  /** Pearson correlation with the overall score (null below 3 corridors or without spread). */
  correlation: number | null;
  weight: number;
  corridors: number;
}

/** One row of the Data availability tab, as reported. */
export interface ReportedAvailability {
  corridorId: string;
  item: string;
  side: Side;
  country: string | null;
  status: 'available' | 'partial' | 'missing';
  latestYear: number | null;
  source: string | null;
}

export interface AssessResult {
  ok: boolean;
  issues: Issue[];
  summary: AssessSummary;
  /** Null when errors prevented scoring: the previous benchmark stays as it was. */
  benchmark: Benchmark | null;
  /** Validation tab is always present; benchmark tabs only when scoring ran. */
  writeBack: WriteBack;
}

// ---- additive: detail the benchmark tabs and exports need ----

/** One scored or reported indicator column: catalogue indicator x side. */
export interface IndicatorMeta {
  /** `indicator.side`, e.g. `unemployment.origin`; policy questions are `policy.<question>.<side>`. */
  iCode: string;
  indicator: string;
  name: string;
  side: Side;
  dimension: DimensionId;
  unit: string;
  /** 1 higher is better, -1 lower is better, 0 descriptive (never scored). */
  direction: number;
  weight: number;
  goalpostLower: number | null;
  goalpostUpper: number | null;
  /** True when it entered the composite scores. */
  scored: boolean;
  /** Why it stayed out of the scores, when it did. */
  reason: string | null;
  source: string;
  code: string;
  /** Log scale: scored on log10 of the value, goalposts likewise. */
  scale?: 'log';
  /** Perspectives it counts for (from the framework, else its side). */
  audience?: Audience[];
  /** Expected of every corridor: a core indicator (global open data) on a side the catalogue declares. */
  expected?: boolean;
}

/** Change of one indicator over the years for one corridor. */
export interface TrendRow {
  corridorId: string;
  iCode: string;
  direction: number;
  firstYear: number;
  firstValue: number;
  lastYear: number;
  lastValue: number;
  /** lastValue - firstValue. */
  change: number;
  /** Average change per year (null when both ends share a year). */
  perYear: number | null;
  /** 'better' / 'worse' by the indicator's direction; 'flat' or 'descriptive' otherwise. */
  verdict: 'better' | 'worse' | 'flat' | 'descriptive';
  points: number;
}

/** A corridor's composite scores in one year (panel mode only). */
export interface YearScore {
  corridorId: string;
  year: number;
  overall: number | null;
  rank: number | null;
  dimensions: Partial<Record<DimensionId, number | null>>;
}

/** A source named in the submission, with what it supplied. */
export interface SourceUse {
  source: string;
  code: string;
  iCodes: string[];
  values: number;
}

/** One engine stage as it ran, for provenance. */
export interface EngineLogLine {
  run: string;
  stage: string;
  /** The stage's exact arguments as JSON. */
  args: string;
  notes: string[];
}
