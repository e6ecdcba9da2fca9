/**
 * Indicators the example adds in its Catalogue tab, as any team may: the
 * UNHCR origin-asylum pairs give refugees and asylum seekers per corridor.
 * @module
 */
import { CATALOGUE } from '../../src/core/template/catalogue/index.ts';
import type { CatalogueEntry } from '../../src/core/template/types.ts';

const unhcrPair = (id: string, name: string): CatalogueEntry => ({
  id,
  name,
  dimension: 'flows_stocks',
  unit: 'persons',
  sides: ['corridor'],
  direction: 0,
  min: 0,
  max: 10000000,
  source: 'UNHCR Refugee Data Finder (origin x country of asylum, end of year)',
  code: 'UNHCR_RDF_POPULATION',
  weight: 1,
  custom: true,
});

export const CUSTOM_INDICATORS: readonly CatalogueEntry[] = [
  unhcrPair('corridor_refugees', 'Refugees from the origin in the destination'),
  unhcrPair('corridor_asylum_seekers', 'Asylum seekers from the origin in the destination'),
];

/** The built-in catalogue followed by the example's own rows. */
export const EXAMPLE_CATALOGUE: readonly CatalogueEntry[] = [...CATALOGUE, ...CUSTOM_INDICATORS];
