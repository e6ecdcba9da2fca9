/**
 * The series the pack stores as the sources give them (normalised: a
 * country's series once, a pair's series once). Derived series are in
 * derive/derivations.ts. Where a catalogue indicator is the same thing, the
 * series id is the catalogue id.
 * @module
 */
import type { SeriesMeta } from './types.ts';

type Raw = Omit<SeriesMeta, 'level' | 'confidence'> & { confidence?: SeriesMeta['confidence'] };

const country = (s: Raw): SeriesMeta => ({ confidence: 'high', ...s, level: 'country' });
const bilateral = (s: Raw): SeriesMeta => ({ confidence: 'high', ...s, level: 'bilateral' });

const WDI = ['wb_wdi'];
const ILO = 'ILO modelled estimate (values for 2024-2025 are projections)';

/** Country-year series, as published. */
export const COUNTRY_SERIES: readonly SeriesMeta[] = [
  country({
    id: 'population',
    label: 'Population',
    unit: 'persons',
    sources: WDI,
    code: 'SP.POP.TOTL',
    note: 'mid-year',
  }),
  country({
    id: 'gdp_usd',
    label: 'GDP',
    unit: 'current US$',
    sources: WDI,
    code: 'NY.GDP.MKTP.CD',
    note: 'current US$',
  }),
  country({
    id: 'gdp_pc_usd',
    label: 'GDP per capita',
    unit: 'US$',
    sources: WDI,
    code: 'NY.GDP.PCAP.CD',
    note: 'current US$',
  }),
  country({
    id: 'gdp_pc_ppp',
    label: 'GDP per capita, PPP',
    unit: 'current international $',
    sources: WDI,
    code: 'NY.GDP.PCAP.PP.CD',
    note: 'current international $',
  }),
  country({
    id: 'unemployment',
    label: 'Unemployment rate',
    unit: '% of labour force',
    sources: WDI,
    code: 'SL.UEM.TOTL.ZS',
    note: ILO,
    confidence: 'medium',
  }),
  country({
    id: 'gini',
    label: 'Gini index',
    unit: 'index',
    sources: WDI,
    code: 'SI.POV.GINI',
    note: 'survey years only',
  }),
  country({
    id: 'poverty_extreme',
    label: 'Poverty headcount at $3.00/day (2021 PPP)',
    unit: '% of population',
    sources: WDI,
    code: 'SI.POV.DDAY',
    note: 'SI.POV.DDAY now means the $3.00/day line at 2021 PPP (not $1.90 or $2.15); survey years only',
  }),
  country({
    id: 'remittances_received_usd',
    label: 'Personal remittances received',
    unit: 'current US$',
    sources: WDI,
    code: 'BX.TRF.PWKR.CD.DT',
    note: 'current US$',
  }),
  country({
    id: 'remittances_gdp',
    label: 'Personal remittances received',
    unit: '% of GDP',
    sources: WDI,
    code: 'BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD',
    note: 'derived in the extract: 100 x BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD (BX.TRF.PWKR.DT.GD.ZS is not in the WDI mirror used; values depend on the vintage)',
    confidence: 'medium',
  }),
  country({
    id: 'net_migration',
    label: 'Net migration',
    unit: 'persons',
    sources: WDI,
    code: 'SM.POP.NETM',
    note: 'UN WPP estimate as published in WDI',
  }),
  country({
    id: 'immigrants_total',
    label: 'International migrant stock',
    unit: 'persons',
    sources: WDI,
    code: 'SM.POP.TOTL',
    note: 'UN DESA estimate as published in WDI (a later revision than the 2020 matrix); 5-yearly',
  }),
  country({
    id: 'oda_received_pct_gni',
    label: 'Net ODA received',
    unit: '% of GNI',
    sources: WDI,
    code: 'DT.ODA.ODAT.GN.ZS',
    note: 'empty for high-income donors',
  }),
  country({
    id: 'fdi_net_inflows_usd',
    label: 'Foreign direct investment, net inflows',
    unit: 'current US$',
    sources: WDI,
    code: 'BX.KLT.DINV.CD.WD',
    note: 'current US$, not % of GDP',
  }),
  country({
    id: 'youth_unemployment_female',
    label: 'Youth unemployment rate, female (15-24)',
    unit: '% of female labour force 15-24',
    sources: WDI,
    code: 'SL.UEM.1524.FE.ZS',
    note: `${ILO}; the mirror has no total`,
    confidence: 'medium',
  }),
  country({
    id: 'youth_unemployment_male',
    label: 'Youth unemployment rate, male (15-24)',
    unit: '% of male labour force 15-24',
    sources: WDI,
    code: 'SL.UEM.1524.MA.ZS',
    note: `${ILO}; the mirror has no total`,
    confidence: 'medium',
  }),
  country({
    id: 'vulnerable_employment_female',
    label: 'Vulnerable employment, female',
    unit: '% of female employment',
    sources: WDI,
    code: 'SL.EMP.VULN.FE.ZS',
    note: `${ILO}; the mirror has no total`,
    confidence: 'medium',
  }),
  country({
    id: 'vulnerable_employment_male',
    label: 'Vulnerable employment, male',
    unit: '% of male employment',
    sources: WDI,
    code: 'SL.EMP.VULN.MA.ZS',
    note: `${ILO}; the mirror has no total`,
    confidence: 'medium',
  }),
  country({
    id: 'homicide_rate',
    label: 'Intentional homicides',
    unit: 'per 100,000 people',
    sources: WDI,
    code: 'VC.IHR.PSRC.P5',
    note: 'UNODC via WDI; sparse for some countries',
  }),
  country({
    id: 'tertiary_enrolment',
    label: 'School enrolment, tertiary',
    unit: '% gross',
    sources: WDI,
    code: 'SE.TER.ENRR',
    note: 'UNESCO UIS via WDI',
  }),
  country({
    id: 'hdi',
    label: 'Human Development Index',
    unit: 'index 0-1',
    sources: ['undp_hdr2023_24'],
    code: 'HDI',
    note: 'HDR 2023/24 back-calculated series',
  }),
  country({
    id: 'life_expectancy',
    label: 'Life expectancy at birth',
    unit: 'years',
    sources: ['undp_hdr2023_24'],
    code: 'HDR le',
    note: 'HDR 2023/24',
  }),
  country({
    id: 'expected_years_schooling',
    label: 'Expected years of schooling',
    unit: 'years',
    sources: ['undp_hdr2023_24'],
    code: 'HDR eys',
    note: 'HDR 2023/24',
  }),
  country({
    id: 'mean_years_schooling',
    label: 'Mean years of schooling',
    unit: 'years',
    sources: ['undp_hdr2023_24'],
    code: 'HDR mys',
    note: 'HDR 2023/24',
  }),
  country({
    id: 'gni_pc_ppp2017',
    label: 'GNI per capita, 2017 PPP$',
    unit: '2017 PPP$',
    sources: ['undp_hdr2023_24'],
    code: 'HDR gnipc',
    note: 'HDR 2023/24',
  }),
  ...(
    [
      ['wgi_voice_accountability', 'Voice and accountability', 'VA.EST'],
      [
        'wgi_political_stability',
        'Political stability and absence of violence/terrorism',
        'PV.EST',
      ],
      ['wgi_government_effectiveness', 'Government effectiveness', 'GE.EST'],
      ['wgi_regulatory_quality', 'Regulatory quality', 'RQ.EST'],
      ['wgi_rule_of_law', 'Rule of law', 'RL.EST'],
      ['wgi_control_of_corruption', 'Control of corruption', 'CC.EST'],
    ] as const
  ).map(([id, label, code]) =>
    country({
      id,
      label,
      unit: 'WGI estimate',
      sources: ['wb_wgi2020'],
      code,
      note: 'WGI 2020 update, estimate from about -2.5 to 2.5; biennial before 2002; later updates revise the whole back series; float32 values stored at their shortest exact form',
    }),
  ),
  country({
    id: 'sdg1072_all_domains',
    label: 'SDG 10.7.2 well-managed migration policies, all domains',
    unit: 'level 1-4',
    sources: ['sdg1072'],
    code: 'SG_CPA_MIGRS',
    note: '1 = requires further progress, 2 = partially meets, 3 = meets, 4 = fully meets; self-reported by governments',
    confidence: 'medium',
  }),
  country({
    id: 'icrmw_ratified',
    label: 'Migrant Workers Convention (ICRMW) ratified',
    unit: '0/1',
    sources: ['untc_icrmw'],
    code: 'UNTC IV-13',
    note: 'status as of mid-2022; 1 = state party (ratification or accession), 0 = signatory only or no action; UN member states only',
  }),
  country({
    id: 'mipex_overall',
    label: 'MIPEX overall score',
    unit: 'score 0-100',
    sources: ['mipex2010'],
    code: 'mipex10',
    note: 'MIPEX III overall score (single 2010 cross-section); taken from a research replication dataset, not checked against mipex.eu',
    confidence: 'medium',
  }),
];

