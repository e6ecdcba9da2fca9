/**
 * What scoring needs from one engine run, whatever the engine's own shapes.
 * @module
 */
import type { EngineIssue } from '../../contract/issue.ts';
import type { EngineLogLine } from '../types.ts';

export interface EngineRun {
  /** Units in input order. */
  units: string[];
  /** Aggregate iCode (Index and dimensions) -> score per unit, NaN = missing. */
  aggregates: Record<string, Float64Array>;
  /** Indicator iCode -> normalised score per unit. */
  normalised: Record<string, Float64Array>;
  log: EngineLogLine[];
  problems: EngineIssue[];
}

/** Longest argument text kept per log line (a spreadsheet cell holds 32,767 characters). */
export const MAX_ARGS_CHARS = 4000;

/** JSON of a stage's arguments, shortened for a cell; NaN becomes null. */
export function argsText(args: unknown): string {
  const text =
    JSON.stringify(args, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ) ?? 'null';
  return text.length > MAX_ARGS_CHARS
    ? `${text.slice(0, MAX_ARGS_CHARS)}... (${text.length} characters)`
    : text;
}
