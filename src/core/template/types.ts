/**
 * A template once read: typed records that remember where they came from
 * (`row` is the 1-based sheet row), so issues can name the cell.
 * @module
 */
import type { Side } from './layout.ts';

export type { Side };

export type Direction = 1 | -1 | 0; // 0 = descriptive, never scored

/** Whose question an indicator answers: a perspective of the corridor. */
export type Audience = 'origin' | 'transit' | 'destination' | 'migrants';

export interface CatalogueEntry {
  id: string;
  name: string;
  dimension: DimensionId;
  unit: string;
  /** Sides the indicator may be reported for. */
  sides: Side[];
  direction: Direction;
  min: number;
  max: number;
  source: string;
  /** Official code, e.g. a WDI or SDG series code. */
  code: string;
  weight: number;
  /** Fixed goalposts for scoring, when set (else the plausible range is used). */
  goalpostLower?: number;
  goalpostUpper?: number;
  /** Log scale: scored on log10 of the value (clipped to the lower goalpost), posts likewise. */
  scale?: 'log';
  /** Why the indicator measures its dimension's question, and which way is better (built-ins). */
  rationale?: string;
  /** Where the goalposts come from. */
  goalpostNote?: string;
  /** Perspectives it counts for, when not simply its side. */
  audience?: Audience[];
  /** Expected of every corridor (global open data); other scored indicators count where reported. */
  core?: boolean;
  /** Sides on which another catalogue indicator measures the same thing (not scored twice). */
  sameAs?: Partial<Record<Side, string>>;
  /** True for the user's own rows in the Catalogue tab. */
  custom: boolean;
}

export type DimensionId =
  | 'root_causes'
  | 'flows_stocks'
  | 'origin_costs_benefits'
  | 'destination_costs_benefits'
  | 'wellbeing_rights'
  | 'governance_policy'
  | 'transit_irregular'
  | 'data_availability';

export interface Corridor {
  row: number;
  id: string;
  origin: string;
  transit?: string;
  destination: string;
  periodStart: number;
  periodEnd: number;
  team?: string;
  contactName?: string;
  contactEmail?: string;
}

export interface Observation {
  row: number;
  corridorId: string;
  indicator: string;
  side: Side;
  country?: string;
  year: number;
  value: number;
  unit: string;
  source: string;
  sourceCode?: string;
  note?: string;
  confidence?: 'high' | 'medium' | 'low';
}

export interface PolicyAnswer {
  row: number;
  corridorId: string;
  question: string;
  side: Side;
  country?: string;
  answer: string;
  /** 0 / 50 / 100, from the question's answer options. */
  score: number;
  year?: number;
  source?: string;
}

export interface AvailabilityRow {
  row: number;
  corridorId: string;
  item: string;
  side: Side;
  country?: string;
  status: 'available' | 'partial' | 'missing';
  latestYear?: number;
  source?: string;
}

/** The scoring choices read from the Method tab (defaults filled in). */
export interface MethodSettings {
  normalisation: 'goalposts' | 'minmax' | 'zscore' | 'prank';
  aggregation: 'amean' | 'gmean';
  imputation: 'none' | 'mean' | 'median' | 'latest';
  timeMode: 'latest' | 'panel';
  maxAgeYears: number;
  dimensionWeights: Partial<Record<DimensionId, number>>;
  minDataShare: number;
  uncertaintyRuns: number;
  seed: number;
}

export interface Submission {
  corridors: Corridor[];
  observations: Observation[];
  policy: PolicyAnswer[];
  availability: AvailabilityRow[];
  catalogue: CatalogueEntry[];
  method: MethodSettings;
}
