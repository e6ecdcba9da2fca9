/**
 * Applies a batchUpdate's requests to a copy of a spreadsheet, in order, as
 * the real API does: the first invalid request fails the whole batch.
 * @module
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { type CellData, type FakeSheet, type FakeSpreadsheet, newSheet } from './model.ts';

type Req = sheets_v4.Schema$Request;
type Reply = sheets_v4.Schema$Response;

export class InvalidRequest extends Error {}

/** Returns the new state and one reply per request; throws InvalidRequest on the first bad one. */
export function applyRequests(
  source: FakeSpreadsheet,
  requests: Req[],
): { state: FakeSpreadsheet; replies: Reply[] } {
  const state = structuredClone(source);
  const replies = requests.map((req, i) => {
    const kinds = Object.keys(req);
    const kind = kinds[0];
    if (kinds.length !== 1 || !kind)
      throw new InvalidRequest(`Invalid requests[${i}]: exactly one kind of request must be set.`);
    const handler = HANDLERS[kind];
    if (!handler)
      throw new InvalidRequest(`Invalid requests[${i}].${kind}: not supported by the fake server.`);
    try {
      return handler(state, (req as Record<string, never>)[kind]!);
    } catch (e) {
      if (e instanceof InvalidRequest)
        throw new InvalidRequest(`Invalid requests[${i}].${kind}: ${e.message}`);
      throw e;
    }
  });
  return { state, replies };
}

