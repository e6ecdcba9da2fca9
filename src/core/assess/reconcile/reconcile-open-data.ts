/**
 * Reconciliation of national and open values. A pre-filled Indicators row
 * keeps its open value in the note ("open value 253940 (2020)"); when the
 * team has replaced the value, both are listed with the difference in %,
 * and a difference over 20% is a warning to review, never an error.
 * @module
 */
import { type Issue, issue } from '../../contract/issue.ts';
import type { Observation } from '../../template/types.ts';

/** Differences above this share of the open value are flagged for review. */
export const RECONCILE_THRESHOLD_PCT = 20;

export interface ReconciliationRow {
  corridorId: string;
  indicator: string;
  side: string;
  country: string;
  year: number;
  national: number;
  open: number;
  openYear: number;
  /** 100 x (national - open) / |open|; null when the open value is 0. */
  differencePct: number | null;
  flagged: boolean;
  nationalSource: string;
  cell: string;
}

const OPEN = /open value (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?) \((\d{4})\)/i;
const LEAD = 'open value ';
const LEAD_ANY_CASE = /open value /i;

/** An open value and its year. */
interface OpenValue {
  value: number;
  year: number;
}

/**
 * The open value a pre-filled note carries, if any: OPEN's first match.
 * @example openValueOf('pre-filled, open value 12.5 (2020)'); // => { value: 12.5, year: 2020 }
 */
export function openValueOf(note: string | undefined): OpenValue | undefined {
  const out = { value: 0, year: 0 };
  return readOpenValue(note, out) ? out : undefined;
}

/**
 * Whether the note carries an open value (OPEN's first match), written into `out`: a hot loop
 * (every Indicators row) fills one object instead of making one per note. The pre-filled
 * notes' lower-case lead is found with indexOf and read by hand; anything else goes to the regex.
 */
function readOpenValue(note: string | undefined, out: OpenValue): boolean {
  if (!note) return false;
  const at = note.indexOf(LEAD);
  // "open value " cannot overlap itself: an earlier match in any casing ends by `at`
  if (at >= 0 && !leadBefore(note, at) && openValueAt(note, at + LEAD.length, out)) return true;
  const m = OPEN.exec(note);
  if (!m) return false;
  out.value = Number(m[1]);
  out.year = Number(m[2]);
  return true;
}

/** Whether any casing of the lead ends by `at` (the regex is asked only when an o comes early enough). */
function leadBefore(note: string, at: number): boolean {
  for (let j = 0; j + LEAD.length <= at; j++)
    if ((note.charCodeAt(j) | 32) === 111) return LEAD_ANY_CASE.test(note.slice(0, at));
  return false;
}

const digit = (note: string, i: number) => {
  const c = note.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Exact powers of ten (10^22 is the largest a double holds exactly). */
const TENS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * OPEN's groups read from `start` (just after the lead). The number's parts
 * are greedy and whatever follows a shorter number is no space, so
 * backtracking never finds another match at this start. The value is
 * digits / 10^k or digits x 10^k when both are exact doubles (one correctly
 * rounded operation: the same double as Number(text)), else Number(text).
 */
function openValueAt(note: string, start: number, out: OpenValue): boolean {
  let i = start;
  const negative = note.charCodeAt(i) === 45; // -
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0; // the power of ten to apply
  for (let d = digit(note, i); d >= 0; d = digit(note, ++i)) {
    mantissa = mantissa * 10 + d;
    digits++;
  }
  if (digits === 0) return false;
  if (note.charCodeAt(i) === 46 && digit(note, i + 1) >= 0) {
    for (let d = digit(note, ++i); d >= 0; d = digit(note, ++i)) {
      mantissa = mantissa * 10 + d;
      digits++;
      scale--;
    }
  }
  if ((note.charCodeAt(i) | 32) === 101) {
    // e or E, an optional sign, then digits (else the e is not part of the number)
    const sign = note.charCodeAt(i + 1);
    let j = sign === 43 || sign === 45 ? i + 2 : i + 1;
    if (digit(note, j) >= 0) {
      let exponent = 0;
      for (let d = digit(note, j); d >= 0; d = digit(note, ++j))
        exponent = Math.min(1e6, exponent * 10 + d);
      scale += sign === 45 ? -exponent : exponent;
      i = j;
    }
  }
  if (note.charCodeAt(i) !== 32 || note.charCodeAt(i + 1) !== 40) return false; // " ("
  const y0 = digit(note, i + 2);
  const y1 = digit(note, i + 3);
  const y2 = digit(note, i + 4);
  const y3 = digit(note, i + 5);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || note.charCodeAt(i + 6) !== 41) return false; // dddd)
  const exact = digits <= 15 && scale >= -22 && scale <= 22;
  const size = !exact
    ? Number(note.slice(negative ? start + 1 : start, i))
    : scale < 0
      ? mantissa / TENS[-scale]!
      : mantissa * TENS[scale]!;
  out.value = negative ? -size : size;
  out.year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return true;
}

const valueCell = (o: Observation) => `Indicators!F${o.row}`;

export function reconcileOpenData(observations: readonly Observation[]): {
  rows: ReconciliationRow[];
  issues: Issue[];
} {
  const rows: ReconciliationRow[] = [];
  const issues: Issue[] = [];
  const open: OpenValue = { value: 0, year: 0 };
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k]!;
    if (!readOpenValue(o.note, open)) continue;
    const same = Math.abs(o.value - open.value) <= 1e-9 * Math.max(1, Math.abs(open.value));
    if (same && o.year === open.year) continue;
    const differencePct =
      open.value === 0 ? null : (100 * (o.value - open.value)) / Math.abs(open.value);
    const flagged =
      o.year === open.year &&
      (differencePct === null ? o.value !== 0 : Math.abs(differencePct) > RECONCILE_THRESHOLD_PCT);
    const row: ReconciliationRow = {
      corridorId: o.corridorId,
      indicator: o.indicator,
      side: o.side,
      country: o.country ?? '',
      year: o.year,
      national: o.value,
      open: open.value,
      openYear: open.year,
      differencePct,
      flagged,
      nationalSource: o.source,
      cell: valueCell(o),
    };
    rows.push(row);
    if (flagged) {
      issues.push(
        issue(
          'inconsistent',
          row.cell,
          `${o.corridorId} ${o.indicator} (${o.side}) ${o.year}: the national value ${o.value} (${o.source}) differs by ${differencePct === null ? 'more than 20%' : `${differencePct.toFixed(1)}%`} from the pre-filled open value ${open.value}; review both (see the Reconciliation tab)`,
          'warning',
        ),
      );
    }
  }
  return { rows, issues };
}
