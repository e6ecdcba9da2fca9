/**
 * Problem cells get a note and a highlight; the next run removes exactly
 * what the previous one added (the cells marked and their former background
 * are remembered in document properties), leaving the user's own notes.
 * @module
 */
import type { Issue } from '../../../src/core/contract/issue.ts';
import { parseCellAddress } from './cell-address.ts';
import { isOurs } from './generated-tabs.ts';
import { deleteJson, loadJson, saveJson } from './property-store.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const NOTE_MARK = '⚠ Corridor Monitor';
export const HIGHLIGHT = { error: '#f8d0cd', warning: '#fcefc0' } as const;
/** Beyond this many cells only the sidebar lists the issues. */
export const MAX_MARKED = 2000;
const STORE_KEY = 'corridorMonitor.marks';

/** tab -> [row, column, former background or null] */
type MarkStore = Record<string, [number, number, string | null][]>;

interface Box {
  top: number;
  left: number;
  height: number;
  width: number;
}

function boxOf(cells: readonly { row: number; column: number }[]): Box {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.column);
  const top = Math.min(...rows);
  const left = Math.min(...cols);
  return { top, left, height: Math.max(...rows) - top + 1, width: Math.max(...cols) - left + 1 };
}

function withoutOurNote(note: string): string {
  const at = note.indexOf(NOTE_MARK);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

function isDefaultBackground(colour: string): boolean {
  return /^#ffffff$/i.test(colour) || colour === 'white';
}

/** Removes the previous run's notes and highlights; returns how many cells it cleared. */
export function clearMarks(spreadsheet: Spreadsheet): number {
  const store = loadJson<MarkStore>(STORE_KEY);
  if (!store) return 0;
  let cleared = 0;
  for (const [tab, marks] of Object.entries(store)) {
    const sheet = spreadsheet.getSheetByName(tab);
    if (!sheet || marks.length === 0) continue;
    const box = boxOf(marks.map(([row, column]) => ({ row, column })));
    const range = sheet.getRange(box.top, box.left, box.height, box.width);
    const backgrounds: (string | null)[][] = range.getBackgrounds();
    const notes = range.getNotes();
    for (const [row, column, former] of marks) {
      const r = row - box.top;
      const c = column - box.left;
      const now = backgrounds[r]![c]!;
      if (now === HIGHLIGHT.error || now === HIGHLIGHT.warning) backgrounds[r]![c] = former;
      notes[r]![c] = withoutOurNote(notes[r]![c]!);
      cleared++;
    }
    range.setBackgrounds(backgrounds as string[][]);
    range.setNotes(notes);
  }
  deleteJson(STORE_KEY);
  return cleared;
}

interface CellIssues {
  row: number;
  column: number;
  issues: Issue[];
}

function markSheet(sheet: Sheet, cells: CellIssues[]): [number, number, string | null][] {
  const box = boxOf(cells);
  const range = sheet.getRange(box.top, box.left, box.height, box.width);
  const backgrounds: (string | null)[][] = range.getBackgrounds();
  const notes = range.getNotes();
  const marks: [number, number, string | null][] = [];
  for (const cell of cells) {
    const r = cell.row - box.top;
    const c = cell.column - box.left;
    const former = backgrounds[r]![c]!;
    const severity = cell.issues.some((i) => i.severity === 'error') ? 'error' : 'warning';
    backgrounds[r]![c] = HIGHLIGHT[severity];
    const ours = [
      NOTE_MARK,
      ...cell.issues.map((i) => `${i.severity} ${i.code}: ${i.message}`),
    ].join('\n');
    const own = withoutOurNote(notes[r]![c]!);
    notes[r]![c] = own ? `${own}\n\n${ours}` : ours;
    marks.push([cell.row, cell.column, former && !isDefaultBackground(former) ? former : null]);
  }
  range.setBackgrounds(backgrounds as string[][]);
  range.setNotes(notes);
  return marks;
}

/** Notes and highlights the issues' cells on input tabs, at most MAX_MARKED cells. */
export function markIssues(
  spreadsheet: Spreadsheet,
  issues: readonly Issue[],
): { marked: number; truncated: boolean } {
  const byTab = new Map<string, Map<string, CellIssues>>();
  let count = 0;
  let truncated = false;
  for (const issue of issues) {
    const address = parseCellAddress(issue.cell);
    if (address.row === undefined || address.column === undefined) continue;
    const cells = byTab.get(address.tab) ?? new Map<string, CellIssues>();
    const key = `${address.row}:${address.column}`;
    const existing = cells.get(key);
    if (existing) existing.issues.push(issue);
    else if (count >= MAX_MARKED) truncated = true;
    else {
      cells.set(key, { row: address.row, column: address.column, issues: [issue] });
      count++;
    }
    byTab.set(address.tab, cells);
  }
  const store: MarkStore = {};
  let marked = 0;
  for (const [tab, cells] of byTab) {
    const sheet = spreadsheet.getSheetByName(tab);
    if (!sheet || isOurs(sheet)) continue;
    const inside = [...cells.values()].filter(
      (c) => c.row <= sheet.getMaxRows() && c.column <= sheet.getMaxColumns(),
    );
    if (inside.length === 0) continue;
    store[tab] = markSheet(sheet, inside);
    marked += inside.length;
  }
  if (marked > 0) saveJson(STORE_KEY, store);
  return { marked, truncated };
}
