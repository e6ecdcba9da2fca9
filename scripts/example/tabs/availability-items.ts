/**
 * The example's own data sets, listed per corridor in the Data availability
 * tab after the template's generic items, each under the indicator it feeds,
 * with why a missing one is missing.
 * @module
 */
import type { Side } from '../../../src/core/template/layout.ts';
import type { ExampleCorridor } from '../corridors.ts';
import { HDR, KNOMAD, MIPEX, MMP, RPW, type Source, UNDESA, UNHCR } from '../sources.ts';

export interface DatasetItem {
  /** The indicator (also the row's item) whose values show the data set's coverage. */
  indicator: string;
  side: Side;
  source: Source;
  whyMissing: (c: ExampleCorridor) => string;
}

const notInExtract = (what: string) => () => `no ${what} value for this corridor in the extract`;

export const DATASET_ITEMS: readonly DatasetItem[] = [
  {
    indicator: 'corridor_stock',
    side: 'corridor',
    source: UNDESA,
    whyMissing: notInExtract('UN DESA'),
  },
  {
    indicator: 'corridor_remittances',
    side: 'corridor',
    source: KNOMAD,
    whyMissing: (c) => `the KNOMAD 2018 matrix has no ${c.destination} -> ${c.origin} cell`,
  },
  {
    indicator: 'corridor_remit_cost',
    side: 'corridor',
    source: RPW,
    whyMissing: (c) =>
      `Remittance Prices Worldwide does not survey ${c.destination} -> ${c.origin} (2011Q1-2020Q3)`,
  },
  {
    indicator: 'hdi_gap',
    side: 'corridor',
    source: HDR,
    whyMissing: notInExtract('HDI'),
  },
  {
    indicator: 'refugees_per_100k',
    side: 'origin',
    source: UNHCR,
    whyMissing: notInExtract('UNHCR'),
  },
  {
    indicator: 'route_dead_missing',
    side: 'corridor',
    source: MMP,
    whyMissing: () =>
      "no Missing Migrants region or route can be defended as this corridor's crossing (regions are not corridors)",
  },
  {
    indicator: 'mipex_overall',
    side: 'destination',
    source: MIPEX,
    whyMissing: (c) =>
      `MIPEX 2010 covers 30 European and North American countries, not ${c.destination}; MIPEX 2020 was not available as a data file`,
  },
];
