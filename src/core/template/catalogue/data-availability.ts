/**
 * H. Data availability and quality. `catalog_coverage` is computed by the
 * assessment, so the template leaves no row to fill for it.
 * @module
 */
import { defineDimension } from './define.ts';

export const DATA_AVAILABILITY = defineDimension('data_availability', [
  {
    id: 'catalog_coverage',
    name: 'Indicators with a value at most 5 years old',
    unit: '% of indicators',
    sides: 'C',
    direction: 1,
    min: 0,
    max: 100,
    source: 'computed',
    code: 'computed',
    goalposts: [0, 100],
  },
  {
    id: 'stat_performance',
    name: 'Statistical Performance Indicators overall score',
    unit: 'score 0-100',
    sides: 'O/D/T',
    direction: 1,
    min: 20,
    max: 95,
    source: 'World Bank Statistical Performance Indicators',
    code: 'IQ.SPI.OVRL',
    goalposts: [0, 100],
  },
  {
    id: 'census_birth_and_citizenship',
    name: 'Census asks country of birth and citizenship',
    unit: '0/1',
    sides: 'O/D',
    direction: 1,
    min: 0,
    max: 1,
    source: 'UN Statistics Division census round',
    code: 'UNSD_CENSUS',
    goalposts: [0, 1],
  },
  {
    id: 'recent_migration_profile',
    name: 'Migration profile published in the last 5 years',
    unit: '0/1',
    sides: 'O/D/T',
    direction: 1,
    min: 0,
    max: 1,
    source: 'IOM GMDAC migration profile repository',
    code: 'GMDAC_MP',
    goalposts: [0, 1],
  },
  {
    id: 'lfs_icls2018_module',
    name: 'Labour force survey follows the 20th ICLS labour migration guidelines',
    unit: '0/1',
    sides: 'O/D',
    direction: 1,
    min: 0,
    max: 1,
    source: 'ILO',
    code: 'ICLS20_LFS',
    goalposts: [0, 1],
  },
]);
