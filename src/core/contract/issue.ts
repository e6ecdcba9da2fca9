/**
 * Expected data problems are values, never exceptions.
 * @module
 */

export type Severity = 'error' | 'warning';

/** Stable issue codes; the README lists each with an example. */
export type IssueCode =
  // workbook / structure
  | 'missing_tab'
  | 'missing_column'
  | 'empty_template'
  | 'workbook_too_large'
  // cell content
  | 'wrong_type'
  | 'required'
  | 'unknown_indicator'
  | 'unknown_country'
  | 'unknown_corridor'
  | 'unknown_side'
  | 'unit_mismatch'
  | 'out_of_range'
  | 'year_outside_period'
  | 'missing_source'
  | 'duplicate'
  | 'inconsistent'
  | 'invalid_answer'
  | 'invalid_method'
  | 'invalid_catalogue'
  | 'formula_text'
  // statistical warnings
  | 'outlier'
  | 'series_break'
  | 'stale_data'
  // engine
  | 'non_positive_in_mean'
  | 'insufficient_data';

export interface Issue {
  code: IssueCode;
  /** A1 address with tab, e.g. `Indicators!F14`; the tab alone (`Method`) when no cell applies. */
  cell: string;
  /** Names the thing, what was expected and what was found. */
  message: string;
  severity: Severity;
}

export const issue = (
  code: IssueCode,
  cell: string,
  message: string,
  severity: Severity = 'error',
): Issue => ({ code, cell, message, severity });