function sheetById(state: FakeSpreadsheet, sheetId: number | null | undefined): FakeSheet {
  const sheet = state.sheets.find((s) => s.properties.sheetId === (sheetId ?? 0));
  if (!sheet) throw new InvalidRequest(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

function fieldList(fields: string | null | undefined): string[] {
  if (!fields) throw new InvalidRequest('At least one field must be specified.');
  return fields === '*'
    ? ['userEnteredValue', 'userEnteredFormat', 'note', 'dataValidation']
    : fields.split(',').map((f) => f.trim());
}

function setCell(
  sheet: FakeSheet,
  row: number,
  col: number,
  data: CellData | undefined,
  fields: string[],
): void {
  const grid = sheet.properties.gridProperties ?? {};
  if (row >= (grid.rowCount ?? 0))
    throw new InvalidRequest(
      `GridCoordinate.rowIndex[${row}] is after last row in grid[${(grid.rowCount ?? 0) - 1}]`,
    );
  if (col >= (grid.columnCount ?? 0))
    throw new InvalidRequest(
      `GridCoordinate.columnIndex[${col}] is after last column in grid[${(grid.columnCount ?? 0) - 1}]`,
    );
  sheet.cells[row] ??= [];
  const cells = sheet.cells[row];
  const next: Record<string, unknown> = { ...(cells[col] ?? {}) };
  for (const f of fields) {
    const v = (data as Record<string, unknown> | undefined)?.[f];
    if (v === undefined) delete next[f];
    else next[f] = v;
  }
  cells[col] = Object.keys(next).length > 0 ? (next as CellData) : undefined;
}

function forRange(
  sheet: FakeSheet,
  r: sheets_v4.Schema$GridRange,
  each: (row: number, col: number) => void,
): void {
  const grid = sheet.properties.gridProperties ?? {};
  for (let row = r.startRowIndex ?? 0; row < (r.endRowIndex ?? grid.rowCount ?? 0); row++) {
    for (
      let col = r.startColumnIndex ?? 0;
      col < (r.endColumnIndex ?? grid.columnCount ?? 0);
      col++
    )
      each(row, col);
  }
}

const HANDLERS: Record<string, (state: FakeSpreadsheet, body: never) => Reply> = {
  addSheet(state, body: sheets_v4.Schema$AddSheetRequest) {
    const p = body.properties ?? {};
    const title = p.title ?? `Sheet${state.sheets.length + 1}`;
    if (state.sheets.some((s) => s.properties.title.toLowerCase() === title.toLowerCase())) {
      throw new InvalidRequest(
        `A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    const sheetId = p.sheetId ?? state.nextId++;
    if (state.sheets.some((s) => s.properties.sheetId === sheetId))
      throw new InvalidRequest(`Sheet with id ${sheetId} already exists.`);
    const sheet = newSheet(sheetId, title, p.index ?? state.sheets.length);
    sheet.properties = {
      ...sheet.properties,
      ...p,
      sheetId,
      title,
      gridProperties: { ...sheet.properties.gridProperties, ...p.gridProperties },
    };
    state.sheets.push(sheet);
    return { addSheet: { properties: sheet.properties } };
  },
  deleteSheet(state, body: sheets_v4.Schema$DeleteSheetRequest) {
    sheetById(state, body.sheetId);
    state.sheets = state.sheets.filter((s) => s.properties.sheetId !== body.sheetId);
    return {};
  },
  updateSheetProperties(state, body: sheets_v4.Schema$UpdateSheetPropertiesRequest) {
    const sheet = sheetById(state, body.properties?.sheetId);
    fieldList(body.fields);
    const p = body.properties ?? {};
    sheet.properties = {
      ...sheet.properties,
      ...p,
      sheetId: sheet.properties.sheetId,
      title: p.title ?? sheet.properties.title,
      gridProperties: { ...sheet.properties.gridProperties, ...p.gridProperties },
    };
    const g = sheet.properties.gridProperties ?? {};
    if ((g.frozenRowCount ?? 0) >= (g.rowCount ?? 0))
      throw new InvalidRequest('You cannot freeze all the rows of a sheet.');
    return {};
  },
  updateCells(state, body: sheets_v4.Schema$UpdateCellsRequest) {
    const fields = fieldList(body.fields);
    if (body.range && body.start)
      throw new InvalidRequest('Only one of range or start may be set.');
    const sheet = sheetById(state, (body.range ?? body.start)?.sheetId);
    if (body.range && !body.rows)
      forRange(sheet, body.range, (r, c) => setCell(sheet, r, c, undefined, fields));
    const top = body.start?.rowIndex ?? body.range?.startRowIndex ?? 0;
    const left = body.start?.columnIndex ?? body.range?.startColumnIndex ?? 0;
    for (const [i, row] of (body.rows ?? []).entries()) {
      for (const [j, cell] of (row.values ?? []).entries())
        setCell(sheet, top + i, left + j, cell, fields);
    }
    return {};
  },
  updateDimensionProperties(state, body: sheets_v4.Schema$UpdateDimensionPropertiesRequest) {
    const r = body.range;
    const sheet = sheetById(state, r?.sheetId);
    if (r?.dimension !== 'COLUMNS')
      throw new InvalidRequest('The fake supports column widths only.');
    for (let c = r.startIndex ?? 0; c < (r.endIndex ?? 0); c++)
      sheet.columnWidths[c] = body.properties?.pixelSize ?? 100;
    return {};
  },
  addConditionalFormatRule(state, body: sheets_v4.Schema$AddConditionalFormatRuleRequest) {
    const rule = body.rule ?? {};
    const sheet = sheetById(state, rule.ranges?.[0]?.sheetId);
    sheet.conditionalFormats.splice(body.index ?? sheet.conditionalFormats.length, 0, rule);
    return {};
  },
  deleteConditionalFormatRule(state, body: sheets_v4.Schema$DeleteConditionalFormatRuleRequest) {
    const sheet = sheetById(state, body.sheetId);
    const index = body.index ?? 0;
    const [rule] = sheet.conditionalFormats.splice(index, 1);
    if (!rule)
      throw new InvalidRequest(`No conditional format on sheet ${body.sheetId} at index ${index}`);
    return { deleteConditionalFormatRule: { rule } };
  },
  addChart(state, body: sheets_v4.Schema$AddChartRequest) {
    const chart = { ...body.chart, chartId: body.chart?.chartId ?? state.nextId++ };
    sheetById(state, chart.position?.overlayPosition?.anchorCell?.sheetId).charts.push(chart);
    return { addChart: { chart } };
  },
  deleteEmbeddedObject(state, body: sheets_v4.Schema$DeleteEmbeddedObjectRequest) {
    const sheet = state.sheets.find((s) => s.charts.some((c) => c.chartId === body.objectId));
    if (!sheet) throw new InvalidRequest(`No object with id ${body.objectId}`);
    sheet.charts = sheet.charts.filter((c) => c.chartId !== body.objectId);
    return {};
  },
  addProtectedRange(state, body: sheets_v4.Schema$AddProtectedRangeRequest) {
    const protectedRange = {
      ...body.protectedRange,
      protectedRangeId: state.nextId++,
      requestingUserCanEdit: true,
    };
    sheetById(state, protectedRange.range?.sheetId).protectedRanges.push(protectedRange);
    return { addProtectedRange: { protectedRange } };
  },
  deleteProtectedRange(state, body: sheets_v4.Schema$DeleteProtectedRangeRequest) {
    const sheet = state.sheets.find((s) =>
      s.protectedRanges.some((p) => p.protectedRangeId === body.protectedRangeId),
    );
    if (!sheet) throw new InvalidRequest(`No protected range with id: ${body.protectedRangeId}`);
    sheet.protectedRanges = sheet.protectedRanges.filter(
      (p) => p.protectedRangeId !== body.protectedRangeId,
    );
    return {};
  },
  setDataValidation(state, body: sheets_v4.Schema$SetDataValidationRequest) {
    const r = body.range ?? {};
    const sheet = sheetById(state, r.sheetId);
    forRange(sheet, r, (row, col) =>
      setCell(sheet, row, col, body.rule ? { dataValidation: body.rule } : undefined, [
        'dataValidation',
      ]),
    );
    return {};
  },
  createDeveloperMetadata(state, body: sheets_v4.Schema$CreateDeveloperMetadataRequest) {
    const md = body.developerMetadata ?? {};
    if (!md.metadataKey)
      throw new InvalidRequest('Developer metadata must always have a key specified.');
    if (!md.visibility)
      throw new InvalidRequest('Developer metadata must always have visibility specified.');
    const loc = md.location ?? {};
    const created = { ...md, metadataId: md.metadataId ?? state.nextId++ };
    if (loc.spreadsheet) {
      created.location = { locationType: 'SPREADSHEET', spreadsheet: true };
      state.developerMetadata.push(created);
    } else if (loc.sheetId !== undefined && loc.sheetId !== null) {
      created.location = { locationType: 'SHEET', sheetId: loc.sheetId };
      sheetById(state, loc.sheetId).developerMetadata.push(created);
    } else {
      throw new InvalidRequest('The fake supports spreadsheet and sheet metadata locations only.');
    }
    return { createDeveloperMetadata: { developerMetadata: created } };
  },
  deleteDeveloperMetadata(state, body: sheets_v4.Schema$DeleteDeveloperMetadataRequest) {
    const lookup = body.dataFilter?.developerMetadataLookup ?? {};
    const { metadataId: id, metadataKey: key, metadataValue: value } = lookup;
    if (typeof id !== 'number' && typeof key !== 'string')
      throw new InvalidRequest(
        'The fake deletes developer metadata by metadataId or key (and value).',
      );
    const hit = (m: sheets_v4.Schema$DeveloperMetadata) =>
      (typeof id !== 'number' || m.metadataId === id) &&
      (typeof key !== 'string' || m.metadataKey === key) &&
      (typeof value !== 'string' || m.metadataValue === value);
    const deleted = [
      ...state.developerMetadata.filter(hit),
      ...state.sheets.flatMap((s) => s.developerMetadata.filter(hit)),
    ];
    state.developerMetadata = state.developerMetadata.filter((m) => !hit(m));
    for (const sheet of state.sheets)
      sheet.developerMetadata = sheet.developerMetadata.filter((m) => !hit(m));
    return { deleteDeveloperMetadata: { deletedDeveloperMetadata: deleted } };
  },
};
