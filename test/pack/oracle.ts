/**
 * An independent reading of the raw CSV extracts in data/: what every
 * pre-filled value should be, computed here without the pack's code (only
 * the route attribution rules are shared, since they are a definition).
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

type Row = Record<string, string>;

const read = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: true })
    .data;

const n = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : Number(s));
const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d + 0;

export class Oracle {
  readonly stock = new Map<string, Map<number, number>>(); // O>D -> year -> persons
  readonly emigrants = new Map<string, number>(); // O>year
  readonly wdi = new Map<string, Row>(); // ISO>year
  readonly wdiExtra = new Map<string, Row>();
  readonly hdi = new Map<string, number>();
  readonly wgi = new Map<string, number>(); // ISO>code>year
  readonly sdg = new Map<string, number>();
  readonly icrmw = new Map<string, number>();
  readonly mipex = new Map<string, number>();
  readonly knomad = new Map<string, number>(); // sending>receiving
  readonly rpw = new Map<string, { year: number; value: number }[]>(); // sending>receiving
  readonly unhcr = new Map<string, Row[]>(); // origin>asylum
  readonly refugeesFrom = new Map<string, number>(); // O>year
  readonly asylumFrom = new Map<string, number>();
  readonly visa = new Map<string, string>();
  readonly deaths = new Map<string, number>(); // region>year

  constructor() {
    for (const x of read('undesa_ims2020_bilateral_stock.csv')) {
      const k = `${x.origin_iso3}>${x.destination_iso3}`;
      const m = this.stock.get(k) ?? new Map();
      m.set(Number(x.year), Number(x.migrant_stock));
      this.stock.set(k, m);
      const e = `${x.origin_iso3}>${x.year}`;
      this.emigrants.set(e, (this.emigrants.get(e) ?? 0) + Number(x.migrant_stock));
    }
    for (const x of read('wdi_country_year_1990_2025.csv')) this.wdi.set(`${x.iso3}>${x.year}`, x);
    for (const x of read('wdi_extra_country_year_1990_2025.csv'))
      this.wdiExtra.set(`${x.iso3}>${x.year}`, x);
    for (const x of read('undp_hdr2023_24_hdi_components_1990_2022.csv')) {
      const v = n(x.hdi);
      if (v !== undefined) this.hdi.set(`${x.iso3}>${x.year}`, v);
    }
    for (const x of read('wgi2020_governance_1996_2019.csv')) {
      const v = n(x.estimate);
      if (v !== undefined) this.wgi.set(`${x.iso3}>${x.indicator}>${x.year}`, v);
    }
    for (const x of read('sdg1072_migration_policy_all_domains_2019_2021.csv')) {
      this.sdg.set(`${x.iso3}>${x.year}`, Number(x.value));
    }
    for (const x of read('icmw_ratification_un_members_2022.csv'))
      this.icrmw.set(x.iso3!, Number(x.state_party));
    for (const x of read('mipex2010_overall_30countries.csv'))
      this.mipex.set(x.iso3!, Number(x.mipex10));
    for (const x of read('knomad_bilateral_remittances_2018.csv')) {
      this.knomad.set(`${x.sending_iso3}>${x.receiving_iso3}`, Number(x.remittances_usd_million));
    }
    for (const x of read('wb_rpw_corridor_avg_total_cost_2011_2020.csv')) {
      const v = n(x.avg_total_cost_pct);
      if (v === undefined) continue;
      const k = `${x.sending_iso3}>${x.receiving_iso3}`;
      this.rpw.set(k, [
        ...(this.rpw.get(k) ?? []),
        { year: Number(x.period!.slice(0, 4)), value: v },
      ]);
    }
    for (const x of read('unhcr_refugees_asylum_seekers_bilateral_1995_2019.csv')) {
      if (!x.origin_code) continue;
      const k = `${x.origin_code}>${x.asylum_country_code}`;
      this.unhcr.set(k, [...(this.unhcr.get(k) ?? []), x]);
      const e = `${x.origin_code}>${x.year}`;
      this.refugeesFrom.set(e, (this.refugeesFrom.get(e) ?? 0) + (n(x.refugees) ?? 0));
      this.asylumFrom.set(e, (this.asylumFrom.get(e) ?? 0) + (n(x.asylum_seekers) ?? 0));
    }
    for (const x of read('passport_index_visa_requirements_2025.csv')) {
      this.visa.set(`${x.passport_iso3}>${x.destination_iso3}`, x.category!);
    }
    for (const x of read('iom_mmp_dead_missing_by_region_year_2014_2024.csv')) {
      const k = `${x.region_of_incident}>${x.year}`;
      this.deaths.set(k, (this.deaths.get(k) ?? 0) + Number(x.dead_and_missing));
    }
  }

  /** Mid-year stock of a pair at `year`, linear between the 5-yearly estimates; the 2020 value held up to `hold` years. */
  stockAt(o: string, d: string, year: number, hold = 0): number | undefined {
    const m = this.stock.get(`${o}>${d}`);
    if (!m) return undefined;
    if (m.has(year)) return m.get(year);
    const years = [...m.keys()].sort((a, b) => a - b);
    const before = years.filter((y) => y < year).at(-1);
    const after = years.find((y) => y > year);
    if (before !== undefined && after !== undefined) {
      return (
        m.get(before)! + ((m.get(after)! - m.get(before)!) * (year - before)) / (after - before)
      );
    }
    if (before !== undefined && after === undefined && year - before <= hold) return m.get(before);
    return undefined;
  }

  private wdiValue(iso: string, year: number, column: string): number | undefined {
    const main = this.wdi.get(`${iso}>${year}`);
    const x = main && column in main ? main : this.wdiExtra.get(`${iso}>${year}`);
    if (!x || x.is_aggregate === '1') return undefined;
    return n(x[column]);
  }

  private ratio(a: number | undefined, b: number | undefined, times: number, digits: number) {
    return a === undefined || b === undefined || b === 0 ? undefined : r((times * a) / b, digits);
  }

  /**
   * The expected value of one pre-filled row, or undefined when the raw data
   * cannot give one. `routes` and `routeStock` come from the caller.
   */
  expected(
    indicator: string,
    side: string,
    o: string,
    d: string,
    year: number,
    routes: { regions: string[]; stock: (region: string, year: number) => number },
  ): number | undefined {
    const c = side === 'origin' ? o : side === 'destination' ? d : '';
    const WDI: Record<string, string> = {
      gdp_pc_usd: 'gdp_per_capita_usd',
      unemployment: 'unemployment_pct',
      gini: 'gini_index',
      poverty_extreme: 'poverty_headcount_3usd_2021ppp_pct',
      remittances_gdp: 'remittances_pct_gdp_derived',
      immigrants_total: 'migrant_stock_total',
      homicide_rate: 'intentional_homicides_per_100k',
      oda_received_pct_gni: 'net_oda_received_pct_gni',
      fdi_net_inflows_usd: 'fdi_net_inflows_usd',
      youth_unemployment_female: 'youth_unemployment_female_pct',
      youth_unemployment_male: 'youth_unemployment_male_pct',
      vulnerable_employment_female: 'vulnerable_employment_female_pct',
      vulnerable_employment_male: 'vulnerable_employment_male_pct',
      tertiary_enrolment: 'tertiary_enrolment_gross_pct',
    };
    const WGI: Record<string, string> = {
      political_stability: 'PV.EST',
      wgi_political_stability: 'PV.EST',
      wgi_rule_of_law: 'RL.EST',
      wgi_voice_accountability: 'VA.EST',
      wgi_government_effectiveness: 'GE.EST',
      wgi_regulatory_quality: 'RQ.EST',
      wgi_control_of_corruption: 'CC.EST',
    };
    if (WDI[indicator]) return this.wdiValue(c, year, WDI[indicator]!);
    if (WGI[indicator]) return this.wgi.get(`${c}>${WGI[indicator]}>${year}`);
    const pop = (iso: string) => this.wdiValue(iso, year, 'population');
    const stock = this.stock.get(`${o}>${d}`)?.get(year);
    switch (indicator) {
      case 'corridor_stock':
        return stock;
      case 'emigrants_total':
        return this.emigrants.get(`${o}>${year}`);
      case 'corridor_share_of_emigrants':
        return this.ratio(stock, this.emigrants.get(`${o}>${year}`), 100, 2);
      case 'emigration_rate': {
        const e = this.emigrants.get(`${o}>${year}`);
        const p = pop(o);
        return e === undefined || p === undefined ? undefined : this.ratio(e, p + e, 100, 2);
      }
      case 'net_migration_rate':
        return this.ratio(this.wdiValue(c, year, 'net_migration'), pop(c), 1000, 2);
      case 'immigrant_share':
        return this.ratio(this.wdiValue(c, year, 'migrant_stock_total'), pop(c), 100, 2);
      case 'gdp_pc_ppp_ratio':
        return this.ratio(
          this.wdiValue(d, year, 'gdp_per_capita_ppp_intl_usd'),
          this.wdiValue(o, year, 'gdp_per_capita_ppp_intl_usd'),
          1,
          3,
        );
      case 'hdi_gap': {
        const a = this.hdi.get(`${d}>${year}`);
        const b = this.hdi.get(`${o}>${year}`);
        return a === undefined || b === undefined ? undefined : r(a - b, 3);
      }
      case 'corridor_remittances':
        return year === 2018 ? this.knomad.get(`${d}>${o}`) : undefined;
      case 'remittance_per_migrant': {
        const flow = year === 2018 ? this.knomad.get(`${d}>${o}`) : undefined;
        const s = this.stockAt(o, d, 2018);
        return flow === undefined || !s ? undefined : Math.round((flow * 1e6) / s);
      }
      case 'corridor_remit_cost': {
        const kept = (this.rpw.get(`${d}>${o}`) ?? []).filter(
          (q) => q.year === year && q.value >= 0,
        );
        return kept.length ? r(kept.reduce((s, q) => s + q.value, 0) / kept.length, 2) : undefined;
      }
      case 'corridor_refugees':
      case 'corridor_asylum_seekers': {
        const x = (this.unhcr.get(`${o}>${d}`) ?? []).find((u) => Number(u.year) === year);
        return n(x?.[indicator === 'corridor_refugees' ? 'refugees' : 'asylum_seekers']);
      }
      case 'corridor_refugees_share': {
        const x = (this.unhcr.get(`${o}>${d}`) ?? []).find((u) => Number(u.year) === year);
        const ref = n(x?.refugees);
        const s = this.stockAt(o, d, year);
        return ref === undefined || !s || ref > s ? undefined : r((100 * ref) / s, 2);
      }
      case 'refugees_per_100k':
        return this.ratio(this.refugeesFrom.get(`${o}>${year}`), pop(o), 1e5, 1);
      case 'refugees_per_100k_origin_pop': {
        const a = this.refugeesFrom.get(`${o}>${year}`);
        const b = this.asylumFrom.get(`${o}>${year}`);
        return a === undefined || b === undefined ? undefined : this.ratio(a + b, pop(o), 1e5, 1);
      }
      case 'icrmw_ratified':
      case 'icrmw_ratified_origin':
      case 'icrmw_ratified_destination':
        return year === 2022 ? this.icrmw.get(c) : undefined;
      case 'sdg1072_all_domains':
        return this.sdg.get(`${c}>${year}`);
      case 'mipex_overall':
        return year === 2010 ? this.mipex.get(c) : undefined;
      case 'visa_required': {
        const k = this.visa.get(`${o}>${d}`);
        return k === undefined || year !== 2025
          ? undefined
          : ['e-visa', 'visa required', 'no admission'].includes(k)
            ? 1
            : 0;
      }
      case 'visa_free_access': {
        const k = this.visa.get(`${o}>${d}`);
        return k === undefined || year !== 2025 ? undefined : k === 'visa free' ? 1 : 0;
      }
      case 'route_dead_missing': {
        const sums = routes.regions.map((g) => this.deaths.get(`${g}>${year}`));
        return sums.every((s) => s === undefined)
          ? undefined
          : sums.reduce<number>((a, b) => a + (b ?? 0), 0);
      }
      case 'corridor_deaths_per_100k_migrants': {
        if (this.stockAt(o, d, year, 4) === undefined) return undefined;
        let total = 0;
        for (const g of routes.regions) {
          const dead = this.deaths.get(`${g}>${year}`);
          const s = routes.stock(g, year);
          if (dead !== undefined && s > 0) total += (1e5 * dead) / s;
        }
        return r(total, 3);
      }
      default:
        throw new Error(`the oracle does not know pre-filled indicator ${indicator}`);
    }
  }
}
