/**
 * The compact forms of the exchange, without zod (the Sheets add-on bundles
 * this): a workbook as a dictionary of distinct values with tabs of indices,
 * and a write-back with a table of distinct cell formats. Each expands to
 * exactly what the plain form holds.
 * @module
 */
import type { CompactWorkbook } from './compact-workbook.ts';
import type { CellFormat, CompactWriteBack, WriteBack } from './patch.ts';
import type { Workbook } from './workbook.ts';

/**
 * The compact form of a workbook: one dictionary entry per distinct value, in
 * order of first use (cells of any type: the server checks them).
 */
export function compactWorkbook<C>(workbook: { tabs: Record<string, readonly (readonly C[])[]> }): {
  values: C[];
  tabs: CompactWorkbook['tabs'];
} {
  const values: C[] = [];
  const index = new Map<C, number>();
  const tabs: CompactWorkbook['tabs'] = {};
  for (const [name, rows] of Object.entries(workbook.tabs)) {
    setOwn(
      tabs,
      name,
      rows.map((row) =>
        row.map((cell) => {
          if (cell === null) return null;
          let at = index.get(cell);
          if (at === undefined) {
            at = values.length;
            values.push(cell);
            index.set(cell, at);
          }
          return at;
        }),
      ),
    );
  }
  return { values, tabs };
}

/**
 * The first cell whose index is not a whole number within `values`, as a
 * JSON pointer path, or undefined when every cell points at a value.
 */
export function badCompactCell(compact: CompactWorkbook): (string | number)[] | undefined {
  const size = compact.values.length;
  for (const [name, rows] of Object.entries(compact.tabs)) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as (number | null)[];
      for (let c = 0; c < row.length; c++) {
        const at = row[c];
        if (at !== null && at !== undefined && !(at < size)) return ['tabs', name, r, c];
      }
    }
  }
  return undefined;
}

/**
 * About the bytes of the plain JSON a compact workbook stands for: each cell
 * its value's JSON length plus a comma. A few distinct values repeated can
 * stand for far more text than the body holds (one 9 MB text in a million
 * cells), so a server bounds this as it bounds a plain body.
 */
export function expandedSize(compact: CompactWorkbook): number {
  const sizes = compact.values.map((v) =>
    typeof v === 'string' ? v.length + 3 : v === null ? 5 : String(v).length + 1,
  );
  let total = 0;
  for (const rows of Object.values(compact.tabs)) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as (number | null)[];
      total += 3; // the row's brackets and comma
      for (let c = 0; c < row.length; c++) {
        const at = row[c];
        total += at === null || at === undefined ? 5 : (sizes[at] ?? 0);
      }
    }
  }
  return total;
}

/** The plain workbook a compact one stands for: every cell its value, empty cells null. */
export function expandWorkbook(compact: CompactWorkbook): Workbook {
  const { values } = compact;
  const tabs: Workbook['tabs'] = {};
  for (const [name, rows] of Object.entries(compact.tabs)) {
    // copies of the index arrays, overwritten in place: packed arrays of the exact size, as JSON.parse
    // makes them (V8 reads holey ones more slowly; growing by push leaves garbage behind)
    const out = rows.slice() as unknown[][];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as (number | null)[];
      const cells = row.slice() as unknown[];
      for (let c = 0; c < cells.length; c++) {
        const at = row[c];
        cells[c] = at === null || at === undefined ? null : values[at];
      }
      out[r] = cells;
    }
    setOwn(tabs, name, out);
  }
  return { tabs };
}

/**
 * The write-back with a format table: each distinct format (by its JSON) once,
 * in order of first use. Patches share format objects, so each object is
 * looked up by identity and stringified once.
 */
export function tableFormats(writeBack: WriteBack): CompactWriteBack {
  const formats: CellFormat[] = [];
  const byJson = new Map<string, number>();
  const byObject = new Map<CellFormat, number>();
  const indexOf = (format: CellFormat): number => {
    let at = byObject.get(format);
    if (at !== undefined) return at;
    const json = JSON.stringify(format);
    at = byJson.get(json);
    if (at === undefined) {
      at = formats.length;
      formats.push(format);
      byJson.set(json, at);
    }
    byObject.set(format, at);
    return at;
  };
  const patches = writeBack.patches.map((patch) => {
    if (!patch.formats) return patch as CompactWriteBack['patches'][number];
    const grid = patch.formats;
    // copies overwritten in place, as in expandWorkbook; a row shared with the row before (the core
    // shares the format row of rows without overrides) shares its indices too
    const out = grid.slice() as unknown as (number | null)[][];
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r]!;
      if (r > 0 && row === grid[r - 1]) {
        out[r] = out[r - 1]!;
        continue;
      }
      const ids = row.slice() as unknown as (number | null)[];
      for (let c = 0; c < ids.length; c++) {
        const format = row[c];
        ids[c] = format === null || format === undefined ? null : indexOf(format);
      }
      out[r] = ids;
    }
    return { ...patch, formats: out };
  });
  return { tabs: writeBack.tabs, formats, patches };
}

/** The write-back a format table stands for: every index its format (shared, not copied). */
export function expandFormats(compact: CompactWriteBack): WriteBack {
  const { formats } = compact;
  return {
    tabs: compact.tabs,
    patches: compact.patches.map((patch) =>
      patch.formats
        ? {
            ...patch,
            formats: patch.formats.map((row) =>
              row.map((at) => (at === null ? null : (formats[at] ?? null))),
            ),
          }
        : (patch as WriteBack['patches'][number]),
    ),
  };
}

/** Defined, not assigned: a tab named `__proto__` stays a tab, as JSON.parse keeps it. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
