/**
 * In-memory Sheet: cells in a map, the Apps Script default size of 1000 rows
 * by 26 columns, developer metadata, charts, conditional formats, and a log
 * of every write so tests can prove which tabs were touched.
 * @module
 */
import { type Cell, emptyCell, FakeRange } from './fake-range.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found: ${a1}`);
  const col = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]!);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

export interface FakeMetadata {
  getKey(): string;
  getValue(): string;
  remove(): void;
}

export class FakeSheet {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly cells = new Map<string, Cell>();
  readonly metadata: { key: string; value: string }[] = [];
  readonly charts: {
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: number[];
  }[] = [];
  conditionalFormatRules: unknown[] = [];
  readonly id: number;

  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
  ) {
    this.id = parent.nextSheetId++;
  }

  record(method: string, detail = ''): void {
    this.parent.writes.push({ sheet: this.name, method, detail });
  }

  cellAt(row: number, column: number, create = false): Cell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = emptyCell();
      if (create) this.cells.set(key, cell);
    }
    return cell;
  }

  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getIndex(): number {
    return this.parent.sheets.indexOf(this) + 1;
  }
  setName(name: string): this {
    if (this.parent.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    this.record('setName', name);
    this.name = name;
    return this;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(after: number, howMany: number): this {
    this.record('insertRowsAfter');
    this.maxRows += howMany;
    void after;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    this.record('insertColumnsAfter');
    this.maxColumns += howMany;
    void after;
    return this;
  }

  private filled(): { row: number; column: number }[] {
    return [...this.cells.entries()]
      .filter(([, c]) => c.value !== '' || c.formula !== '')
      .map(([k]) => {
        const [row, column] = k.split(',').map(Number);
        return { row: row!, column: column! };
      });
  }
  getLastRow(): number {
    return Math.max(0, ...this.filled().map((c) => c.row));
  }
  getLastColumn(): number {
    return Math.max(0, ...this.filled().map((c) => c.column));
  }
  getDataRange(): FakeRange {
    return new FakeRange(
      this,
      1,
      1,
      Math.max(1, this.getLastRow()),
      Math.max(1, this.getLastColumn()),
    );
  }
  getRange(a: number | string, column?: number, rows = 1, columns = 1): FakeRange {
    if (typeof a === 'string') {
      const p = parseA1(a);
      return new FakeRange(this, p.row, p.column, p.rows, p.columns);
    }
    return new FakeRange(this, a, column!, rows, columns);
  }
  getRangeList(a1s: string[]): {
    getRanges(): FakeRange[];
    setNumberFormat(format: string): unknown;
  } {
    const ranges = a1s.map((a1) => this.getRange(a1));
    const list = {
      getRanges: () => ranges,
      setNumberFormat: (format: string) => {
        this.record('RangeList.setNumberFormat', format);
        for (const r of ranges) {
          for (let i = 0; i < r.numRows; i++)
            for (let j = 0; j < r.numColumns; j++)
              this.cellAt(r.row + i, r.column + j, true).numberFormat = format;
        }
        return list;
      },
    };
    return list;
  }
  setFrozenRows(rows: number): void {
    this.record('setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(column: number, width: number): this {
    this.record('setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }
  setTabColor(colour: string | null): this {
    this.record('setTabColor');
    this.tabColor = colour;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  activate(): this {
    this.parent.setActiveSheet(this);
    return this;
  }

  addDeveloperMetadata(key: string, value: string): this {
    this.record('addDeveloperMetadata', `${key}=${value}`);
    this.metadata.push({ key, value });
    return this;
  }
  getDeveloperMetadata(): FakeMetadata[] {
    return this.metadata.map((m) => ({
      getKey: () => m.key,
      getValue: () => m.value,
      remove: () => {
        this.record('removeDeveloperMetadata');
        this.metadata.splice(this.metadata.indexOf(m), 1);
      },
    }));
  }

  setConditionalFormatRules(rules: unknown[]): void {
    this.record('setConditionalFormatRules');
    this.conditionalFormatRules = rules;
  }
  getConditionalFormatRules(): unknown[] {
    return this.conditionalFormatRules;
  }

  newChart(): unknown {
    const spec = {
      type: 'unset',
      ranges: [] as string[],
      options: {} as Record<string, unknown>,
      position: [] as number[],
    };
    const builder = {
      asBarChart: () => {
        spec.type = 'BAR';
        return builder;
      },
      asLineChart: () => {
        spec.type = 'LINE';
        return builder;
      },
      asColumnChart: () => {
        spec.type = 'COLUMN';
        return builder;
      },
      addRange: (range: FakeRange) => {
        spec.ranges.push(range.getA1Notation());
        return builder;
      },
      setOption: (k: string, v: unknown) => {
        spec.options[k] = v;
        return builder;
      },
      setPosition: (...p: number[]) => {
        spec.position = p;
        return builder;
      },
      build: () => ({ ...spec }),
    };
    return builder;
  }
  insertChart(chart: (typeof this.charts)[number]): void {
    this.record('insertChart');
    this.charts.push(chart);
  }
  getCharts(): unknown[] {
    return this.charts;
  }

  /** Test helper: the values as getDataRange().getValues() would give them. */
  snapshot(): {
    values: unknown[][];
    formulas: string[][];
    formats: string[][];
    notes: string[][];
    backgrounds: string[][];
  } {
    const r = this.getDataRange();
    return {
      values: r.getValues(),
      formulas: r.getFormulas(),
      formats: r.getNumberFormats(),
      notes: r.getNotes(),
      backgrounds: r.getBackgrounds(),
    };
  }
}
