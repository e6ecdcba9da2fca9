/** The observation a valid Indicators row reads into. @module */
import type { Observation, Side } from '../template/types.ts';

/**
 * An observation, its fields in the order they always had (optional ones only when set).
 * A class, so every field sits in the object itself: 400k+ of them are made per read. Fields are
 * `declare`d so none exists before it is set (JSON and key order stay those of a plain object).
 */
export class IndicatorObservation {
  declare row: number;
  declare corridorId: string;
  declare indicator: string;
  declare side: Side;
  declare country?: string;
  declare year: number;
  declare value: number;
  declare unit: string;
  declare source: string;
  declare sourceCode?: string;
  declare note?: string;
  declare confidence?: Observation['confidence'];
  constructor(
    row: number,
    corridorId: string,
    indicator: string,
    side: Side,
    country: string | undefined,
    year: number,
    value: number,
    unit: string,
    source: string,
    sourceCode: string | undefined,
    note: string | undefined,
    confidence: Observation['confidence'],
  ) {
    this.row = row;
    this.corridorId = corridorId;
    this.indicator = indicator;
    this.side = side;
    if (country) this.country = country;
    this.year = year;
    this.value = value;
    this.unit = unit;
    this.source = source;
    if (sourceCode) this.sourceCode = sourceCode;
    if (note) this.note = note;
    if (confidence) this.confidence = confidence;
  }
}
