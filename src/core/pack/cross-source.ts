/**
 * Where two open sources disagree about a corridor: warnings that name both
 * sources, shown with the corridor's facts, in pre-filled templates and in
 * the API. The thresholds are documented in docs/open-data-pack.md.
 * @module
 */
import { interpolate } from './derive/numbers.ts';
import type { CorridorFacts, FactSeries } from './facts.ts';

export interface SourceCheck {
  code:
    | 'refugees_exceed_stock'
    | 'remittance_per_migrant_band'
    | 'negative_rpw_cost'
    | 'matrix_vs_wdi_total';
  year: number;
  /** The two sources (or one source and the rule) that disagree. */
  sources: [string, string];
  message: string;
  severity: 'warning';
}

/** Remittances per corridor migrant outside this band (US$ per year) are implausible. */
export const REMITTANCE_PER_MIGRANT_BAND = [50, 25_000] as const;
/** A destination's matrix total further than this share from its WDI total is flagged. */
export const MATRIX_TOTAL_TOLERANCE = 0.25;

const series = (f: CorridorFacts, id: string, side: FactSeries['side'] = 'corridor') =>
  f.series.find((s) => s.indicator === id && s.side === side);

const fmt = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function crossSourceChecks(f: CorridorFacts): SourceCheck[] {
  const out: SourceCheck[] = [];
  const stock = series(f, 'corridor_stock');
  const stockPoints = (stock?.points ?? []).map((p): [number, number] => [p.year, p.value]);
  const refugees = series(f, 'corridor_refugees');
  for (const p of refugees?.points ?? []) {
    const s = interpolate(stockPoints, p.year);
    if (s !== undefined && p.value > s) {
      out.push({
        code: 'refugees_exceed_stock',
        year: p.year,
        sources: [refugees!.source, stock!.source],
        message: `${f.id} ${p.year}: ${refugees!.source} counts ${fmt(p.value)} refugees from ${f.origin} in ${f.destination}, more than the ${fmt(s)} migrants of ${stock!.source} (mid-year, interpolated)`,
        severity: 'warning',
      });
    }
  }
  const perMigrant = series(f, 'remittance_per_migrant');
  for (const p of perMigrant?.points ?? []) {
    const [low, high] = REMITTANCE_PER_MIGRANT_BAND;
    if (p.value < low || p.value > high) {
      out.push({
        code: 'remittance_per_migrant_band',
        year: p.year,
        sources: ['World Bank/KNOMAD Bilateral Remittance Matrix 2018', stock?.source ?? 'UN DESA'],
        message: `${f.id} ${p.year}: remittances per corridor migrant of US$ ${fmt(p.value)} (KNOMAD flow over UN DESA stock) lie outside the plausible band US$ ${low}-${fmt(high)}`,
        severity: 'warning',
      });
    }
  }
  const rpw = series(f, 'rpw_cost_quarterly');
  for (const p of rpw?.points ?? []) {
    if (p.value < 0) {
      out.push({
        code: 'negative_rpw_cost',
        year: p.year,
        sources: [rpw!.source, 'a cost cannot be negative'],
        message: `${f.id} ${p.year}${p.note ?? ''}: ${rpw!.source} gives a negative cost (${p.value}%), likely an exchange-rate margin against an official rate; left out of the annual mean`,
        severity: 'warning',
      });
    }
  }
  const matrix = series(f, 'immigrants_matrix_total', 'destination');
  const wdi = series(f, 'immigrants_total', 'destination');
  const wdiYears = new Map((wdi?.points ?? []).map((p) => [p.year, p.value]));
  for (const p of matrix?.points ?? []) {
    const w = wdiYears.get(p.year);
    if (w === undefined || w === 0) continue;
    const gap = p.value / w - 1;
    if (Math.abs(gap) > MATRIX_TOTAL_TOLERANCE) {
      out.push({
        code: 'matrix_vs_wdi_total',
        year: p.year,
        sources: [matrix!.source, wdi!.source],
        message: `${f.destination} ${p.year}: the UN DESA 2020 matrix counts ${fmt(p.value)} immigrants in ${f.destination} (known origins), ${Math.round(gap * 100)}% off the ${fmt(w)} of WDI SM.POP.TOTL`,
        severity: 'warning',
      });
    }
  }
  return out;
}
