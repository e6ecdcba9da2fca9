/**
 * In-memory Spreadsheet: sheets in order, one active sheet, toasts, and the
 * write log shared by its sheets.
 * @module
 */
import type { FakeRange } from './fake-range.ts';
import { FakeSheet } from './fake-sheet.ts';

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly writes: { sheet: string; method: string; detail: string }[] = [];
  readonly toasts: string[] = [];
  nextSheetId = 0;
  active: FakeSheet;
  activeRange: FakeRange | null = null;

  constructor(
    readonly url = 'https://docs.google.com/spreadsheets/d/1FakeSpreadsheetId0123456789/edit',
  ) {
    this.active = new FakeSheet(this, 'Sheet1');
    this.sheets.push(this.active);
  }

  getId(): string {
    return '1FakeSpreadsheetId0123456789';
  }
  getUrl(): string {
    return this.url;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getActiveSheet(): FakeSheet {
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.active = sheet;
    return sheet;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.getSheetByName(sheetName)) {
      throw new Error(
        `Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(this, sheetName);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    sheet.record('insertSheet');
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1)
      throw new Error("Exception: You can't remove all the sheets in a document.");
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Exception: Sheet not found.');
    sheet.record('deleteSheet');
    this.sheets.splice(at, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, at - 1)]!;
  }
  moveActiveSheet(position: number): void {
    const sheet = this.active;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position - 1, 0, sheet);
  }
  /** `Tab!A1:B2` or `'Data availability'!A2`. */
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf('!');
    const tab =
      bang < 0
        ? this.active.name
        : a1
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const sheet = this.getSheetByName(tab);
    if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
    return sheet.getRange(a1.slice(bang + 1));
  }
  toast(message: string): void {
    this.toasts.push(message);
  }

  /** Test helper: writes rows into a tab (creating it) as a person typing would. */
  seedTab(name: string, rows: unknown[][]): FakeSheet {
    const sheet = this.getSheetByName(name) ?? this.insertSheet(name);
    sheet.maxRows = Math.max(sheet.maxRows, rows.length);
    sheet.maxColumns = rows.reduce((max, r) => Math.max(max, r.length), sheet.maxColumns);
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        sheet.cellAt(r + 1, c + 1, true).value = v ?? '';
      });
    });
    return sheet;
  }
}
