/**
 * The extracts in data/, read once and indexed by country and year.
 * @module
 */
import { EXTRACT_FILES } from './sources.ts';
import { num, type Row, readTable } from './table.ts';

export interface Extracts {
  /** `ORIGIN>DEST>YEAR` -> persons. */
  stock: Map<string, number>;
  /** `ISO3>YEAR` -> WDI row. */
  wdi: Map<string, Row>;
  /** `ISO3>YEAR` -> HDI. */
  hdi: Map<string, number>;
  rpw: Row[];
  /** `SENDING>RECEIVING` -> US$ million (2018). */
  knomad: Map<string, number>;
  unhcr: Row[];
  routes: Row[];
  /** ISO3 -> MIPEX 2010 overall score. */
  mipex: Map<string, number>;
}

export const key = (...parts: (string | number)[]): string => parts.join('>');

function index(rows: Row[], keyOf: (r: Row) => string, valueIn: (r: Row) => string) {
  const out = new Map<string, number>();
  for (const r of rows) {
    const v = num(valueIn(r));
    if (v !== undefined) out.set(keyOf(r), v);
  }
  return out;
}

export function readExtracts(dir: string): Extracts {
  const read = (file: string) => readTable(dir, file).rows;
  const stock = read(EXTRACT_FILES.stock);
  const hdi = read(EXTRACT_FILES.hdi);
  return {
    stock: index(
      stock,
      (r) => key(r.origin_iso3!, r.destination_iso3!, r.year!),
      (r) => r.migrant_stock!,
    ),
    wdi: new Map(read(EXTRACT_FILES.wdi).map((r) => [key(r.iso3!, r.year!), r])),
    hdi: index(
      hdi,
      (r) => key(r.iso3!, r.year!),
      (r) => r.hdi!,
    ),
    rpw: read(EXTRACT_FILES.rpw),
    knomad: index(
      read(EXTRACT_FILES.knomad),
      (r) => key(r.sending_iso3!, r.receiving_iso3!),
      (r) => r.remittances_usd_million!,
    ),
    unhcr: read(EXTRACT_FILES.unhcr),
    routes: read(EXTRACT_FILES.routes),
    mipex: index(
      read(EXTRACT_FILES.mipex),
      (r) => r.iso3!,
      (r) => r.mipex10!,
    ),
  };
}

/** Emigrants by origin and year: the sum of the origin's row over every destination. */
export function emigrantTotals(stock: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of stock) {
    const [origin, , year] = k.split('>');
    const total = key(origin!, year!);
    out.set(total, (out.get(total) ?? 0) + v);
  }
  return out;
}
