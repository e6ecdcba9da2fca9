/**
 * Ports: the only way the core meets the outside world. Adapters implement them.
 * @module
 */

import type { WriteBack } from './patch.ts';
import type { Workbook } from './workbook.ts';

/** Reads every tab of a workbook in one go. */
export interface WorkbookSource {
  read(): Promise<Workbook>;
}

/**
 * Writes a WriteBack atomically: either every generated tab is replaced, or
 * nothing changes. Must never touch a tab that is not in `writeBack.tabs`.
 */
export interface WorkbookSink {
  write(writeBack: WriteBack): Promise<void>;
}

/** The clock is a port so that every runtime gives byte-identical output for a fixed time. */
export interface Clock {
  now(): Date;
}
