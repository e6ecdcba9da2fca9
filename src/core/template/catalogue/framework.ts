/**
 * The stated framework (OECD/JRC Handbook step 1): the question each
 * dimension answers and for whom, and for each scored indicator why it
 * belongs, which way is better and how it is scaled. Applied to the built-in
 * catalogue in index.ts; records for ids the catalogue does not (yet) hold
 * wait for those entries (the open-data pack appends them).
 * @module
 */
import type { Audience, CatalogueEntry, DimensionId, Direction, Side } from '../types.ts';

/** What a dimension is for: scored into the index, shown as context, or reported beside it. */
export type DimensionRole = 'scored' | 'context' | 'availability';

export interface DimensionFramework {
  role: DimensionRole;
  /** The policy question the dimension answers (a higher score means "yes, more so"). */
  question: string;
  /** Whose question it is. */
  audience: Audience[];
}

export const DIMENSION_FRAMEWORK: Readonly<Record<DimensionId, DimensionFramework>> = {
  root_causes: {
    role: 'scored',
    question:
      'How weak are the pressures that push people to leave the origin (income, poverty, jobs, violence, displacement)? A higher score means less pressure: this is pressure, not corridor performance, and is reported as such.',
    audience: ['origin', 'migrants'],
  },
  flows_stocks: {
    role: 'context',
    question:
      'How large is the corridor and how does it move? Shown beside the scores, never scored: size is neither good nor bad.',
    audience: ['origin', 'destination'],
  },
  origin_costs_benefits: {
    role: 'scored',
    question:
      'Does the origin gain from the corridor (remittances per migrant, their cost), against losses of skills?',
    audience: ['origin', 'migrants'],
  },
  destination_costs_benefits: {
    role: 'scored',
    question: "Does the destination gain, and do migrants' skills find use in its labour market?",
    audience: ['destination'],
  },
  wellbeing_rights: {
    role: 'scored',
    question:
      "Are migrants' rights protected at both ends of the corridor (conventions ratified, integration policy, fair recruitment)?",
    audience: ['migrants', 'origin', 'destination'],
  },
  governance_policy: {
    role: 'scored',
    question:
      'Is migration along the corridor governed by well-managed, regular pathways (SDG 10.7.2, rule of law, visas, agreements)?',
    audience: ['origin', 'destination', 'transit'],
  },
  transit_irregular: {
    role: 'scored',
    question:
      'Is the route safe for migrants (deaths per migrant, refugee share, protection on arrival)?',
    audience: ['migrants', 'transit'],
  },
  data_availability: {
    role: 'availability',
    question:
      'How much do we know? Reported beside the score as its own measure, never averaged into it.',
    audience: ['origin', 'destination', 'transit'],
  },
};

/** Why an indicator belongs, and how it is scored (applied over the catalogue entry). */
export interface IndicatorFramework {
  rationale: string;
  /** The dimension whose question it answers, when the entry files it elsewhere. */
  dimension?: DimensionId;
  direction?: Direction;
  /** Log scale (log10 of the value, clipped to the lower goalpost first) for indicators spanning orders of magnitude. */
  scale?: 'log';
  goalposts?: [number, number];
  /** Where the goalposts come from. */
  goalpostNote?: string;
  /** Plausible range (validation warnings outside it). */
  range?: [number, number];
  /** Perspectives it counts for, when not simply its side. */
  audience?: Audience[];
  /**
   * Sides on which another indicator measures the same thing (the open-data
   * pack's newer id): where that indicator is in the catalogue, this side is
   * shown but not scored, so nothing counts twice.
   */
  sameAs?: Partial<Record<Side, string>>;
  /**
   * Core: global open data cover (nearly) every country, so every corridor is
   * expected to have it and its absence lowers data availability. Other scored
   * indicators count only where a corridor reports them.
   */
  core?: true;
}

const WDI_P =
  'the 5th and 95th percentiles over all countries, WDI 2000-2025 (data/wdi_country_year_1990_2025.csv)';
const WDI_X =
  'the 5th and 95th percentiles over all countries, WDI 2000-2025 (wdi_extra_country_year_1990_2025.csv)';
const WGI = 'the WGI scale (-2.5 to 2.5)';

