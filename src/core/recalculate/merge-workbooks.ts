/**
 * One workbook from many corridor spreadsheets, so that every corridor is
 * normalised against all the others. Rows are aligned by header name, in the
 * template's column order; Catalogue and Method come from one place.
 * @module
 */
import type { Workbook } from '../contract/workbook.ts';
import { COLUMNS, INPUT_TABS } from '../template/layout.ts';
import { unionCatalogue } from './catalogue-union.ts';

/** Tabs whose rows are concatenated across spreadsheets. */
export const SUBMISSION_TABS = [
  INPUT_TABS.corridors,
  INPUT_TABS.indicators,
  INPUT_TABS.policy,
  INPUT_TABS.availability,
] as const;
/** Tabs taken whole from the hub when it has them (one method for everyone), else from the first spreadsheet. */
export const SHARED_TABS = [INPUT_TABS.method] as const;

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

/**
 * The workbook with the hub's Method in place of its own, where the hub has one.
 * Its own Catalogue stays (validated at its own cells); catalogues are joined when merging.
 */
export function withShared(workbook: Workbook, hub: Workbook): Workbook {
  const tabs = { ...workbook.tabs };
  for (const name of SHARED_TABS) if (hasData(hub.tabs[name])) tabs[name] = hub.tabs[name]!;
  return { tabs };
}

/**
 * Concatenates the submission tabs of `parts` (already given the shared tabs),
 * on the union of their catalogues (the hub's first, when given).
 */
export function mergeSubmissions(parts: readonly Workbook[], hub?: Workbook): Workbook {
  return mergeWithOrigins(parts, hub).workbook;
}

/** Where a merged row came from: the part, its own row number (1-based) and its own header. */
export interface RowOrigin {
  part: number;
  row: number;
  header: string[];
}

/** As mergeSubmissions, and for each submission tab the origin of every merged row (index = merged row - 2). */
export function mergeWithOrigins(
  parts: readonly Workbook[],
  hub?: Workbook,
): { workbook: Workbook; origins: Record<string, RowOrigin[]> } {
  const origins: Record<string, RowOrigin[]> = {};
  const tabs: Workbook['tabs'] = {};
  const first = parts[0];
  if (first) {
    for (const name of [INPUT_TABS.instructions, ...SHARED_TABS])
      if (first.tabs[name]) tabs[name] = first.tabs[name]!;
  }
  const catalogue = unionCatalogue(hub ? [hub, ...parts] : parts);
  if (catalogue) tabs[INPUT_TABS.catalogue] = catalogue;
  for (const name of SUBMISSION_TABS) {
    const header: string[] = [...COLUMNS[name]];
    const rows: unknown[][] = [header];
    const from: RowOrigin[] = [];
    parts.forEach((part, p) => {
      const own = part.tabs[name];
      if (!own || own.length === 0) return;
      const source = (own[0] ?? []).map((h) => text(h).toLowerCase());
      const index = header.map((h) => source.indexOf(h));
      own.forEach((r, i) => {
        if (i === 0 || !r.some((c) => text(c) !== '')) return;
        rows.push(index.map((c) => (c < 0 ? null : (r[c] ?? null))));
        from.push({ part: p, row: i + 1, header: source });
      });
    });
    tabs[name] = rows;
    origins[name] = from;
  }
  return { workbook: { tabs }, origins };
}
