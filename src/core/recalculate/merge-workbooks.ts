/**
 * One workbook from many corridor spreadsheets, so that every corridor is
 * normalised against all the others. Rows are aligned by header name, in the
 * template's column order; Catalogue and Method come from one place.
 * @module
 */
import type { Workbook } from '../contract/workbook.ts';
import { COLUMNS, INPUT_TABS } from '../template/layout.ts';

/** Tabs whose rows are concatenated across spreadsheets. */
export const SUBMISSION_TABS = [
  INPUT_TABS.corridors,
  INPUT_TABS.indicators,
  INPUT_TABS.policy,
  INPUT_TABS.availability,
] as const;
/** Tabs taken whole from the hub when it has them (one method for everyone), else from the first spreadsheet. */
export const SHARED_TABS = [INPUT_TABS.catalogue, INPUT_TABS.method] as const;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const hasData = (rows: unknown[][] | undefined) =>
  (rows ?? []).slice(1).some((r) => r.some((c) => text(c) !== ''));

/** The corridor IDs a spreadsheet's Corridors tab lists. */
export function corridorIdsOf(workbook: Workbook): string[] {
  const rows = workbook.tabs[INPUT_TABS.corridors] ?? [];
  const col = (rows[0] ?? []).map((h) => text(h).toLowerCase()).indexOf('corridor_id');
  return col < 0
    ? []
    : rows
        .slice(1)
        .map((r) => text(r[col]))
        .filter(Boolean);
}

/** The workbook with the hub's Catalogue and Method in place of its own, where the hub has them. */
export function withShared(workbook: Workbook, hub: Workbook): Workbook {
  const tabs = { ...workbook.tabs };
  for (const name of SHARED_TABS) if (hasData(hub.tabs[name])) tabs[name] = hub.tabs[name]!;
  return { tabs };
}

/** Concatenates the submission tabs of `parts` (already given the shared tabs). */
export function mergeSubmissions(parts: readonly Workbook[]): Workbook {
  const tabs: Workbook['tabs'] = {};
  const first = parts[0];
  if (first) {
    for (const name of [INPUT_TABS.instructions, ...SHARED_TABS])
      if (first.tabs[name]) tabs[name] = first.tabs[name]!;
  }
  for (const name of SUBMISSION_TABS) {
    const header: string[] = [...COLUMNS[name]];
    const rows: unknown[][] = [header];
    for (const part of parts) rows.push(...aligned(part.tabs[name], header));
    tabs[name] = rows;
  }
  return { tabs };
}

function aligned(rows: unknown[][] | undefined, header: readonly string[]): unknown[][] {
  if (!rows || rows.length === 0) return [];
  const source = (rows[0] ?? []).map((h) => text(h).toLowerCase());
  const index = header.map((h) => source.indexOf(h));
  return rows
    .slice(1)
    .filter((r) => r.some((c) => text(c) !== ''))
    .map((r) => index.map((i) => (i < 0 ? null : (r[i] ?? null))));
}
