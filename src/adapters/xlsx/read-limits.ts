/**
 * The documented limits of the .xlsx reader (docs/workbook-io.md): the grid
 * limits every reader shares, plus the package's own (bytes, zip entries,
 * shared strings, merged ranges). Each breach is one line naming the tab or
 * part, the limit and what was found; the CLI exits 2 with it.
 * @module
 */
import { breachLine, GRID_LIMITS, type GridLimits } from '../../core/limits/grid-limits.ts';

export interface ReadLimits extends GridLimits {
  /** Bytes of the .xlsx file (or of all CSV files together). */
  fileBytes: number;
  /** Decompressed bytes of one part read from the package (a sheet, the shared strings). */
  partBytes: number;
  /** Decompressed bytes of all parts read together. */
  totalBytes: number;
  /** Entries in the shared-strings table. */
  sharedStrings: number;
  /** Entries in the zip package. */
  zipEntries: number;
  /** Merged ranges per tab. */
  merges: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  ...GRID_LIMITS,
  fileBytes: 50 * 1024 * 1024,
  partBytes: 256 * 1024 * 1024,
  totalBytes: 400 * 1024 * 1024,
  sharedStrings: 2_000_000,
  zipEntries: 10_000,
  merges: 10_000,
};

/** A limit that was breached: one line for the user. */
export class LimitBreach extends Error {
  override name = 'LimitBreach';
  constructor(
    readonly where: string,
    readonly limit: string,
    readonly found: string,
    hint = '',
  ) {
    super(breachLine(where, limit, found, hint));
  }
}

export const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
