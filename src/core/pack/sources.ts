/**
 * The public sources of the pack: vintage, licence and where each extract in
 * data/ was taken from. The build script adds the file hashes and row counts.
 * @module
 */
import type { SourceMeta } from './types.ts';

export type SourceSpec = Omit<SourceMeta, 'files'> & { files: string[] };

export const SOURCES: readonly SourceSpec[] = [
  {
    id: 'undesa_ims2020',
    title: 'UN DESA International Migrant Stock 2020 (origin-destination matrix)',
    publisher: 'UN DESA Population Division',
    vintage: 'POP/DB/MIG/Stock/Rev.2020',
    licence: 'UN terms of use (the visualisation it was taken from says CC BY-NC 3.0)',
    url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
    files: ['undesa_ims2020_bilateral_stock.csv', 'undesa_ims2020_country_names.csv'],
    takenFrom:
      'X80110/migration-visualization @ cb840bd0b4a94cb70dcbb98c59290bb640182d2c : json/stock.json',
  },
  {
    id: 'unhcr_rdf',
    title: 'UNHCR Refugee Data Finder (as cleaned for IOM World Migration Report 2022)',
    publisher: 'UNHCR',
    vintage: 'end-2019 (1995-2019 series)',
    licence: 'CC BY 4.0',
    url: 'https://www.unhcr.org/refugee-statistics/download/',
    files: ['unhcr_refugees_asylum_seekers_bilateral_1995_2019.csv'],
    takenFrom:
      'guyabel/stepladderChapter @ 4a81585e8ca3566aed8fd48c2870d316fe06f53f : data/unhcr_2020.csv',
  },
  {
    id: 'wb_rpw',
    title: 'World Bank Remittance Prices Worldwide, corridor average total cost (SDG 10.c.1)',
    publisher: 'World Bank',
    vintage: 'DataBank export last updated 2020-12-07 (2011Q1-2020Q3)',
    licence: 'CC BY 4.0',
    url: 'https://remittanceprices.worldbank.org/',
    files: ['wb_rpw_corridor_avg_total_cost_2011_2020.csv'],
    takenFrom:
      'natesheehan/sdg_10C @ 3365194021a149cc7971af2fb1b3a0ac63fabf1d : data/36d1ed87-9a2d-41da-8eac-c1c25d45fa65_Data.csv',
  },
  {
    id: 'knomad_brm2018',
    title: 'World Bank/KNOMAD Bilateral Remittance Matrix 2018 (Oct 2019 release)',
    publisher: 'World Bank / KNOMAD',
    vintage: '2018 matrix, October 2019 release',
    licence: 'CC BY 4.0',
    url: 'https://www.knomad.org/data/remittances',
    files: ['knomad_bilateral_remittances_2018.csv'],
    takenFrom:
      'hannahkates/global-remittances @ ea902e1633e15c56c4d9b6947859d15cc3194f5d : data/Bilateralremittancematrix2018Oct2019.csv',
  },
  {
    id: 'wb_wdi',
    title: 'World Bank World Development Indicators (2026 vintage)',
    publisher: 'World Bank',
    vintage: '2026 vintage of the datasets/world-development-indicators mirror',
    licence: 'CC BY 4.0',
    url: 'https://databank.worldbank.org/source/world-development-indicators',
    files: ['wdi_country_year_1990_2025.csv', 'wdi_extra_country_year_1990_2025.csv'],
    takenFrom:
      'datasets/world-development-indicators @ 4ebec5a2273f531ba238a34dbe440394dc5a6c4b : indicators/<code>/data.csv',
  },
  {
    id: 'undp_hdr2023_24',
    title: 'UNDP Human Development Report 2023/24, composite indices time series',
    publisher: 'UNDP',
    vintage: 'HDR 2023/24 (1990-2022)',
    licence: 'CC BY 3.0 IGO',
    url: 'https://hdr.undp.org/data-center/documentation-and-downloads',
    files: ['undp_hdr2023_24_hdi_components_1990_2022.csv'],
    takenFrom:
      'Ethanchu-bot/week4 @ eda8b9588f319cc258c238e9edc8f6579bf3e024 : HDR23-24_Composite_indices_complete_time_series.csv',
  },
  {
    id: 'iom_mmp',
    title: 'IOM Missing Migrants Project, dead and missing by region of incident',
    publisher: 'IOM',
    vintage: 'data as of 2024-12-20 (2014-2024)',
    licence: 'free to use with attribution',
    url: 'https://missingmigrants.iom.int/downloads',
    files: ['iom_mmp_dead_missing_by_region_year_2014_2024.csv'],
    takenFrom:
      'yotkadata/missing-migrants @ 09d0ff1f1068852cfb804de446e9ed9430705316 : svelte_app/public/data/data-migration-yearly-by-group.json',
  },
  {
    id: 'wb_wgi2020',
    title: 'World Bank Worldwide Governance Indicators, 2020 update',
    publisher: 'World Bank (Kaufmann & Kraay)',
    vintage: '2020 update (1996-2019)',
    licence: 'CC BY 4.0',
    url: 'https://www.worldbank.org/en/publication/worldwide-governance-indicators',
    files: ['wgi2020_governance_1996_2019.csv', 'wgi2020_country_codes.csv'],
    takenFrom:
      'Global-Development-and-Politics-of-Data/Chapter12_Governance @ 00f71366fb8cb1f6da5becddab9e29a937932ac0 : raw_data/2020_Worldwide_Governance_Indicators_1996-2019t.xlsx',
  },
  {
    id: 'sdg1072',
    title:
      'SDG 10.7.2 migration policies, all domains (UN SDG Global Database via Our World in Data)',
    publisher: 'UN DESA / IOM',
    vintage: 'survey rounds 2019 and 2021',
    licence: 'CC BY 4.0 (OWID); UN SDG data free with attribution',
    url: 'https://unstats.un.org/sdgs/dataportal',
    files: ['sdg1072_migration_policy_all_domains_2019_2021.csv'],
    takenFrom:
      'CristianAndrei233/dashboard @ 31ca5a369e910bab2fea2fd76b8bf48075e256c7 : public/data/facilitate-orderly-safe-migration.csv',
  },
  {
    id: 'untc_icrmw',
    title:
      'UN Treaty Collection, International Convention on the Protection of the Rights of All Migrant Workers (IV-13)',
    publisher: 'United Nations (OHCHR / UNTC)',
    vintage: 'status as of mid-2022',
    licence: 'public (UNTC); the compilation states no licence',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-13&chapter=4',
    files: ['icmw_ratification_un_members_2022.csv'],
    takenFrom:
      'world-politics-datalab/humanrights-treaties-ratification-status @ fdb779e6a4a121c3024b4a72e72833a448a2b62d : hr_status_icmw.csv',
  },
  {
    id: 'passport_index2025',
    title:
      'Passport Index visa requirements, snapshot of 2025-01-12 (crowd-sourced, short stay only)',
    publisher: 'Passport Index (passportindex.org), compiled by I. Ilyankou',
    vintage: '2025-01-12',
    licence: 'MIT (compilation)',
    url: 'https://github.com/ilyankou/passport-index-dataset',
    files: ['passport_index_visa_requirements_2025.csv'],
    takenFrom:
      'ilyankou/passport-index-dataset @ a46dbc872002e01f6465a69071a7ed5b6dc8fc7b : passport-index-tidy-iso3.csv',
  },
  {
    id: 'mipex2010',
    title: 'MIPEX III (2010), via Manatschal & Bernauer (2016) replication data',
    publisher: 'Migration Policy Group / CIDOB',
    vintage: '2010 cross-section (30 countries)',
    licence: 'not stated',
    url: 'https://www.mipex.eu/',
    files: ['mipex2010_overall_30countries.csv'],
    takenFrom:
      'julianbernauer/mipex @ 385eea9ce1eefc69ef95a516902ccedaf7cd473a : data/mipex_av.dta',
  },
  {
    id: 'iso_m49',
    title: 'ISO 3166 and UNSD M49 country codes and regions',
    publisher: 'ISO / UN Statistics Division',
    vintage: 'datasets/country-codes snapshot',
    licence: 'ODC-PDDL-1.0',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
    files: ['country_codes_iso_m49.csv'],
    takenFrom:
      'datasets/country-codes @ caa72d1e0e5af8876c170bb36a9e4d64a01bba88 : data/country-codes.csv',
  },
];

/** Source id -> spec. */
export const SOURCE_BY_ID: ReadonlyMap<string, SourceSpec> = new Map(SOURCES.map((s) => [s.id, s]));
