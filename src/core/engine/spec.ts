/**
 * The pipeline spec: plain JSON in COINr's vocabulary, validated with zod.
 * Every key is optional; an absent key skips its stage. Stages always run in
 * COINr's order: denominate, impute, screen, treat, normalise, aggregate.
 *
 * Keys a caller may vary between runs (uncertainty analysis builds variants
 * by replacing them, the spec stays plain JSON):
 * - `normalise.method` / `normalise.params`, e.g. `{ method: 'n_zscore', params: { m_sd: [10, 2] } }`
 * - `aggregate.method`: a name, or `{ "2": "a_amean", "3": "a_gmean" }` per level
 * - `treat.winmax`: the maximum number of winsorised points per indicator
 * - `weights.levels`: `{ "2": { Physical: 1.2, ... } }` replaces weights of the
 *   named iCodes (any level) after the chosen set
 * - `impute.method`
 * @module
 */
import { z } from 'zod';

const pair = z.tuple([z.number(), z.number()]);
const ties = z.enum(['min', 'average', 'max']);
const levelKey = z.string().regex(/^\d+$/, 'expected a level number such as "2"');

const NORMALISERS = [
  'n_minmax',
  'n_zscore',
  'n_scaled',
  'n_dist2max',
  'n_dist2ref',
  'n_dist2targ',
  'n_fracmax',
  'n_rank',
  'n_prank',
  'n_borda',
  'n_goalposts',
  'none',
] as const;

function normaliseOptions<T extends z.ZodRawShape>(extra: T) {
  const o = <M extends string, P extends z.ZodType>(method: M, params: P) =>
    z.strictObject({ method: z.literal(method), params, ...extra });
  return [
    o('n_minmax', z.strictObject({ l_u: pair }).optional()),
    o('n_zscore', z.strictObject({ m_sd: pair }).optional()),
    o('n_scaled', z.strictObject({ npara: pair, scale_factor: z.number().optional() }).optional()),
    o('n_dist2max', z.strictObject({}).optional()),
    o(
      'n_dist2ref',
      z.strictObject({
        iref: z.union([z.number().int().min(1), z.string()]),
        cap_max: z.boolean().optional(),
      }),
    ),
    o(
      'n_dist2targ',
      z
        .union([
          z.literal('use_iMeta'),
          z.strictObject({ targ: z.number().optional(), cap_max: z.boolean().optional() }),
        ])
        .optional(),
    ),
    o('n_fracmax', z.strictObject({}).optional()),
    o('n_rank', z.strictObject({ ties_method: ties.optional() }).optional()),
    o('n_prank', z.strictObject({ ties_method: ties.optional() }).optional()),
    o('n_borda', z.strictObject({ ties_method: ties.optional() }).optional()),
    o(
      'n_goalposts',
      z
        .union([
          z.literal('use_iMeta'),
          z.strictObject({
            gposts: z.tuple([z.number(), z.number(), z.number()]),
            trunc2posts: z.boolean().optional(),
          }),
        ])
        .optional(),
    ),
    o('none', z.strictObject({}).optional()),
  ] as const;
}

const unknownMethod = (names: readonly string[]) => ({
  error: (iss: { input?: unknown }) => {
    const m = (iss.input as { method?: unknown } | undefined)?.method;
    return `unknown method ${JSON.stringify(m)}; expected one of ${names.join(', ')}`;
  },
});

/** One normalisation method with its COINr parameters. */
export const normaliseOneSchema = z.discriminatedUnion(
  'method',
  normaliseOptions({}),
  unknownMethod(NORMALISERS),
);
/** The normalise stage: a method for all indicators plus optional per-indicator overrides. */
export const normaliseSchema = z.discriminatedUnion(
  'method',
  normaliseOptions({ indiv: z.record(z.string(), normaliseOneSchema).optional() }),
  unknownMethod(NORMALISERS),
);

export const AGGREGATORS = ['a_amean', 'a_gmean', 'a_hmean', 'a_genmean', 'a_copeland'] as const;
const aggMethod = z.enum(AGGREGATORS);

