/**
 * The corridor template's tabs and columns: the single source of truth for
 * the template generator, the reader, the validator and the example builder.
 * Row 1 of every input tab is the header row; data start on row 2.
 * @module
 */

export const INPUT_TABS = {
  instructions: 'Instructions',
  corridors: 'Corridors',
  indicators: 'Indicators',
  policy: 'Policy',
  availability: 'Data availability',
  catalogue: 'Catalogue',
  method: 'Method',
} as const;

export const GENERATED_TABS = {
  validation: 'Validation',
  scorecard: 'Scorecard',
  ranking: 'Ranking',
  perspectives: 'Perspectives',
  trends: 'Trends',
  dataGaps: 'Data gaps',
  sensitivity: 'Sensitivity',
  audit: 'Audit',
  methodSources: 'Method & sources',
} as const;

export type GeneratedTabName = (typeof GENERATED_TABS)[keyof typeof GENERATED_TABS];

/** Header of each input tab, in column order (A, B, C, ...). */
export const COLUMNS = {
  Corridors: [
    'corridor_id',
    'origin',
    'transit',
    'destination',
    'period_start',
    'period_end',
    'team',
    'contact_name',
    'contact_email',
  ],
  Indicators: [
    'corridor_id',
    'indicator',
    'side',
    'country',
    'year',
    'value',
    'unit',
    'source',
    'source_code',
    'note',
    'confidence',
  ],
  Policy: ['corridor_id', 'question', 'side', 'country', 'answer', 'year', 'source', 'note'],
  'Data availability': [
    'corridor_id',
    'item',
    'side',
    'country',
    'status',
    'latest_year',
    'source',
    'note',
  ],
  Catalogue: [
    'id',
    'name',
    'dimension',
    'unit',
    'side',
    'direction',
    'min',
    'max',
    'source',
    'code',
    'weight',
    'goalpost_lower',
    'goalpost_upper',
  ],
  Method: ['setting', 'value', 'allowed', 'description'],
} as const;

export const SIDES = ['origin', 'transit', 'destination', 'corridor', 'migrants'] as const;
export type Side = (typeof SIDES)[number];

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const AVAILABILITY_STATUS = ['available', 'partial', 'missing'] as const;
