/**
 * The public sources behind the example, as written in the source column.
 * Commits name the repositories the extracts in data/ were taken from.
 * @module
 */

export interface Source {
  name: string;
  /** The official series code, or the publisher's page when there is none. */
  code: string;
}

export const UNDESA: Source = {
  name: 'UN DESA International Migrant Stock 2020 (origin-destination matrix)',
  code: 'POP/DB/MIG/Stock/Rev.2020',
};

export const KNOMAD: Source = {
  name: 'World Bank/KNOMAD Bilateral Remittance Matrix 2018 (Oct 2019 release)',
  code: 'https://www.knomad.org/data/remittances',
};

export const RPW: Source = {
  name: 'World Bank Remittance Prices Worldwide, corridor average total cost (SDG 10.c.1)',
  code: 'ATCR.CORR',
};

export const WDI: Source = {
  name: 'World Bank World Development Indicators (2026 vintage)',
  code: 'https://databank.worldbank.org/source/world-development-indicators',
};

export const HDR: Source = {
  name: 'UNDP Human Development Report 2023/24, composite indices time series',
  code: 'https://hdr.undp.org/data-center/documentation-and-downloads',
};

export const UNHCR: Source = {
  name: 'UNHCR Refugee Data Finder (as cleaned for IOM World Migration Report 2022)',
  code: 'https://www.unhcr.org/refugee-statistics/download/',
};

export const MMP: Source = {
  name: 'IOM Missing Migrants Project, export of 2019-12-31',
  code: 'https://missingmigrants.iom.int/downloads',
};

export const MIPEX: Source = {
  name: 'MIPEX III (2010), via Manatschal & Bernauer (2016) replication data',
  code: 'https://www.mipex.eu/',
};

/** Where data/ came from: the shared extracts, themselves cut from these repositories. */
export const EXTRACT_FILES = {
  stock: 'undesa_ims2020_bilateral_stock.csv',
  names: 'undesa_ims2020_country_names.csv',
  unhcr: 'unhcr_refugees_asylum_seekers_bilateral_1995_2019.csv',
  rpw: 'wb_rpw_corridor_avg_total_cost_2011_2020.csv',
  knomad: 'knomad_bilateral_remittances_2018.csv',
  wdi: 'wdi_country_year_1990_2025.csv',
  hdi: 'undp_hdr2023_24_hdi_components_1990_2022.csv',
  routes: 'iom_mmp_by_route_region_year_2014_2019.csv',
  mipex: 'mipex2010_overall_30countries.csv',
} as const;
