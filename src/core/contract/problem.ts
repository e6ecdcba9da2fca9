/** The RFC 9457 problem body, as documented in OpenAPI. @module */
import { z } from 'zod';
import { named } from './schema-registry.ts';

export const ProblemSchema = named(
  'Problem',
  z.object({
    type: z.string().describe('URI reference to the problem type, e.g. /docs#problem-unauthorized'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path'),
    requestId: z.string().describe('Also sent as the X-Request-Id header'),
    errors: z
      .array(
        z.object({
          pointer: z.string().optional(),
          parameter: z.string().optional(),
          detail: z.string(),
        }),
      )
      .optional()
      .describe('Field errors of a 422: a JSON Pointer into the body, or a query parameter name'),
  }),
  'An error, as application/problem+json (RFC 9457).',
);

/** An RFC 9457 problem as the API sends it; field errors carry a JSON `pointer` or a `parameter`. */
export type Problem = z.infer<typeof ProblemSchema>;
