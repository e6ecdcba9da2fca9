/**
 * One-off: copies the rows the example needs from the shared extracts into
 * data/. Values and columns are kept as they are; only rows are dropped.
 * Usage: tsx scripts/example/trim-shared-data.ts [/work/shared/data]
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/core/contract/csv.ts';
import { CORRIDORS, countriesOf } from './corridors.ts';
import { matchesRoute, ROUTE_MAPPINGS } from './mmp-routes.ts';
import { type Row, readTable } from './table.ts';

const from = process.argv[2] ?? '/work/shared/data';
const to = 'data';
const origins = new Set(CORRIDORS.map((c) => c.origin));
const countries = new Set(countriesOf(CORRIDORS));
// remittances and prices run from the destination (sending) to the origin (receiving)
const remitPairs = new Set(CORRIDORS.map((c) => `${c.destination}>${c.origin}`));

const keep: Record<string, (r: Row) => boolean> = {
  'undesa_ims2020_bilateral_stock.csv': (r) => origins.has(r.origin_iso3 ?? ''),
  'undesa_ims2020_country_names.csv': (r) => countries.has(r.iso3 ?? ''),
  'unhcr_refugees_asylum_seekers_bilateral_1995_2019.csv': (r) => origins.has(r.origin_code ?? ''),
  'wb_rpw_corridor_avg_total_cost_2011_2020.csv': (r) =>
    remitPairs.has(`${r.sending_iso3}>${r.receiving_iso3}`),
  'knomad_bilateral_remittances_2018.csv': (r) =>
    remitPairs.has(`${r.sending_iso3}>${r.receiving_iso3}`),
  'wdi_country_year_1990_2025.csv': (r) => countries.has(r.iso3 ?? ''),
  'undp_hdr2023_24_hdi_components_1990_2022.csv': (r) => countries.has(r.iso3 ?? ''),
  'iom_mmp_by_route_region_year_2014_2019.csv': (r) =>
    ROUTE_MAPPINGS.some((m) =>
      matchesRoute(m, r.region_of_incident ?? '', r.migration_route ?? ''),
    ),
  'mipex2010_overall_30countries.csv': (r) => countries.has(r.iso3 ?? ''),
  'country_codes_iso_m49.csv': (r) => countries.has(r.iso3 ?? ''),
  'demo_corridors_summary.csv': () => true,
};

mkdirSync(to, { recursive: true });
for (const [file, wanted] of Object.entries(keep)) {
  const { header, rows } = readTable(from, file);
  const kept = rows.filter(wanted);
  writeFileSync(join(to, file), toCsv([header, ...kept.map((r) => header.map((h) => r[h] ?? ''))]));
  process.stdout.write(`${file}: ${kept.length} of ${rows.length} rows\n`);
}
