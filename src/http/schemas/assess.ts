/** POST /v1/validate and /v1/assess bodies and answers. @module */
import { z } from 'zod';
import { named } from './registry.ts';
import { Issue, Workbook, WriteBack } from './workbook.ts';

const Score = z.number().nullable();

export const AssessRequest = named(
  'AssessRequest',
  Workbook.extend({
    options: z
      .object({
        uncertaintyRuns: z
          .number()
          .int()
          .min(0)
          .max(10_000)
          .optional()
          .describe(
            "Overrides the Method tab's uncertainty runs (0 = skip), up to the caller's role limit",
          ),
        uncertainty: z
          .boolean()
          .optional()
          .describe(
            "Run the uncertainty and sensitivity analysis with the Method tab's runs (default false: rank intervals and Sobol indices are left empty)",
          ),
        seed: z.number().int().min(0).optional(),
      })
      .optional(),
  }),
  'A workbook, with optional scoring options beside its tabs.',
);

export const Summary = named(
  'Summary',
  z.object({
    corridors: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    top: z.array(z.object({ corridorId: z.string(), overall: Score, rank: Score })),
  }),
);

export const ValidateResponse = named(
  'ValidateResponse',
  z.object({ ok: z.boolean(), issues: z.array(Issue), summary: Summary.omit({ top: true }) }),
);

const CorridorScore = z.object({
  corridorId: z.string(),
  origin: z.string(),
  transit: z.string().optional(),
  destination: z.string(),
  overall: Score,
  rank: Score,
  rankQ5: Score,
  rankQ95: Score,
  dimensions: z.record(z.string(), Score),
  perspectives: z.record(z.string(), Score),
  coverage: z.number(),
});

export const Benchmark = named(
  'Benchmark',
  z.object({
    generatedAt: z.string(),
    corridors: z.array(CorridorScore),
    indicators: z.array(
      z.object({
        corridorId: z.string(),
        indicator: z.string(),
        side: z.string(),
        value: Score,
        score: Score,
        rank: Score,
        year: Score,
        source: z.string().nullable(),
      }),
    ),
    sensitivity: z.array(z.object({ input: z.string(), firstOrder: Score, totalOrder: Score })),
    gaps: z.array(
      z.object({
        corridorId: z.string(),
        indicator: z.string(),
        status: z.enum(['available', 'stale', 'missing']),
        year: Score,
      }),
    ),
    method: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
);

export const AssessResponse = named(
  'AssessResponse',
  z.object({
    ok: z.boolean(),
    issues: z.array(Issue),
    summary: Summary,
    benchmark: Benchmark.nullable().describe('Null when errors prevented scoring'),
    writeBack: WriteBack.describe('Validation tab always; benchmark tabs only when scoring ran'),
  }),
);