/** Bilateral series, stored under the migration corridor origin -> destination. */
export const BILATERAL_SERIES: readonly SeriesMeta[] = [
  bilateral({
    id: 'corridor_stock',
    label: 'Migrants from origin living in destination',
    unit: 'persons',
    sources: ['undesa_ims2020'],
    code: 'POP/DB/MIG/Stock/Rev.2020',
    note: 'persons born in the origin living in the destination, both sexes, mid-year; 5-yearly',
  }),
  bilateral({
    id: 'corridor_remittances',
    label: 'Remittances from destination to origin',
    unit: 'US$ million',
    sources: ['knomad_brm2018'],
    code: 'KNOMAD_BRM',
    note: 'KNOMAD cell sending = destination, receiving = origin; modelled estimate, whole US$ million',
    confidence: 'medium',
  }),
  bilateral({
    id: 'rpw_cost_quarterly',
    label: 'Average total cost of sending US$200, destination to origin',
    unit: '% of amount sent',
    sources: ['wb_rpw'],
    code: 'ATCR.CORR',
    note: 'RPW corridor sending = destination, receiving = origin; the tag is the quarter; float32 values stored at their shortest exact form',
  }),
  bilateral({
    id: 'corridor_refugees',
    label: 'Refugees from the origin in the destination',
    unit: 'persons',
    sources: ['unhcr_rdf'],
    code: 'UNHCR_RDF_POPULATION',
    note: 'UNHCR-mandate refugees, end of year (no UNRWA Palestine refugees, no "Venezuelans displaced abroad"); end-2019 figures were labelled "2020" in the source file',
  }),
  bilateral({
    id: 'corridor_asylum_seekers',
    label: 'Asylum seekers from the origin in the destination',
    unit: 'persons',
    sources: ['unhcr_rdf'],
    code: 'UNHCR_RDF_POPULATION',
    note: 'asylum seekers with pending claims, end of year',
  }),
  bilateral({
    id: 'visa_category',
    label: 'Visa requirement for origin passport holders in the destination',
    unit: 'category 1-6',
    sources: ['passport_index2025'],
    code: 'PASSPORT_INDEX_2025',
    note: '1 visa free (incl. free movement), 2 visa on arrival, 3 eta, 4 e-visa, 5 visa required, 6 no admission; the tag is the source value verbatim; short stay only, nothing about work or residence',
    confidence: 'medium',
  }),
];

/** Visa categories of the Passport Index, as stored in `visa_category`. */
export const VISA_CATEGORIES = [
  'visa free',
  'visa on arrival',
  'eta',
  'e-visa',
  'visa required',
  'no admission',
] as const;