export const aggregateSchema = z.strictObject({
  /** One method for every level, or one per level ("2", "3", ...); default a_amean. */
  method: z
    .union([aggMethod, z.record(levelKey, aggMethod)], {
      error: `expected one of ${AGGREGATORS.join(', ')}, or an object of level -> method such as {"2": "a_amean"}`,
    })
    .optional(),
  /** a_genmean's power p (default 2). */
  params: z.strictObject({ p: z.number().refine((p) => p !== 0, 'p must not be 0') }).optional(),
  /** Minimum share of non-missing children for an aggregate value (default 0). */
  dat_thresh: z.number().min(0).max(1).optional(),
});

const weightMap = z.record(z.string(), z.number().finite());
export const weightsSchema = z.union([
  z.string(),
  z.strictObject({
    /** "Original" (iMeta Weight, default), "Equal", or a name in `sets`. */
    set: z.string().optional(),
    /** Named weight sets: iCode -> weight. */
    sets: z.record(z.string(), weightMap).optional(),
    /** Per-level overrides: a set name, or iCode -> weight. */
    levels: z.record(levelKey, z.union([z.string(), weightMap])).optional(),
  }),
]);

const treatOne = {
  winmax: z.number().int().min(0).optional(),
  skew_thresh: z.number().positive().optional(),
  kurt_thresh: z.number().optional(),
  f1: z.enum(['winsorise', 'none']).optional(),
  f2: z.enum(['log_CT', 'log_CT_orig', 'log_CT_plus', 'boxcox', 'none']).optional(),
  /** Box-Cox lambda (f2 = boxcox), default 0.5. */
  lambda: z.number().optional(),
};
export const treatSchema = z.union([
  z.literal(true),
  z.strictObject({
    ...treatOne,
    indiv: z.record(z.string(), z.union([z.literal('none'), z.strictObject(treatOne)])).optional(),
  }),
]);

export const imputeSchema = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ method: z.literal('i_mean') }),
    z.strictObject({ method: z.literal('i_median') }),
    z.strictObject({ method: z.literal('i_mean_grp'), group: z.string() }),
    z.strictObject({ method: z.literal('i_median_grp'), group: z.string() }),
    z.strictObject({
      method: z.literal('impute_panel'),
      imp_type: z.enum(['latest', 'linear']),
      /** latest: look back at most this many earlier time points of the panel (default unlimited). */
      max_time: z.number().int().min(1).optional(),
      /** Keep only the rows of this Time after imputing. */
      time: z.number().optional(),
    }),
  ],
  unknownMethod(['i_mean', 'i_median', 'i_mean_grp', 'i_median_grp', 'impute_panel']),
);

export const screenSchema = z.strictObject({
  dat_thresh: z.number().min(0).max(1).optional(),
  nonzero_thresh: z.number().min(0).max(1).optional(),
  unit_screen: z.enum(['byNA', 'byzeros', 'byNAandzeros']).optional(),
});

export const denominateSchema = z.union([
  z.boolean(),
  z.strictObject({
    /** iCode -> denominator column, replacing iMeta's Denominator. */
    denomby: z.record(z.string(), z.string()).optional(),
    /** Multiplies every denominated value (default 1). */
    scale_factor: z.number().optional(),
  }),
]);

export const pipelineSpecSchema = z.strictObject({
  denominate: denominateSchema.optional(),
  impute: imputeSchema.optional(),
  screen: screenSchema.optional(),
  treat: treatSchema.optional(),
  normalise: normaliseSchema.optional(),
  weights: weightsSchema.optional(),
  aggregate: aggregateSchema.optional(),
});

export type PipelineSpec = z.output<typeof pipelineSpecSchema>;
export type NormaliseSpec = z.output<typeof normaliseSchema>;
export type NormaliseOneSpec = z.output<typeof normaliseOneSchema>;
export type AggregateSpec = z.output<typeof aggregateSchema>;
export type WeightsSpec = z.output<typeof weightsSchema>;
export type TreatSpec = z.output<typeof treatSchema>;
export type ImputeSpec = z.output<typeof imputeSchema>;
export type ScreenSpec = z.output<typeof screenSchema>;
export type DenominateSpec = z.output<typeof denominateSchema>;
export type AggregatorName = (typeof AGGREGATORS)[number];