export const INDICATOR_FRAMEWORK: Readonly<Record<string, IndicatorFramework>> = {
  // root causes: pressure at origin, lower pressure scores higher
  gdp_pc_usd: {
    core: true,
    rationale:
      'Income at origin: the lower it is, the stronger the economic push to leave. Log scale: a dollar matters more at 500 than at 50,000 (as the HDI).',
    scale: 'log',
    goalposts: [450, 62000],
    goalpostNote: WDI_P,
    range: [100, 300000],
  },
  hdi_gap: {
    core: true,
    rationale:
      'The development gap between destination and origin: a wider gap pulls harder, so it scores lower.',
    goalposts: [-0.24, 0.43],
    goalpostNote:
      'the 5th and 95th percentiles of destination-minus-origin HDI 2022 over all origin-destination pairs with migrants (UN DESA stock x UNDP HDR)',
    range: [-0.7, 0.7],
  },
  poverty_extreme: {
    core: true,
    rationale: 'Extreme poverty at origin pushes people to leave: more poverty scores lower.',
    goalposts: [0, 51],
    goalpostNote: WDI_P,
    range: [0, 100],
  },
  gini: {
    core: true,
    rationale: 'Inequality at origin adds to the push to leave: a higher Gini scores lower.',
    goalposts: [26, 53],
    goalpostNote: WDI_P,
    range: [20, 70],
  },
  unemployment: {
    core: true,
    rationale:
      'Joblessness at origin is a main economic driver of emigration: higher unemployment scores lower.',
    goalposts: [1.4, 20],
    goalpostNote: WDI_P,
    range: [0, 40],
  },
  youth_unemployment: {
    rationale:
      'Young people without work are those most likely to migrate: higher youth unemployment scores lower.',
    goalposts: [2.4, 40],
    goalpostNote: WDI_X,
    range: [0, 85],
  },
  vulnerable_employment: {
    rationale:
      'Own-account and family work without security at origin: a larger share scores lower.',
    goalposts: [5.6, 78],
    goalpostNote: WDI_X,
    range: [0, 100],
  },
  political_stability: {
    sameAs: { origin: 'wgi_political_stability' },
    rationale: 'Instability and violence at origin force people out: more stability scores higher.',
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3.5, 2.5],
  },
  wgi_political_stability: {
    core: true,
    rationale: 'Instability and violence at origin force people out: more stability scores higher.',
    direction: 1,
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3.5, 2.5],
  },
  youth_unemployment_female: {
    rationale:
      'Young women without work: at origin a push to leave, at destination fewer jobs for young migrants; higher scores lower.',
    core: true,
    goalposts: [3, 49],
    goalpostNote: WDI_X,
    range: [0, 90],
  },
  youth_unemployment_male: {
    rationale:
      'Young men without work: at origin a push to leave, at destination fewer jobs for young migrants; higher scores lower.',
    core: true,
    goalposts: [2.4, 40],
    goalpostNote: WDI_X,
    range: [0, 90],
  },
  vulnerable_employment_female: {
    rationale: 'Women in own-account or family work without security: a larger share scores lower.',
    core: true,
    goalposts: [3.6, 91],
    goalpostNote: WDI_X,
    range: [0, 100],
  },
  vulnerable_employment_male: {
    rationale: 'Men in own-account or family work without security: a larger share scores lower.',
    core: true,
    goalposts: [5.6, 78],
    goalpostNote: WDI_X,
    range: [0, 100],
  },
  tertiary_enrolment: {
    rationale:
      'Tertiary enrolment: opportunities to study at home (origin) and skills a destination can use; higher scores higher.',
    goalposts: [3.1, 90],
    goalpostNote: WDI_X,
    range: [0, 170],
  },
  oda_received_pct_gni: {
    rationale:
      'Context: official development assistance to the origin, compared with remittances; neither good nor bad.',
    range: [-10, 100],
  },
  fdi_net_inflows_usd: {
    rationale: 'Context: foreign direct investment, compared with remittances; a count in US$.',
  },
  homicide_rate: {
    rationale:
      'Violence at origin (or on the route) drives flight: more homicides per person scores lower. Log scale: rates span 0.2 to 100.',
    scale: 'log',
    goalposts: [0.51, 35],
    goalpostNote: WDI_X,
    range: [0, 150],
  },
  disaster_displacement: {
    rationale:
      'Disasters displace people and start migration: more displacement per person scores lower.',
    goalposts: [0, 100],
    range: [0, 300],
  },
  refugees_per_100k: {
    sameAs: { origin: 'refugees_per_100k_origin_pop' },
    core: true,
    rationale:
      'Refugees who fled the origin, per 100,000 of its people (SDG 10.7.4): a large outflow is forced migration and scores lower. Log scale: rates span 0.1 to 30,000.',
    scale: 'log',
    goalposts: [1, 2500],
    goalpostNote:
      'about the 25th and 95th percentiles over all origins, UNHCR 2000-2019 refugees by origin over WDI population',
    range: [0, 40000],
  },
  refugees_per_100k_origin_pop: {
    dimension: 'root_causes', // pressure at origin, as SDG 10.7.4 frames it
    core: true,
    rationale:
      'Refugees who fled the origin, per 100,000 of its people (SDG 10.7.4): a large outflow is forced migration and scores lower. Log scale: rates span 0.1 to 30,000.',
    direction: -1,
    scale: 'log',
    goalposts: [1, 2500],
    goalpostNote:
      'about the 25th and 95th percentiles over all origins, UNHCR 2000-2019 refugees by origin over WDI population',
    range: [0, 40000],
  },
  // origin gains
  remittances_gdp: {
    core: true,
    direction: 1,
    rationale:
      "Remittances received as a share of the origin's GDP: the corridor's contribution to the origin's economy; more scores higher. Log scale: shares span 0.01% to 50%.",
    scale: 'log',
    goalposts: [0.065, 20],
    goalpostNote: WDI_P,
    range: [0, 60],
  },
  remittance_per_migrant: {
    core: true,
    rationale:
      'Remittances per corridor migrant: what each migrant sends home, a rate rather than a count; more scores higher. Log scale.',
    direction: 1,
    scale: 'log',
    goalposts: [240, 11600],
    goalpostNote:
      'the 5th and 95th percentiles over all corridors with 1,000+ migrants, KNOMAD 2018 remittances over UN DESA 2020 stock',
    range: [1, 300000],
    audience: ['origin', 'migrants'],
  },
  corridor_remit_cost: {
    core: true,
    rationale:
      'Cost of sending US$200 (SDG 10.c.1): every point is lost to migrants and their families. The SDG target of 3% scores 100; 15% (about the 95th percentile of all RPW corridors 2011-2020) scores 0.',
    goalposts: [3, 15],
    goalpostNote:
      'the SDG 10.c target (3%) and the 95th percentile over all RPW corridors 2011-2020 (15.9%, rounded)',
    range: [0, 35],
    audience: ['migrants', 'origin'],
  },
  remit_cost_inbound: {
    rationale:
      'Average cost of sending remittances to the origin: lower costs leave more for families. Goalposts as the corridor cost.',
    goalposts: [3, 15],
    goalpostNote:
      'the SDG 10.c target (3%) and the 95th percentile over all RPW corridors 2011-2020',
    range: [0, 35],
  },
  physician_emigration: {
    rationale:
      'Physicians working abroad as a share of those at home: a health-care loss for the origin; more scores lower.',
    range: [0, 250],
  },
  // destination gains
  employment_rate_gap: {
    rationale:
      'Employment of migrants against natives at destination: a smaller gap means skills are used; a higher (less negative) gap scores higher.',
  },
  migrant_unemployment: {
    rationale: 'Unemployment of migrants at destination: lower scores higher.',
  },
  migrant_pay_gap: {
    rationale: 'Pay gap between nationals and migrants: a smaller gap scores higher.',
  },
  overqualification: {
    rationale: 'Migrants in jobs below their education: lower scores higher (skills used).',
  },
  net_fiscal_contribution: {
    rationale: 'Net fiscal contribution of migrants at destination: higher scores higher.',
  },
  // rights
  recruitment_cost_ratio: {
    rationale:
      'Recruitment cost borne by the worker in months of earnings (SDG 10.7.1): lower scores higher.',
    audience: ['migrants', 'origin', 'destination'],
  },
  icrmw_ratified: {
    sameAs: { origin: 'icrmw_ratified_origin', destination: 'icrmw_ratified_destination' },
    rationale:
      "Ratification of the Migrant Workers Convention commits the country to migrants' rights: ratified scores 100.",
  },
  icrmw_ratified_origin: {
    core: true,
    rationale:
      "Ratification of the Migrant Workers Convention by the origin commits it to its emigrants' rights: ratified scores 100.",
    direction: 1,
    goalposts: [0, 1],
    range: [0, 1],
    audience: ['origin', 'migrants'],
  },
  icrmw_ratified_destination: {
    core: true,
    rationale:
      "Ratification of the Migrant Workers Convention by the destination commits it to migrants' rights: ratified scores 100.",
    direction: 1,
    goalposts: [0, 1],
    range: [0, 1],
    audience: ['destination', 'migrants'],
  },
  ilo_migrant_conventions: {
    rationale:
      'ILO conventions on migrant and domestic workers ratified (0-3): more scores higher.',
  },
  mipex_overall: {
    rationale:
      'MIPEX integration policy at destination: a higher score means more equal rights for migrants.',
    audience: ['destination', 'migrants'],
  },
  mipex_antidiscrimination: {
    rationale: 'MIPEX anti-discrimination policy at destination: higher scores higher.',
  },
  mipex_health: {
    rationale: 'MIPEX health policy for migrants at destination: higher scores higher.',
  },
  migrant_poverty_gap: {
    rationale: 'Poverty risk of migrants over natives at destination: a smaller gap scores higher.',
  },
  occupational_injury_migrants: {
    rationale: 'Work injuries of migrant workers per 100,000: lower scores higher.',
  },
  migrant_acceptance: {
    rationale: 'Acceptance of migrants by the population: higher scores higher.',
  },
  removal_rate: { rationale: 'Removals per 1,000 corridor migrants: fewer scores higher.' },
  // governance
  sdg1072_all_domains: {
    rationale:
      'SDG 10.7.2 well-managed migration policy, all six domains (1 requires further progress - 4 fully meets): higher scores higher.',
  },
  sdg1072_rights_domain: {
    rationale: "SDG 10.7.2 domain on migrants' rights: higher scores higher.",
  },
  mgi_rounds: {
    rationale: 'Migration Governance Indicators assessments completed: more scores higher.',
  },
  bilateral_labour_agreement: {
    rationale: 'A bilateral labour agreement opens a regular pathway: present scores 100.',
    audience: ['origin', 'destination', 'migrants'],
  },
  social_security_agreement: {
    rationale: 'A social security agreement keeps contributions portable: present scores 100.',
    audience: ['origin', 'destination', 'migrants'],
  },
  visa_free_access: {
    rationale:
      "Visa-free access for the origin's passport at destination: a regular way to travel; present scores 100.",
    audience: ['origin', 'destination', 'migrants'],
  },
  visa_required: {
    core: true,
    rationale:
      "A visa is required for the origin's passport at destination: fewer regular ways to travel, so required (1) scores 0.",
    direction: -1,
    goalposts: [0, 1],
    range: [0, 1],
    audience: ['origin', 'destination', 'migrants'],
  },
  diaspora_institution: { rationale: 'A government body for the diaspora: present scores 100.' },
  gcm_review_submitted: {
    rationale: 'A voluntary Global Compact review submitted: present scores 100.',
  },
  wgi_rule_of_law: {
    dimension: 'governance_policy', // how well the state governs, not a push to leave
    core: true,
    rationale:
      'Rule of law: contracts, courts and police that protect migrants and residents alike; higher scores higher.',
    direction: 1,
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3, 2.5],
  },
  wgi_government_effectiveness: {
    dimension: 'governance_policy', // how well the state governs, not a push to leave
    core: true,
    rationale:
      'Government effectiveness: a state able to run migration services; higher scores higher.',
    direction: 1,
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3, 2.5],
  },
  wgi_control_of_corruption: {
    dimension: 'governance_policy', // how well the state governs, not a push to leave
    core: true,
    rationale:
      'Control of corruption: fewer bribes at borders and in recruitment; higher scores higher.',
    direction: 1,
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3, 2.5],
  },
  wgi_regulatory_quality: {
    dimension: 'governance_policy', // how well the state governs, not a push to leave
    core: true,
    rationale:
      'Regulatory quality: rules that let migrants work and send money formally; higher scores higher.',
    direction: 1,
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3, 2.5],
  },
  wgi_voice_accountability: {
    dimension: 'governance_policy', // how well the state governs, not a push to leave
    core: true,
    rationale: 'Voice and accountability: rights that migrants can claim; higher scores higher.',
    direction: 1,
    goalposts: [-2.5, 2.5],
    goalpostNote: WGI,
    range: [-3, 2.5],
  },
  // context: shown, not scored; ranges from the full extracts
  net_migration_rate: {
    rationale: 'Context: net migration per 1,000 people, a flow that is neither good nor bad.',
    range: [-150, 220],
  },
  gdp_pc_ppp_ratio: {
    rationale:
      'Context: the income gap between destination and origin (PPP); its pull shows in root causes as the HDI gap.',
    range: [0.01, 200],
  },
  corridor_stock: {
    rationale:
      'Context: migrants from the origin living in the destination, the denominator of the per-migrant rates.',
    range: [0, 13000000],
  },
  emigrants_total: {
    rationale: 'Context: emigrants from the origin to all destinations.',
    range: [0, 40000000],
  },
  immigrants_total: {
    rationale: 'Context: immigrants in the destination from all origins.',
    range: [0, 60000000],
  },
  immigrant_share: {
    rationale: 'Context: migrants as a share of the destination population.',
    range: [0, 95],
  },
  emigration_rate: {
    rationale: 'Context: emigrants as a share of the origin population and its emigrants.',
    range: [0, 70],
  },
  corridor_remittances: {
    rationale:
      'Context: total remittances in the corridor, a count; scored per migrant as remittance_per_migrant.',
    range: [0, 40000],
  },
  route_dead_missing: {
    range: [0, 10000],
    rationale:
      'Context: dead and missing on the route, a count; scored per 100,000 corridor migrants as corridor_deaths_per_100k_migrants.',
  },
  // route safety
  deaths_per_10k_crossings: {
    rationale:
      'Deaths per 10,000 irregular crossings (SDG 10.7.3 as a rate): fewer deaths per crossing scores higher.',
    audience: ['migrants', 'transit'],
  },
  corridor_deaths_per_100k_migrants: {
    core: true,
    rationale:
      "Dead and missing on the corridor's route (SDG 10.7.3) per 100,000 corridor migrants: a rate, not a count; more deaths per migrant scores lower. Log scale: rates span orders of magnitude between routes.",
    direction: -1,
    scale: 'log',
    goalposts: [0.23, 69],
    goalpostNote:
      'the 5th and 95th percentiles of log10 over every origin-destination pair of the open-data pack attributed to a Missing Migrants region (3,070 pairs), IOM MMP 2014-2024, 32,788 pair-years (843 zeros), rounded to 2 significant figures (scripts/framework/derive-goalposts.ts); each pair-year counts once, as the rate is that of its regions, not of its own stock',
    range: [0, 100000],
    audience: ['migrants', 'transit'],
  },
  corridor_refugees_share: {
    core: true,
    rationale:
      'Refugees among the corridor migrants: a larger share means the corridor carries forced rather than chosen migration, so it scores lower.',
    direction: -1,
    goalposts: [0, 50],
    goalpostNote:
      'the range in which corridor shares fall outside conflict origins (UNHCR 2019 bilateral over UN DESA 2020 stock); 50% or more scores 0',
    range: [0, 100],
    audience: ['migrants', 'origin'],
  },
  asylum_recognition_rate: {
    rationale:
      'Share of asylum decisions for origin nationals that grant protection: higher scores higher.',
    audience: ['migrants', 'destination'],
  },
  smuggling_fee: {
    rationale: 'Fee paid to smugglers per journey: lower scores higher.',
    audience: ['migrants', 'transit'],
  },
};

