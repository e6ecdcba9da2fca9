/**
 * Grids -> a fresh .xlsx, streamed through the same sheet writer as the
 * generated tabs: linear and fast, for large generated workbooks (benchmarks,
 * hostile-input tests). Templates and the example keep their exceljs writer.
 * @module
 */
import { rangeA1 } from '../../../core/contract/a1.ts';
import type { CellValue, Workbook } from '../../../core/contract/workbook.ts';
import { editPackage } from './edit-package.ts';
import { EMPTY_STYLES } from './styles.ts';
import { newEntry, writeZip } from './zip-write.ts';

const EMPTY_PACKAGE = () =>
  writeZip([
    newEntry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    newEntry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    newEntry(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
    ),
    newEntry(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    newEntry('xl/styles.xml', EMPTY_STYLES),
  ]);

/** Every tab of `workbook` as a plain tab of a new .xlsx. */
export async function gridsToXlsx(workbook: Workbook): Promise<Uint8Array> {
  const names = Object.keys(workbook.tabs);
  const patches = names.flatMap((tab) => {
    const rows = workbook.tabs[tab] as CellValue[][];
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    return rows.length && width
      ? [{ tab, range: rangeA1(1, 1, rows.length, width), values: rows }]
      : [];
  });
  const { bytes } = await editPackage(
    EMPTY_PACKAGE(),
    { tabs: names.map((name) => ({ name, frozenRows: 0 })), patches },
    { registry: undefined, noRegistry: true },
  );
  return bytes;
}
