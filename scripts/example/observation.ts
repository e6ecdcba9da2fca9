/**
 * One filled row of the Indicators tab before its unit is looked up in the
 * catalogue, plus the small helpers every indicator builder shares.
 * @module
 */
import type { Side } from '../../src/core/template/layout.ts';
import type { ExampleCorridor } from './corridors.ts';
import type { Source } from './sources.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface ExampleValue {
  corridorId: string;
  indicator: string;
  side: Side;
  /** Empty for corridor-side (bilateral) values. */
  country: string;
  year: number;
  value: number;
  source: string;
  sourceCode: string;
  note: string;
  confidence: Confidence;
}

/** The country a side of a corridor stands for; '' for the corridor itself. */
export function countryOf(corridor: ExampleCorridor, side: Side): string {
  if (side === 'origin') return corridor.origin;
  if (side === 'destination') return corridor.destination;
  if (side === 'transit') return corridor.transit ?? '';
  return '';
}

export interface ValueSpec {
  indicator: string;
  side: Side;
  year: number;
  value: number;
  source: Source;
  /** Overrides the source's own code, e.g. with the WDI series code. */
  code?: string;
  note: string;
  confidence: Confidence;
}

export function valueFor(corridor: ExampleCorridor, spec: ValueSpec): ExampleValue {
  return {
    corridorId: corridor.id,
    indicator: spec.indicator,
    side: spec.side,
    country: countryOf(corridor, spec.side),
    year: spec.year,
    value: spec.value,
    source: spec.source.name,
    sourceCode: spec.code ?? spec.source.code,
    note: spec.note,
    confidence: spec.confidence,
  };
}

/** Rounds a derived value (never -0); source values are never rounded. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f + 0;
}
