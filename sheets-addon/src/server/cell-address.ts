/**
 * Reads the `cell` of an Issue: `Indicators!F14`, `'Data availability'!A2`,
 * or a tab alone (`Method`) when no cell applies.
 * @module
 */
import { parseRange, unquoteTab } from '../../../src/core/contract/a1.ts';

export interface CellAddress {
  tab: string;
  /** Absent when the issue names only a tab. */
  row?: number;
  column?: number;
}

export function parseCellAddress(cell: string): CellAddress {
  const bang = cell.lastIndexOf('!');
  if (bang < 0) return { tab: unquoteTab(cell.trim()) };
  const tab = unquoteTab(cell.slice(0, bang).trim());
  const start = parseRange(cell.slice(bang + 1))?.start;
  return start ? { tab, row: start.row, column: start.column } : { tab };
}
