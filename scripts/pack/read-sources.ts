/**
 * Reads the extracts in data/ into the pack's normalised series: country
 * series once per country, bilateral series once per migration pair (KNOMAD
 * and RPW turned round: sending = destination, receiving = origin).
 * @module
 */
import { float32Shortest } from '../../src/core/pack/derive/index.ts';
import { VISA_CATEGORIES } from '../../src/core/pack/series.ts';
import type { CountryInfo, Point } from '../../src/core/pack/types.ts';
import { num, type Row, readTable } from '../example/table.ts';

export type SeriesStore = Map<string, Map<string, Point[]>>;

/** key -> series id -> points (key is a country or `ORIGIN>DEST`). */
export function push(store: SeriesStore, key: string, series: string, point: Point): void {
  const set = store.get(key) ?? new Map<string, Point[]>();
  const points = set.get(series) ?? [];
  points.push(point);
  set.set(series, points);
  store.set(key, set);
}

export interface Raw {
  countries: Record<string, CountryInfo>;
  country: SeriesStore;
  /** `ORIGIN>DEST` -> series. */
  pairs: SeriesStore;
  unhcrRows: Row[];
  deaths: { region: string; year: number; deadMissing: number }[];
  /** Rows read per file, for the manifest. */
  rows: Map<string, number>;
}

const WDI_MAIN: Record<string, string> = {
  population: 'population',
  gdp_usd: 'gdp_usd',
  gdp_per_capita_usd: 'gdp_pc_usd',
  gdp_per_capita_ppp_intl_usd: 'gdp_pc_ppp',
  unemployment_pct: 'unemployment',
  gini_index: 'gini',
  poverty_headcount_3usd_2021ppp_pct: 'poverty_extreme',
  remittances_received_usd: 'remittances_received_usd',
  remittances_pct_gdp_derived: 'remittances_gdp',
  net_migration: 'net_migration',
  migrant_stock_total: 'immigrants_total',
};

const WDI_EXTRA: Record<string, string> = {
  net_oda_received_pct_gni: 'oda_received_pct_gni',
  fdi_net_inflows_usd: 'fdi_net_inflows_usd',
  youth_unemployment_female_pct: 'youth_unemployment_female',
  youth_unemployment_male_pct: 'youth_unemployment_male',
  vulnerable_employment_female_pct: 'vulnerable_employment_female',
  vulnerable_employment_male_pct: 'vulnerable_employment_male',
  intentional_homicides_per_100k: 'homicide_rate',
  tertiary_enrolment_gross_pct: 'tertiary_enrolment',
};

const HDR: Record<string, string> = {
  hdi: 'hdi',
  life_expectancy_years: 'life_expectancy',
  expected_years_schooling: 'expected_years_schooling',
  mean_years_schooling: 'mean_years_schooling',
  gni_per_capita_2017ppp_usd: 'gni_pc_ppp2017',
};

const WGI: Record<string, string> = {
  'VA.EST': 'wgi_voice_accountability',
  'PV.EST': 'wgi_political_stability',
  'GE.EST': 'wgi_government_effectiveness',
  'RQ.EST': 'wgi_regulatory_quality',
  'RL.EST': 'wgi_rule_of_law',
  'CC.EST': 'wgi_control_of_corruption',
};

