/** G. Transit and irregular migration. @module */
import { defineDimension } from './define.ts';

export const TRANSIT_IRREGULAR = defineDimension('transit_irregular', [
  { id: 'route_dead_missing', name: 'Dead and missing migrants on the route', unit: 'persons per year', sides: 'T/C', direction: -1, min: 0, max: 4000, source: 'IOM Missing Migrants Project (SDG 10.7.3)', code: 'SM_DTH_MIGR' },
  { id: 'deaths_per_10k_crossings', name: 'Deaths per 10,000 irregular crossings', unit: 'per 10,000 crossings', sides: 'T', direction: -1, min: 0, max: 200, source: 'Derived: IOM MMP / Frontex or US CBP counts', code: 'derived' },
  { id: 'irregular_encounters', name: 'Irregular border encounters', unit: 'persons per year', sides: 'T/D', direction: 0, min: 0, max: 1000000, source: 'US CBP; Frontex', code: 'CBP_FRONTEX' },
  { id: 'refugees_per_100k', name: 'Refugees by country of origin', unit: 'per 100,000 people', sides: 'O', direction: -1, min: 0, max: 25000, source: 'UNHCR (SDG 10.7.4)', code: 'SM_POP_REFG_OR' },
  { id: 'asylum_recognition_rate', name: 'Asylum recognition rate for origin nationals', unit: '%', sides: 'C', direction: 1, min: 0, max: 100, source: 'UNHCR Refugee Data Finder', code: 'UNHCR_RDF_DECISIONS', goalposts: [0, 100] },
  { id: 'smuggling_fee', name: 'Smuggling fee paid per journey', unit: 'US$ per journey', sides: 'T', direction: -1, min: 100, max: 15000, source: 'MMC 4Mi surveys', code: 'MMC_4MI' },
]);
