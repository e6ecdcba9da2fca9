/** GET /v1/catalogue: the built-in indicators, dimensions and policy questions. @module */
import { z } from 'zod';
import { named } from '../../core/contract/schema-registry.ts';
import { CATALOGUE, DIMENSIONS, POLICY_QUESTIONS } from '../../core/template/catalogue/index.ts';
import { defineRoute } from '../route.ts';

const Side = z.enum(['origin', 'transit', 'destination', 'corridor', 'migrants']);

export const CatalogueResponse = named(
  'CatalogueResponse',
  z.object({
    dimensions: z.array(z.object({ id: z.string(), label: z.string() })),
    indicators: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        dimension: z.string(),
        unit: z.string(),
        sides: z.array(Side),
        direction: z
          .union([z.literal(1), z.literal(-1), z.literal(0)])
          .describe('1 higher is better, -1 lower is better, 0 descriptive (never scored)'),
        min: z.number(),
        max: z.number(),
        source: z.string(),
        code: z.string(),
        weight: z.number(),
        goalpostLower: z.number().optional(),
        goalpostUpper: z.number().optional(),
        custom: z.boolean(),
      }),
    ),
    policyQuestions: z.array(
      z.object({
        id: z.string(),
        question: z.string(),
        dimension: z.string(),
        sides: z.array(Side),
        options: z.array(z.object({ answer: z.string(), score: z.number() })),
        source: z.string(),
        code: z.string(),
      }),
    ),
  }),
);

export const catalogue = defineRoute({
  method: 'GET',
  path: '/v1/catalogue',
  operationId: 'catalogue',
  summary: 'The indicator catalogue',
  description:
    'Every built-in indicator with its dimension, sides, direction, plausible range, source and official code; the eight dimensions; the policy questions and their 0/50/100 answers.',
  tag: 'Template',
  access: ['statistician', 'coordinator', 'partner'],
  responses: [{ status: 200, description: 'The catalogue.', schema: CatalogueResponse }],
  handle: (c) =>
    c.json({ dimensions: DIMENSIONS, indicators: CATALOGUE, policyQuestions: POLICY_QUESTIONS }),
});
