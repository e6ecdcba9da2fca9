/**
 * Policy questions for the Policy tab, MIPEX/MGI-style: each answer option
 * scores 0, 50 or 100. They grade what the 0/1 governance indicators only flag.
 * @module
 */
import type { Side } from '../layout.ts';
import type { DimensionId } from '../types.ts';

export interface PolicyOption {
  answer: string;
  score: 0 | 50 | 100;
}

export interface PolicyQuestion {
  id: string;
  question: string;
  dimension: DimensionId;
  sides: Side[];
  options: PolicyOption[];
  source: string;
  /** Official code where one exists (SDG series, treaty id). */
  code: string;
}

const RATIFIED: PolicyOption[] = [
  { answer: 'ratified', score: 100 },
  { answer: 'signed, not ratified', score: 50 },
  { answer: 'not signed', score: 0 },
];
const AGREEMENT: PolicyOption[] = [
  { answer: 'in force', score: 100 },
  { answer: 'signed or memorandum only', score: 50 },
  { answer: 'none', score: 0 },
];
const SDG_1072: PolicyOption[] = [
  { answer: 'fully meets', score: 100 },
  { answer: 'meets', score: 100 },
  { answer: 'partially meets', score: 50 },
  { answer: 'requires further progress', score: 0 },
];

const sdgDomain = (n: number, topic: string): PolicyQuestion => ({
  id: `sdg1072_domain${n}`,
  question: `SDG 10.7.2 domain ${n} (${topic}): how does the country's policy rate?`,
  dimension: 'governance_policy',
  sides: ['origin', 'transit', 'destination'],
  options: SDG_1072,
  source: 'UN Inquiry among Governments on Population and Development',
  code: `SG_CPA_MIGRS (domain ${n})`,
});

const iloConvention = (c: string, title: string): PolicyQuestion => ({
  id: `ilo_${c.toLowerCase()}`,
  question: `Has the country ratified ILO ${c} (${title})?`,
  dimension: 'wellbeing_rights',
  sides: ['origin', 'destination'],
  options: [
    { answer: 'ratified', score: 100 },
    { answer: 'ratification under way', score: 50 },
    { answer: 'not ratified', score: 0 },
  ],
  source: 'ILO NORMLEX',
  code: c,
});

export const POLICY_QUESTIONS: readonly PolicyQuestion[] = [
  {
    id: 'icrmw',
    question:
      'Has the country ratified the International Convention on the Protection of the Rights of All Migrant Workers (ICRMW, 1990)?',
    dimension: 'wellbeing_rights',
    sides: ['origin', 'transit', 'destination'],
    options: RATIFIED,
    source: 'OHCHR treaty database',
    code: 'ICRMW',
  },
  iloConvention('C97', 'Migration for Employment, 1949'),
  iloConvention('C143', 'Migrant Workers (Supplementary Provisions), 1975'),
  iloConvention('C189', 'Domestic Workers, 2011'),
  {
    id: 'bla',
    question: 'Is there a bilateral labour agreement between origin and destination?',
    dimension: 'governance_policy',
    sides: ['corridor'],
    options: AGREEMENT,
    source: 'ILO / World Bank bilateral labour agreement inventories',
    code: 'GCM objective 5',
  },
  {
    id: 'ssa',
    question:
      'Is there a social security (benefit portability) agreement between origin and destination?',
    dimension: 'governance_policy',
    sides: ['corridor'],
    options: AGREEMENT,
    source: 'National sources; ISSA',
    code: 'GCM objective 22',
  },
  {
    id: 'visa_access',
    question: 'How can origin nationals enter the destination for a short stay?',
    dimension: 'governance_policy',
    sides: ['corridor'],
    options: [
      { answer: 'visa-free', score: 100 },
      { answer: 'visa on arrival or e-visa', score: 50 },
      { answer: 'visa required', score: 0 },
    ],
    source: 'Destination visa lists',
    code: 'VISA_POLICY',
  },
  {
    id: 'diaspora_body',
    question: 'Does the origin have a government institution for its diaspora?',
    dimension: 'governance_policy',
    sides: ['origin'],
    options: [
      { answer: 'dedicated ministry or agency', score: 100 },
      { answer: 'unit within a ministry', score: 50 },
      { answer: 'none', score: 0 },
    ],
    source: 'IOM MGI; national sources',
    code: 'MGI_DIASPORA',
  },
  {
    id: 'gcm_review',
    question: 'Has the country submitted a voluntary Global Compact for Migration review?',
    dimension: 'governance_policy',
    sides: ['origin', 'transit', 'destination'],
    options: [
      { answer: 'latest round', score: 100 },
      { answer: 'earlier round only', score: 50 },
      { answer: 'never', score: 0 },
    ],
    source: 'UN Network on Migration',
    code: 'GCM_VOLUNTARY_REVIEW',
  },
  {
    id: 'mgi_assessment',
    question: 'Has the country completed an IOM Migration Governance Indicators assessment?',
    dimension: 'governance_policy',
    sides: ['origin', 'transit', 'destination'],
    options: [
      { answer: 'within the last 5 years', score: 100 },
      { answer: 'more than 5 years ago', score: 50 },
      { answer: 'never', score: 0 },
    ],
    source: 'IOM Migration Governance Indicators',
    code: 'IOM_MGI',
  },
  sdgDomain(1, "migrants' rights"),
  sdgDomain(2, 'whole-of-government, evidence-based policies'),
  sdgDomain(3, 'cooperation and partnerships'),
  sdgDomain(4, 'socioeconomic well-being'),
  sdgDomain(5, 'mobility dimensions of crises'),
  sdgDomain(6, 'safe, orderly and regular migration'),
];

/** Question id -> question. */
export function policyQuestionIndex(
  questions: readonly PolicyQuestion[] = POLICY_QUESTIONS,
): Map<string, PolicyQuestion> {
  return new Map(questions.map((q) => [q.id, q]));
}