export function readSources(dir: string): Raw {
  const rows = new Map<string, number>();
  const read = (file: string) => {
    const t = readTable(dir, file).rows;
    rows.set(file, t.length);
    return t;
  };
  const countries: Record<string, CountryInfo> = {};
  for (const r of read('country_codes_iso_m49.csv')) {
    if (!r.iso3) continue;
    countries[r.iso3] = {
      name: r.name ?? r.iso3,
      region: r.un_region ?? '',
      subregion: r.un_subregion ?? '',
      intermediateRegion: r.un_intermediate_region ?? '',
    };
  }
  const named = (code: string, name: string | undefined) => {
    if (code && !countries[code]) {
      countries[code] = { name: name || code, region: '', subregion: '', intermediateRegion: '' };
    }
  };
  for (const r of read('undesa_ims2020_country_names.csv')) named(r.iso3!, r.name_in_source);
  const country: SeriesStore = new Map();
  const pairs: SeriesStore = new Map();
  const columns = (file: string, map: Record<string, string>) => {
    for (const r of read(file)) {
      if (r.is_aggregate === '1') continue;
      named(r.iso3!, r.country_name);
      for (const [column, id] of Object.entries(map)) {
        const v = num(r[column]);
        if (v !== undefined) push(country, r.iso3!, id, [Number(r.year), v]);
      }
    }
  };
  columns('wdi_country_year_1990_2025.csv', WDI_MAIN);
  columns('wdi_extra_country_year_1990_2025.csv', WDI_EXTRA);
  for (const r of read('undp_hdr2023_24_hdi_components_1990_2022.csv')) {
    if (r.is_aggregate === '1' || r.iso3?.startsWith('ZZ')) continue;
    named(r.iso3!, r.country);
    for (const [column, id] of Object.entries(HDR)) {
      const v = num(r[column]);
      if (v !== undefined) push(country, r.iso3!, id, [Number(r.year), v]);
    }
  }
  read('wgi2020_country_codes.csv');
  for (const r of read('wgi2020_governance_1996_2019.csv')) {
    const id = WGI[r.indicator ?? ''];
    const v = num(r.estimate);
    if (id && v !== undefined && countries[r.iso3!]) {
      push(country, r.iso3!, id, [Number(r.year), float32Shortest(v)]);
    }
  }
  for (const r of read('sdg1072_migration_policy_all_domains_2019_2021.csv')) {
    const v = num(r.value);
    if (v !== undefined)
      push(country, r.iso3!, 'sdg1072_all_domains', [Number(r.year), v, r.value_label ?? '']);
  }
  for (const r of read('icmw_ratification_un_members_2022.csv')) {
    const party = r.state_party === '1';
    const tag = party
      ? `state party since ${r.year_ratification_or_accession}`
      : r.signatory_not_ratified === '1'
        ? 'signatory, not ratified'
        : 'no action';
    push(country, r.iso3!, 'icrmw_ratified', [2022, party ? 1 : 0, tag]);
  }
  for (const r of read('mipex2010_overall_30countries.csv')) {
    const v = num(r.mipex10);
    if (v !== undefined) push(country, r.iso3!, 'mipex_overall', [2010, v]);
  }
  for (const r of read('undesa_ims2020_bilateral_stock.csv')) {
    const v = num(r.migrant_stock);
    if (v !== undefined) {
      push(pairs, `${r.origin_iso3}>${r.destination_iso3}`, 'corridor_stock', [Number(r.year), v]);
    }
  }
  for (const r of read('knomad_bilateral_remittances_2018.csv')) {
    const v = num(r.remittances_usd_million);
    if (v !== undefined) {
      push(pairs, `${r.receiving_iso3}>${r.sending_iso3}`, 'corridor_remittances', [
        Number(r.year),
        v,
      ]);
    }
  }
  for (const r of read('wb_rpw_corridor_avg_total_cost_2011_2020.csv')) {
    const v = num(r.avg_total_cost_pct);
    const period = r.period ?? '';
    if (v !== undefined) {
      push(pairs, `${r.receiving_iso3}>${r.sending_iso3}`, 'rpw_cost_quarterly', [
        Number(period.slice(0, 4)),
        float32Shortest(v),
        period.slice(4),
      ]);
    }
  }
  const unhcrRows = read('unhcr_refugees_asylum_seekers_bilateral_1995_2019.csv');
  for (const r of unhcrRows) {
    if (!r.origin_code) continue;
    const key = `${r.origin_code}>${r.asylum_country_code}`;
    for (const [column, id] of [
      ['refugees', 'corridor_refugees'],
      ['asylum_seekers', 'corridor_asylum_seekers'],
    ] as const) {
      const v = num(r[column]);
      if (v !== undefined) push(pairs, key, id, [Number(r.year), v]);
    }
  }
  for (const r of read('passport_index_visa_requirements_2025.csv')) {
    const at = VISA_CATEGORIES.indexOf(r.category as (typeof VISA_CATEGORIES)[number]);
    if (at < 0) continue;
    const tag = r.requirement && r.requirement !== r.category ? r.requirement : undefined;
    push(
      pairs,
      `${r.passport_iso3}>${r.destination_iso3}`,
      'visa_category',
      tag ? [2025, at + 1, tag] : [2025, at + 1],
    );
  }
  const deaths = read('iom_mmp_dead_missing_by_region_year_2014_2024.csv').flatMap((r) => {
    const v = num(r.dead_and_missing);
    return v === undefined
      ? []
      : [{ region: r.region_of_incident!, year: Number(r.year), deadMissing: v }];
  });
  for (const f of [
    'iom_mmp_by_route_region_year_2014_2019.csv',
    'iom_mmp_incidents_2014_2019.csv',
    'demo_corridors_summary.csv',
  ]) {
    read(f);
  }
  return { countries, country, pairs, unhcrRows, deaths, rows };
}
