/**
 * Fills the template's balance-of-payments rows of the Data availability tab
 * from the pack's WDI remittances-received series; the data-gap ledger rows
 * the pre-filled template already holds are kept as they are.
 * @module
 */
import type { CellValue } from '../../../src/core/contract/workbook.ts';
import type { CorridorFacts } from '../../../src/core/pack/facts.ts';
import { COLUMNS } from '../../../src/core/template/layout.ts';

type Column = (typeof COLUMNS)['Data availability'][number];
const at = (name: Column) => COLUMNS['Data availability'].indexOf(name);
/** Data at most this many years older than the corridor's period end count as available. */
const RECENT_YEARS = 5;

function balanceOfPayments(
  row: CellValue[],
  facts: CorridorFacts | undefined,
  end: number,
): CellValue[] {
  if (row[at('item')] !== 'balance_of_payments' || !facts) return row;
  const country = String(row[at('country')] ?? '');
  const series = facts.series.find(
    (s) =>
      s.indicator === 'remittances_received_usd' && s.country === country && s.side !== 'corridor',
  );
  const years = (series?.points ?? []).map((p) => p.year).filter((y) => y <= end);
  const out = [...row];
  if (years.length === 0) {
    out[at('status')] = 'missing';
    out[at('note')] = `WDI BX.TRF.PWKR.CD.DT has no value for ${country} up to ${end}`;
    return out;
  }
  const latest = Math.max(...years);
  const recent = latest >= end - RECENT_YEARS;
  out[at('status')] = recent ? 'available' : 'partial';
  out[at('latest_year')] = latest;
  out[at('source')] = series!.source;
  out[at('note')] =
    `WDI BX.TRF.PWKR.CD.DT (personal remittances received): ${years.length} year(s), ${Math.min(...years)}-${latest}${recent ? '' : `; latest older than ${end - RECENT_YEARS}`}`;
  return out;
}

export function fillAvailabilityRows(
  template: readonly CellValue[][],
  prefill: ReadonlyMap<string, CorridorFacts>,
  end: number,
): CellValue[][] {
  const [header, ...rows] = template;
  return [
    header ?? [...COLUMNS['Data availability']],
    ...rows.map((r) => {
      const facts = prefill.get(String(r[at('corridor_id')]));
      return balanceOfPayments(r, facts, end);
    }),
  ];
}