/** Roles of the count, flow, stock and share indicators kept as context (direction 0). */
const CONTEXT_REASON = 'context: shown beside the scores, not scored';

/**
 * The entry with the framework applied: direction, goalposts, scale, range and rationale.
 * @param e - a catalogue entry
 * @returns a new entry (the input is not mutated)
 * @example withFramework(entry).rationale
 */
export function withFramework(e: CatalogueEntry): CatalogueEntry {
  const f = INDICATOR_FRAMEWORK[e.id];
  if (!f) return e;
  const [min, max] = f.range ?? [e.min, e.max];
  return {
    ...e,
    dimension: f.dimension ?? e.dimension,
    direction: f.direction ?? e.direction,
    min,
    max,
    ...(f.goalposts ? { goalpostLower: f.goalposts[0], goalpostUpper: f.goalposts[1] } : {}),
    ...(f.scale ? { scale: f.scale } : {}),
    rationale: f.rationale,
    ...(f.goalpostNote ? { goalpostNote: f.goalpostNote } : {}),
    ...(f.audience ? { audience: f.audience } : {}),
    ...(f.core ? { core: true } : {}),
    ...(f.sameAs ? { sameAs: f.sameAs } : {}),
  };
}

/**
 * Why an entry is not scored, or null when it is.
 * @param e - a catalogue entry with the framework applied
 * @returns the reason, or null
 * @example notScoredReason({ ...entry, direction: 0 }) // => 'context: shown beside the scores, not scored'
 */
export function notScoredReason(e: Pick<CatalogueEntry, 'direction' | 'dimension'>): string | null {
  const role = DIMENSION_FRAMEWORK[e.dimension]?.role ?? 'scored';
  if (role === 'availability') return 'data availability: reported beside the score, not in it';
  if (role === 'context' || e.direction === 0) return CONTEXT_REASON;
  return null;
}
