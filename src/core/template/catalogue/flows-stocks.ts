/**
 * B. Flows and stocks. `emigrants_total` and `immigrants_total` are two
 * descriptive helpers beyond the 67 of the framework: given, they let the
 * validator check a corridor's stock against both ends.
 * @module
 */
import { defineDimension } from './define.ts';

export const FLOWS_STOCKS = defineDimension('flows_stocks', [
  { id: 'corridor_stock', name: 'Migrants from origin living in destination', unit: 'persons', sides: 'C', direction: 0, min: 0, max: 11000000, source: 'UN DESA International Migrant Stock (origin-destination matrix)', code: 'UN_DESA_IMS_OD' },
  { id: 'corridor_share_of_emigrants', name: "Corridor's share of the origin's emigrants", unit: '%', sides: 'C', direction: 0, min: 0, max: 100, source: 'UN DESA International Migrant Stock', code: 'UN_DESA_IMS_OD' },
  { id: 'emigration_rate', name: 'Emigration rate', unit: '% of (population + emigrants)', sides: 'O', direction: 0, min: 0, max: 45, source: 'UN DESA International Migrant Stock and World Population Prospects', code: 'UN_DESA_IMS' },
  { id: 'immigrant_share', name: 'International migrant stock', unit: '% of population', sides: 'D', direction: 0, min: 0, max: 90, source: 'World Bank WDI (UN DESA)', code: 'SM.POP.TOTL.ZS' },
  { id: 'corridor_female_share', name: 'Women among corridor migrants', unit: '%', sides: 'C', direction: 0, min: 10, max: 80, source: 'UN DESA International Migrant Stock by sex', code: 'UN_DESA_IMS_OD_SEX' },
  { id: 'net_migration_rate', name: 'Net migration rate', unit: 'per 1,000 people', sides: 'O/D', direction: 0, min: -30, max: 30, source: 'World Bank WDI', code: 'SM.POP.NETM / SP.POP.TOTL' },
  { id: 'corridor_inflow', name: 'Annual inflow from origin to destination', unit: 'persons per year', sides: 'C', direction: 0, min: 0, max: 500000, source: 'OECD International Migration Database; national administrative data', code: 'OECD_MIG_B11' },
  { id: 'migrant_share_labour_force', name: 'Migrants in the labour force', unit: '% of labour force', sides: 'D', direction: 0, min: 0, max: 90, source: 'ILOSTAT / ILMS', code: 'ILMS_MIG_LF' },
  { id: 'tertiary_emigration_rate', name: 'Emigration rate of the tertiary-educated', unit: '%', sides: 'O', direction: -1, min: 0, max: 90, source: 'World Bank WDI (archived, ~2000); OECD DIOC', code: 'SM.EMI.TERT.ZS' },
  { id: 'emigrants_total', name: 'Emigrants from the origin, all destinations', unit: 'persons', sides: 'O', direction: 0, min: 0, max: 25000000, source: 'UN DESA International Migrant Stock', code: 'UN_DESA_IMS_ORIGIN_TOTAL' },
  { id: 'immigrants_total', name: 'Immigrants in the destination, all origins', unit: 'persons', sides: 'D', direction: 0, min: 0, max: 60000000, source: 'UN DESA International Migrant Stock', code: 'SM.POP.TOTL' },
]);
