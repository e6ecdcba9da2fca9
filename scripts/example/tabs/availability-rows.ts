/**
 * Fills the Data availability tab from what the data hold: the template's
 * balance-of-payments rows from WDI, then the example's own data sets.
 * @module
 */
import type { CellValue } from '../../../src/core/contract/workbook.ts';
import { COLUMNS } from '../../../src/core/template/layout.ts';
import { type ExampleCorridor, PERIOD } from '../corridors.ts';
import { type Extracts, key } from '../extracts.ts';
import type { ExampleValue } from '../observation.ts';
import { WDI } from '../sources.ts';
import { num } from '../table.ts';
import { DATASET_ITEMS } from './availability-items.ts';

type Column = (typeof COLUMNS)['Data availability'][number];
const at = (name: Column) => COLUMNS['Data availability'].indexOf(name);
/** Data at most this old at the end of the period count as available. */
const RECENT = PERIOD.end - 5;

function status(years: number[]): { status: string; latest: CellValue; span: string } {
  if (years.length === 0) return { status: 'missing', latest: '', span: '' };
  const first = Math.min(...years);
  const latest = Math.max(...years);
  const state = latest >= RECENT ? 'available' : 'partial';
  const age = latest >= RECENT ? '' : `; latest older than ${RECENT}`;
  return { status: state, latest, span: `${years.length} year(s), ${first}-${latest}${age}` };
}

function set(row: CellValue[], cells: Partial<Record<Column, CellValue>>): CellValue[] {
  const out = [...row];
  for (const [name, v] of Object.entries(cells)) out[at(name as Column)] = v ?? '';
  return out;
}

/** Template rows for balance_of_payments get WDI's remittances-received coverage. */
function balanceOfPayments(row: CellValue[], x: Extracts): CellValue[] {
  if (row[at('item')] !== 'balance_of_payments') return row;
  const country = String(row[at('country')] ?? '');
  const years: number[] = [];
  for (let y = PERIOD.start; y <= PERIOD.end; y++) {
    if (num(x.wdi.get(key(country, y))?.remittances_received_usd) !== undefined) years.push(y);
  }
  const s = status(years);
  const note = s.span
    ? `WDI BX.TRF.PWKR.CD.DT (personal remittances received): ${s.span}`
    : `WDI BX.TRF.PWKR.CD.DT has no value for ${country} in ${PERIOD.start}-${PERIOD.end}`;
  return set(row, { status: s.status, latest_year: s.latest, source: WDI.name, note });
}

function datasetRows(c: ExampleCorridor, values: readonly ExampleValue[]): CellValue[][] {
  return DATASET_ITEMS.map((d) => {
    const years = values
      .filter((v) => v.corridorId === c.id && v.indicator === d.indicator && v.side === d.side)
      .map((v) => v.year);
    const s = status(years);
    const country = d.side === 'origin' ? c.origin : d.side === 'destination' ? c.destination : '';
    const note = s.span ? `${s.span} in the Indicators tab` : d.whyMissing(c);
    const row: CellValue[] = COLUMNS['Data availability'].map(() => '');
    return set(row, {
      corridor_id: c.id,
      item: d.indicator,
      side: d.side,
      country,
      status: s.status,
      latest_year: s.latest,
      source: d.source.name,
      note,
    });
  });
}

export function fillAvailabilityRows(
  template: readonly CellValue[][],
  corridors: readonly ExampleCorridor[],
  values: readonly ExampleValue[],
  x: Extracts,
): CellValue[][] {
  const [header, ...rows] = template;
  const filled = rows.map((r) => balanceOfPayments(r, x));
  const byCorridor = corridors.flatMap((c) => [
    ...filled.filter((r) => r[at('corridor_id')] === c.id),
    ...datasetRows(c, values),
  ]);
  return [header ?? [...COLUMNS['Data availability']], ...byCorridor];
}
