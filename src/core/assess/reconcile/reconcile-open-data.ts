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

/** The open value a pre-filled note carries, if any. */
export function openValueOf(note: string | undefined): { value: number; year: number } | undefined {
  const m = note ? OPEN.exec(note) : null;
  return m ? { value: Number(m[1]), year: Number(m[2]) } : undefined;
}

const valueCell = (o: Observation) => `Indicators!F${o.row}`;

export function reconcileOpenData(observations: readonly Observation[]): {
  rows: ReconciliationRow[];
  issues: Issue[];
} {
  const rows: ReconciliationRow[] = [];
  const issues: Issue[] = [];
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k]!;
    const open = openValueOf(o.note);
    if (!open) continue;
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
