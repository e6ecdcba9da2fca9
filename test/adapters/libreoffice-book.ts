/**
 * A workbook as LibreOffice Calc saves it, with everything an in-place write
 * must keep: a native chart, a comment, a hidden tab, a defined name, a
 * conditional format and a data validation. Written as flat ODS here and
 * converted by soffice in the test (no committed binaries).
 * @module
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles><style:style style:name="hiddenTable" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-whole-number() and cell-content-is-between(1;10)" table:allow-empty-cell="true" table:base-cell-address="Corridors.C2"/></table:content-validations>
  <table:table table:name="Corridors">
   <table:shapes><draw:frame draw:z-index="0" draw:name="MyChart" svg:width="10cm" svg:height="6cm" svg:x="6cm" svg:y="1cm"><draw:object><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart>
    <chart:chart svg:width="10cm" svg:height="6cm" chart:class="chart:bar"><chart:plot-area table:cell-range-address="Corridors.A1:Corridors.C3" chart:data-source-has-labels="both"><chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/><chart:series chart:values-cell-range-address="Corridors.C2:Corridors.C3" chart:label-cell-address="Corridors.C1" chart:class="chart:bar"/></chart:plot-area></chart:chart>
   </office:chart></office:body></office:document></draw:object></draw:frame></table:shapes>
   <table:table-column table:number-columns-repeated="3"/>
   <table:table-row><table:table-cell office:value-type="string"><text:p>corridor_id</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>origin</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>destination</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>MEX-USA</text:p><office:annotation><dc:creator>me</dc:creator><text:p>my comment</text:p></office:annotation></table:table-cell><table:table-cell office:value-type="string"><text:p>MEX</text:p></table:table-cell><table:table-cell table:content-validation-name="val1" office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>PHL-SAU</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>PHL</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell></table:table-row>
   <calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="Corridors.C2:Corridors.C3"><calcext:color-scale><calcext:color-scale-entry calcext:value="0" calcext:type="minimum" calcext:color="#f8696b"/><calcext:color-scale-entry calcext:value="0" calcext:type="maximum" calcext:color="#63be7b"/></calcext:color-scale></calcext:conditional-format></calcext:conditional-formats>
  </table:table>
  <table:table table:name="Secret" table:style-name="hiddenTable"><table:table-row><table:table-cell office:value-type="string"><text:p>hidden</text:p></table:table-cell></table:table-row></table:table>
  <table:named-expressions><table:named-range table:name="MyRange" table:base-cell-address="$Corridors.$A$1" table:cell-range-address="$Corridors.$A$1:.$C$3"/></table:named-expressions>
 </office:spreadsheet></office:body>
</office:document>
`;

/** Converts with a private LibreOffice profile, so parallel runs do not clash. */
export async function soffice(dir: string, format: string, file: string): Promise<void> {
  await run(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--convert-to',
      format,
      '--outdir',
      dir,
      file,
    ],
    { timeout: 120_000 },
  );
}

/** Writes `book.fods` and lets LibreOffice save it as `book.xlsx` in `dir`; returns its path. */
export async function libreOfficeBook(dir: string): Promise<string> {
  await writeFile(join(dir, 'book.fods'), FODS);
  await soffice(dir, 'xlsx', join(dir, 'book.fods'));
  return join(dir, 'book.xlsx');
}
