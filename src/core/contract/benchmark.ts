/**
 * The benchmark an assessment returns, as zod schemas: the HTTP API documents
 * it with them, and a type test holds them to the core's Benchmark type field
 * for field (test/contract/benchmark-schema.test.ts).
 * @module
 */
import { z } from 'zod';
import { named } from './schema-registry.ts';

const Score = z.number().nullable();
const Side = z.string().describe('origin, transit, destination, corridor or migrants');
const Dimension = z.string().describe('A dimension id of the framework, e.g. root_causes');

export const CorridorScoreSchema = z.object({
  corridorId: z.string(),
  origin: z.string(),
  transit: z.string().optional(),
  destination: z.string(),
  overall: Score.describe('Overall score 0-100; null when not computable'),
  rank: Score,
  rankQ5: Score.describe('5th percentile of the rank over the uncertainty runs'),
  rankQ95: Score.describe('95th percentile of the rank over the uncertainty runs'),
  dimensions: z.record(z.string(), Score),
  perspectives: z.record(z.string(), Score),
  coverage: z
    .number()
    .describe(
      'Data availability (0-1): share of the scored indicators expected of the corridor with a usable value; reported beside the score, never in it',
    ),
  unranked: z
    .string()
    .nullable()
    .optional()
    .describe('Why the corridor is not ranked (null when it is)'),
  referenceYear: z.number().int().optional().describe("The corridor's period end"),
});

export const IndicatorScoreSchema = z.object({
  corridorId: z.string(),
  indicator: z.string(),
  side: Side,
  value: Score,
  score: Score,
  rank: Score,
  year: Score,
  source: z.string().nullable(),
});

export const SensitivityRowSchema = z.object({
  input: z.string().describe('One uncertain method choice'),
  firstOrder: Score,
  totalOrder: Score,
});

export const GapSchema = z.object({
  corridorId: z.string(),
  indicator: z.string(),
  status: z.enum(['available', 'stale', 'missing']),
  year: Score,
  inCoverage: z.boolean().optional().describe("Counts towards the corridor's coverage"),
});

export const IndicatorMetaSchema = z.object({
  iCode: z.string().describe('indicator.side, e.g. unemployment.origin'),
  indicator: z.string(),
  name: z.string(),
  side: Side,
  dimension: Dimension,
  unit: z.string(),
  direction: z.number().describe('1 higher is better, -1 lower is better, 0 descriptive'),
  weight: z.number(),
  goalpostLower: Score,
  goalpostUpper: Score,
  scored: z.boolean(),
  reason: z.string().nullable().describe('Why it stayed out of the scores, when it did'),
  source: z.string(),
  code: z.string(),
  scale: z.enum(['log']).optional().describe('Scored on log10 of the value, goalposts likewise'),
  audience: z
    .array(z.enum(['origin', 'transit', 'destination', 'migrants']))
    .optional()
    .describe('The perspectives it counts for'),
  expected: z
    .boolean()
    .optional()
    .describe('Expected of every corridor (core open-data indicator)'),
});

const Correlation = Score.describe('Pearson correlation; null below 5 corridors or without spread');
export const AuditSchema = z.object({
  indicators: z.array(
    z.object({
      iCode: z.string(),
      dimension: Dimension,
      withDimension: Correlation,
      withIndex: Correlation,
      n: z.number().int(),
      negative: z.boolean().describe('Correlates negatively with its own dimension'),
    }),
  ),
  dimensions: z.array(
    z.object({
      dimension: Dimension,
      indicators: z.number().int(),
      inConsistency: z
        .number()
        .int()
        .describe(
          'Indicators reported for at least half of the corridors (alpha and PCA use these)',
        ),
      alpha: Score.describe("Cronbach's alpha"),
      pc1: Score.describe('Variance share of the first principal component'),
      pcaRows: z.number().int(),
      withIndex: Correlation,
    }),
  ),
  dimensionsPc1: Score,
});

export const TrendRowSchema = z.object({
  corridorId: z.string(),
  iCode: z.string(),
  direction: z.number(),
  firstYear: z.number(),
  firstValue: z.number(),
  lastYear: z.number(),
  lastValue: z.number(),
  change: z.number(),
  perYear: Score,
  verdict: z.enum(['better', 'worse', 'flat', 'descriptive']),
  points: z.number(),
});

export const YearScoreSchema = z.object({
  corridorId: z.string(),
  year: z.number(),
  overall: Score,
  rank: Score,
  dimensions: z.record(z.string(), Score),
});

export const SourceUseSchema = z.object({
  source: z.string(),
  code: z.string(),
  iCodes: z.array(z.string()),
  values: z.number(),
});

export const EngineLogLineSchema = z.object({
  run: z.string(),
  stage: z.string(),
  args: z.string().describe("The stage's exact arguments as JSON"),
  notes: z.array(z.string()),
});

export const DimensionDriverSchema = z.object({
  dimension: Dimension,
  correlation: Score.describe('Pearson correlation with the overall score'),
  weight: z.number(),
  corridors: z.number(),
});

export const ReportedAvailabilitySchema = z.object({
  corridorId: z.string(),
  item: z.string(),
  side: Side,
  country: z.string().nullable(),
  status: z.enum(['available', 'partial', 'missing']),
  latestYear: Score,
  source: z.string().nullable(),
});

export const BenchmarkSchema = named(
  'Benchmark',
  z.object({
    generatedAt: z.string(),
    corridors: z.array(CorridorScoreSchema),
    indicators: z.array(IndicatorScoreSchema),
    sensitivity: z.array(SensitivityRowSchema),
    gaps: z.array(GapSchema),
    method: z.record(z.string(), z.union([z.string(), z.number()])),
    meta: z
      .array(IndicatorMetaSchema)
      .optional()
      .describe('Every indicator column and why it was or was not scored'),
    trends: z
      .array(TrendRowSchema)
      .optional()
      .describe('Changes over the years per corridor x indicator'),
    yearScores: z
      .array(YearScoreSchema)
      .optional()
      .describe('Composite scores per corridor and year (panel mode)'),
    sources: z
      .array(SourceUseSchema)
      .optional()
      .describe('Every source used, with what it supplied'),
    log: z.array(EngineLogLineSchema).optional().describe("The engine's log of every run"),
    drivers: z
      .array(DimensionDriverSchema)
      .optional()
      .describe('Correlation of each dimension with the overall score'),
    availability: z
      .array(ReportedAvailabilitySchema)
      .optional()
      .describe('What the teams reported in the Data availability tab'),
    audit: AuditSchema.optional().describe(
      "The statistical audit: correlations, Cronbach's alpha, PCA",
    ),
    referenceYears: z
      .record(z.string(), z.number())
      .optional()
      .describe('Indicator iCode -> the reference year its values are compared at'),
  }),
);

export const AssessSummarySchema = named(
  'Summary',
  z.object({
    corridors: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    top: z
      .array(z.object({ corridorId: z.string(), overall: Score, rank: Score }))
      .describe('Top corridors by overall score, best first'),
  }),
);

/** The counts and the top corridors of one assessment. */
export type AssessSummary = z.infer<typeof AssessSummarySchema>;
/** The benchmark as it travels: JSON with these fields (the core's own type is narrower). */
export type BenchmarkJson = z.infer<typeof BenchmarkSchema>;
