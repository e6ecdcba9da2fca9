/**
 * The read half of a recalculation (also used by partner review): read the
 * hub and every listed spreadsheet, validate each, and keep the valid ones.
 * Reads only; nothing is written here.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import type { SpreadsheetReport } from '../contract/run-report.ts';
import type { Workbook } from '../contract/workbook.ts';
import { reconcileCatalogues } from './catalogue-union.ts';
import { type HubEntry, readHubList } from './hub-list.ts';
import { corridorIdsOf, withShared } from './merge-workbooks.ts';
import { mapPool } from './pool.ts';
import type { RecalculateDeps, SpreadsheetPort } from './types.ts';

export interface Loaded {
  report: SpreadsheetReport;
  port?: SpreadsheetPort;
  /** The spreadsheet's tabs with the hub's Catalogue and Method; absent when unreadable. */
  workbook?: Workbook;
  issues: Issue[];
}

export interface Collected {
  hub: Loaded & { port: SpreadsheetPort };
  corridors: Loaded[];
}

export const baseReport = (
  spreadsheetId: string,
  label: string,
  role: 'hub' | 'corridor',
): SpreadsheetReport => ({
  spreadsheetId,
  label,
  role,
  status: 'written',
  corridors: [],
  errors: 0,
  warnings: 0,
  issues: [],
});

/** Counts issues into the report; any error makes it `invalid` with the first as the reason. */
export function withIssues(report: SpreadsheetReport, issues: Issue[]): SpreadsheetReport {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  return {
    ...report,
    errors: errors.length,
    warnings: issues.length - errors.length,
    issues: errors.slice(0, 20),
    ...(first
      ? {
          status: 'invalid',
          reason: `${errors.length} error(s); first: ${first.cell}: ${first.message}`,
        }
      : {}),
  };
}

/** Reads and validates one spreadsheet against the hub's shared tabs. */
export async function loadOne(
  port: SpreadsheetPort,
  report: SpreadsheetReport,
  hubBook: Workbook,
  deps: RecalculateDeps,
): Promise<Loaded> {
  let workbook: Workbook;
  try {
    workbook = withShared(await port.read(), hubBook);
  } catch (e) {
    const failure = deps.classify?.(e) ?? 'unavailable';
    return {
      report: { ...report, status: 'unreachable', reason: deps.explain(e), failure },
      issues: [],
    };
  }
  const ids = corridorIdsOf(workbook);
  const issues = deps.validate(workbook);
  if (ids.length === 0)
    issues.push(issue('empty_template', 'Corridors', 'The Corridors tab lists no corridor.'));
  return { report: withIssues({ ...report, corridors: ids }, issues), port, workbook, issues };
}

export interface HubRead {
  hub: Loaded & { port: SpreadsheetPort };
  /** The spreadsheets the Hub tab lists (empty when the hub could not be read). */
  entries: HubEntry[];
}

/** Reads the hub alone: its workbook, its report and the spreadsheets it lists. */
export async function readHub(hubId: string, deps: RecalculateDeps): Promise<HubRead> {
  const port = deps.open(hubId);
  let hubBook: Workbook;
  try {
    hubBook = await port.read();
  } catch (e) {
    const report = {
      ...baseReport(hubId, hubId, 'hub'),
      status: 'unreachable' as const,
      reason: deps.explain(e),
      failure: deps.classify?.(e) ?? 'unavailable',
    };
    return { hub: { port, report, issues: [] }, entries: [] };
  }
  const list = readHubList(hubBook);
  const hub = {
    port,
    workbook: hubBook,
    issues: list.issues,
    report: withIssues(baseReport(hubId, port.title || hubId, 'hub'), list.issues),
  };
  return { hub, entries: list.entries };
}

/** Reads and validates every listed spreadsheet (the hub itself is skipped). */
export async function loadListed(
  hubId: string,
  entries: readonly HubEntry[],
  hubBook: Workbook,
  deps: RecalculateDeps,
): Promise<Loaded[]> {
  const corridors = await mapPool(
    entries,
    deps.concurrency ?? 4,
    async (entry): Promise<Loaded> => {
      const report = baseReport(entry.spreadsheetId, entry.label, 'corridor');
      if (entry.spreadsheetId === hubId)
        return {
          report: {
            ...report,
            status: 'skipped',
            reason: 'The hub lists itself; it is not a corridor spreadsheet.',
          },
          issues: [],
        };
      return loadOne(deps.open(entry.spreadsheetId), report, hubBook, deps);
    },
  );
  claimCorridors(corridors);
  reconcileCatalogues(corridors, hubBook);
  return corridors;
}

/** @returns undefined for the hub's workbook when the hub itself could not be read (see its report). */
export async function collect(hubId: string, deps: RecalculateDeps): Promise<Collected> {
  const { hub, entries } = await readHub(hubId, deps);
  if (!hub.workbook) return { hub, corridors: [] };
  return { hub, corridors: await loadListed(hubId, entries, hub.workbook, deps) };
}

/** A corridor ID submitted by two spreadsheets is kept for the first only. */
export function claimCorridors(items: Loaded[]): void {
  const claimed = new Map<string, string>();
  for (const item of items) {
    if (item.report.status !== 'written') continue;
    const clash = item.report.corridors.find((id) => claimed.has(id));
    if (clash) {
      item.issues.push(
        issue(
          'duplicate',
          'Corridors',
          `Corridor ${clash} is already submitted by the spreadsheet "${claimed.get(clash)}"; each corridor belongs to one spreadsheet.`,
        ),
      );
      item.report = withIssues(item.report, item.issues);
      continue;
    }
    for (const id of item.report.corridors) claimed.set(id, item.report.label);
  }
}
