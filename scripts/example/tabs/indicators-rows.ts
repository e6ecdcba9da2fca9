/**
 * Fills the template's Indicators rows: each prefilled indicator x side row
 * becomes one row per year the data have; rows without data stay blank (a gap).
 * @module
 */
import type { CellValue } from '../../../src/core/contract/workbook.ts';
import { COLUMNS } from '../../../src/core/template/layout.ts';
import type { ExampleValue } from '../observation.ts';

const at = (name: (typeof COLUMNS.Indicators)[number]) => COLUMNS.Indicators.indexOf(name);
const rowKey = (corridor: unknown, indicator: unknown, side: unknown) =>
  `${corridor}|${indicator}|${side}`;

export function fillIndicatorRows(
  template: readonly CellValue[][],
  values: readonly ExampleValue[],
): CellValue[][] {
  const [header, ...rows] = template;
  const byRow = new Map<string, ExampleValue[]>();
  for (const v of values) {
    const k = rowKey(v.corridorId, v.indicator, v.side);
    byRow.set(k, [...(byRow.get(k) ?? []), v]);
  }
  const used = new Set<string>();
  const out: CellValue[][] = [header ?? [...COLUMNS.Indicators]];
  for (const row of rows) {
    const k = rowKey(row[at('corridor_id')], row[at('indicator')], row[at('side')]);
    const filled = byRow.get(k);
    if (!filled) {
      out.push(row);
      continue;
    }
    used.add(k);
    for (const v of [...filled].sort((a, b) => a.year - b.year)) out.push(filledRow(row, v));
  }
  const stray = [...byRow.keys()].filter((k) => !used.has(k));
  if (stray.length) throw new Error(`example values with no template row: ${stray.join(', ')}`);
  return out;
}

function filledRow(template: readonly CellValue[], v: ExampleValue): CellValue[] {
  const row = [...template];
  if (row[at('country')] !== v.country) {
    throw new Error(
      `${v.corridorId} ${v.indicator} ${v.side}: template country ${row[at('country')]}, value for ${v.country}`,
    );
  }
  row[at('year')] = v.year;
  row[at('value')] = v.value;
  row[at('source')] = v.source;
  row[at('source_code')] = v.sourceCode;
  row[at('note')] = v.note;
  row[at('confidence')] = v.confidence;
  return row;
}
