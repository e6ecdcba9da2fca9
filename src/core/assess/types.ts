/**
 * The result of assessing a workbook: what every path (CLI/xlsx, HTTP API,
 * Sheets API, add-on) returns or applies. Serialised as JSON it must be
 * byte-identical on every runtime for the same input and clock.
 * @module
 */
import type { Issue } from '../contract/issue.ts';
import type { WriteBack } from '../contract/patch.ts';
import type { DimensionId, Side } from '../template/types.ts';

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
  perspectives: Partial<Record<'origin' | 'destination' | 'migrants' | 'corridor', number | null>>;
  /** Share of scored indicators with a usable value. */
  coverage: number;
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

export interface Benchmark {
  generatedAt: string;
  corridors: CorridorScore[];
  indicators: IndicatorScore[];
  /** Sensitivity: total-order effect of each uncertain choice on the ranking. */
  sensitivity: { input: string; firstOrder: number | null; totalOrder: number | null }[];
  /** Coverage per indicator x corridor (share available) and data age. */
  gaps: { corridorId: string; indicator: string; status: 'available' | 'stale' | 'missing'; year: number | null }[];
  method: Record<string, string | number>;
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
