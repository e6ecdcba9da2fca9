/**
 * In-memory Range following the Apps Script reference: value grids must match
 * the range's shape exactly, and a string written into a cell that is not
 * formatted as plain text ('@') is parsed as if typed: "=..." becomes a
 * formula and "0123" or "+1" a number.
 * @module
 */
import { columnLetter } from '../../../src/core/contract/a1.ts';
import type { FakeSheet } from './fake-sheet.ts';

export interface Cell {
  value: unknown;
  formula: string;
  numberFormat: string;
  note: string;
  background: string;
  fontWeight: string;
  fontStyle: string;
  fontColor: string;
  wrap: boolean;
  horizontalAlignment: string | null;
  validation: FakeValidationRule | null;
}

export interface FakeValidationRule {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
  getCriteriaType(): string;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string;
}

export const DEFAULT_FORMAT = '0.###############';

export function emptyCell(): Cell {
  return {
    value: '',
    formula: '',
    numberFormat: DEFAULT_FORMAT,
    note: '',
    background: '#ffffff',
    fontWeight: 'normal',
    fontStyle: 'normal',
    fontColor: '#000000',
    wrap: true,
    horizontalAlignment: null,
    validation: null,
  };
}

/** What Sheets stores when a value is written the way setValues writes it (USER_ENTERED-like). */
export function enteredValue(
  value: unknown,
  numberFormat: string,
): { value: unknown; formula: string } {
  if (value === null || value === undefined) return { value: '', formula: '' };
  if (typeof value !== 'string' || numberFormat === '@') return { value, formula: '' };
  if (value.startsWith('=')) return { value: `#FORMULA(${value})`, formula: value };
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value), formula: '' };
  return { value, formula: '' };
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(
        'The starting row/column of the range is too small, or the number of rows/columns must be at least 1.',
      );
    }
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
      throw new Error(
        'Exception: The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const a = `${columnLetter(this.column)}${this.row}`;
    const b = `${columnLetter(this.getLastColumn())}${this.getLastRow()}`;
    return a === b ? a : `${a}:${b}`;
  }

  private grid<T>(read: (cell: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++)
        row.push(read(this.sheet.cellAt(this.row + r, this.column + c)));
      out.push(row);
    }
    return out;
  }

  private write<T>(method: string, values: T[][], apply: (cell: Cell, v: T) => void): this {
    if (!Array.isArray(values) || values.length !== this.numRows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values?.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row?.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    this.sheet.record(method, this.getA1Notation());
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        apply(this.sheet.cellAt(this.row + r, this.column + c, true), v);
      });
    });
    return this;
  }

  private fill<T>(method: string, v: T, apply: (cell: Cell, v: T) => void): this {
    return this.write(
      method,
      Array.from({ length: this.numRows }, () => Array.from({ length: this.numColumns }, () => v)),
      apply,
    );
  }

  getValues(): unknown[][] {
    return this.grid((c) => c.value);
  }
  getValue(): unknown {
    return this.sheet.cellAt(this.row, this.column).value;
  }
  getFormulas(): string[][] {
    return this.grid((c) => c.formula);
  }
  getNumberFormats(): string[][] {
    return this.grid((c) => c.numberFormat);
  }
  getNotes(): string[][] {
    return this.grid((c) => c.note);
  }
  getBackgrounds(): string[][] {
    return this.grid((c) => c.background);
  }
  getFontWeights(): string[][] {
    return this.grid((c) => c.fontWeight);
  }
  getDataValidations(): (FakeValidationRule | null)[][] {
    return this.grid((c) => c.validation);
  }
  getDataValidation(): FakeValidationRule | null {
    return this.sheet.cellAt(this.row, this.column).validation;
  }

  setValues(values: unknown[][]): this {
    return this.write('setValues', values, (cell, v) => {
      if (
        v !== null &&
        typeof v === 'object' &&
        Object.prototype.toString.call(v) !== '[object Date]'
      ) {
        throw new Error(
          "Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
        );
      }
      Object.assign(cell, enteredValue(v, cell.numberFormat));
    });
  }
  setValue(value: unknown): this {
    return this.fill('setValues', value, (cell, v) =>
      Object.assign(cell, enteredValue(v, cell.numberFormat)),
    );
  }
  setNumberFormats(formats: string[][]): this {
    return this.write('setNumberFormats', formats, (cell, v) => {
      cell.numberFormat = v;
    });
  }
  setNumberFormat(format: string): this {
    return this.fill('setNumberFormats', format, (cell, v) => {
      cell.numberFormat = v;
    });
  }
  setNotes(notes: (string | null)[][]): this {
    return this.write('setNotes', notes, (cell, v) => {
      cell.note = v ?? '';
    });
  }
  setNote(note: string | null): this {
    return this.fill('setNotes', note, (cell, v) => {
      cell.note = v ?? '';
    });
  }
  setBackgrounds(colours: (string | null)[][]): this {
    return this.write('setBackgrounds', colours, (cell, v) => {
      cell.background = v ?? '#ffffff';
    });
  }
  setBackground(colour: string | null): this {
    return this.fill('setBackgrounds', colour, (cell, v) => {
      cell.background = v ?? '#ffffff';
    });
  }
  setFontWeights(w: (string | null)[][]): this {
    return this.write('setFontWeights', w, (cell, v) => {
      cell.fontWeight = v ?? 'normal';
    });
  }
  setFontStyles(s: (string | null)[][]): this {
    return this.write('setFontStyles', s, (cell, v) => {
      cell.fontStyle = v ?? 'normal';
    });
  }
  setFontColors(c: (string | null)[][]): this {
    return this.write('setFontColors', c, (cell, v) => {
      cell.fontColor = v ?? '#000000';
    });
  }
  setWraps(w: boolean[][]): this {
    return this.write('setWraps', w, (cell, v) => {
      cell.wrap = v;
    });
  }
  setHorizontalAlignments(a: (string | null)[][]): this {
    return this.write('setHorizontalAlignments', a, (cell, v) => {
      cell.horizontalAlignment = v;
    });
  }
  setDataValidation(rule: FakeValidationRule | null): this {
    return this.fill('setDataValidations', rule, (cell, v) => {
      cell.validation = v;
    });
  }
  setDataValidations(rules: (FakeValidationRule | null)[][]): this {
    return this.write('setDataValidations', rules, (cell, v) => {
      cell.validation = v;
    });
  }
  activate(): this {
    this.sheet.parent.setActiveSheet(this.sheet);
    this.sheet.parent.activeRange = this;
    return this;
  }
}
