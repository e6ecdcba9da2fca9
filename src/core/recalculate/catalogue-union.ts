/**
 * Corridor spreadsheets may each carry their own Catalogue: recalculation
 * scores them on the union of the catalogues (the hub's too, when it has
 * one). The same indicator id defined differently in two places is an error
 * reported at each sheet's own Catalogue cell, naming where the other
 * definition is; agreeing definitions are kept once.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { issue } from '../contract/issue.ts';
import type { Workbook } from '../contract/workbook.ts';
import { INPUT_TABS } from '../template/layout.ts';
import { type Loaded, withIssues } from './collect.ts';

const TAB = INPUT_TABS.catalogue;
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

interface Definition {
  id: string;
  /** 1-based row in its own sheet's Catalogue. */
  row: number;
  /** Column name -> value, for comparing definitions whatever the column order. */
  fields: Record<string, string>;
}

/** Every definition in a Catalogue tab, by id (the first row of an id within one sheet). */
export function definitionsOf(workbook: Workbook): Map<string, Definition> {
  const rows = workbook.tabs[TAB] ?? [];
  const header = (rows[0] ?? []).map((h) => text(h).toLowerCase());
  const idCol = header.indexOf('id');
  const out = new Map<string, Definition>();
  if (idCol < 0) return out;
  rows.slice(1).forEach((r, i) => {
    const id = text(r[idCol]);
    if (!id || out.has(id)) return;
    const fields: Record<string, string> = {};
    header.forEach((h, c) => {
      if (h) fields[h] = text(r[c]).toLowerCase();
    });
    out.set(id, { id, row: i + 2, fields });
  });
  return out;
}

const differ = (a: Definition, b: Definition) =>
  [...new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])].filter(
    (k) => (a.fields[k] ?? '') !== (b.fields[k] ?? ''),
  );

/**
 * Marks every readable sheet whose Catalogue defines an id differently from
 * another sheet (or the hub) invalid, with the issue at its own cell.
 */
export function reconcileCatalogues(items: Loaded[], hub?: Workbook): void {
  const first = new Map<string, { label: string; def: Definition }>();
  if (hub)
    for (const def of definitionsOf(hub).values()) first.set(def.id, { label: 'the hub', def });
  const defs = items.map((item) => (item.workbook ? definitionsOf(item.workbook) : new Map()));
  items.forEach((item, i) => {
    for (const def of defs[i]!.values() as Iterable<Definition>) {
      const seen = first.get(def.id);
      if (!seen) first.set(def.id, { label: `"${item.report.label}"`, def });
    }
  });
  items.forEach((item, i) => {
    if (!item.workbook || item.report.status === 'unreachable') return;
    let found = false;
    for (const def of defs[i]!.values() as Iterable<Definition>) {
      const seen = first.get(def.id)!;
      if (seen.def === def) continue;
      const fields = differ(seen.def, def);
      if (fields.length === 0) continue;
      found = true;
      item.issues.push(
        issue(
          'invalid_catalogue',
          a1(TAB, def.row, 1),
          `Indicator ${def.id} is defined differently in ${seen.label} (${fields.slice(0, 4).join(', ')} differ); use one definition everywhere.`,
        ),
      );
    }
    if (found) item.report = withIssues(item.report, item.issues);
  });
}

/** One Catalogue holding every id once, in order of first appearance (hub first). */
export function unionCatalogue(parts: readonly Workbook[]): unknown[][] | undefined {
  const withRows = parts.map((p) => p.tabs[TAB]).filter((r): r is unknown[][] => !!r?.length);
  const base = withRows[0];
  if (!base) return undefined;
  const header = (base[0] ?? []).map((h) => text(h).toLowerCase());
  const idCol = header.indexOf('id');
  if (idCol < 0) return base;
  const seen = new Set<string>();
  const out: unknown[][] = [base[0] ?? []];
  for (const rows of withRows) {
    const own = (rows[0] ?? []).map((h) => text(h).toLowerCase());
    const index = header.map((h) => own.indexOf(h));
    const ownId = own.indexOf('id');
    for (const r of rows.slice(1)) {
      const id = text(r[ownId]);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      out.push(index.map((c) => (c < 0 ? null : (r[c] ?? null))));
    }
  }
  return out;
}
