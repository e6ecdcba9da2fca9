/**
 * What every stage receives and returns. A stage is a pure function: it never
 * mutates its input state and returns a new Dataset with a LogEntry.
 * @module
 */
import type { EngineIssue } from '../contract/issue.ts';
import type { CompiledTree } from './tree/compile-tree.ts';
import type { CoinInput, Dataset, LogEntry, TreatmentDetail } from './types.ts';

/** The data between stages: the current Dataset and, per unit, its row in the input. */
export interface StageState {
  data: Dataset;
  /** Input row of each current unit (screening and panel selection drop rows). */
  rows: Int32Array;
}

/** Read-only facts a stage may consult. */
export interface StageContext {
  input: CoinInput;
  tree: CompiledTree;
}

export type StageOutput =
  | { ok: true; state: StageState; log: LogEntry; treatment?: TreatmentDetail[] }
  | { ok: false; issues: EngineIssue[] };

export type Stage<A> = (state: StageState, args: A, ctx: StageContext) => StageOutput;
