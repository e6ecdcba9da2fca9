/** POST /v1/assess: validate, score and render the write-back of a workbook. @module */
import { assess } from '../../core/assess/assess.ts';
import { AssessRequestSchema, AssessResponseSchema } from '../../core/contract/assess-api.ts';
import { assertGridLimits } from '../check-grid-limits.ts';
import { defineRoute } from '../route.ts';

export const assessRoute = defineRoute({
  method: 'POST',
  path: '/v1/assess',
  operationId: 'assess',
  summary: 'Assess a workbook',
  description:
    'Validates the workbook, scores its corridors and returns issues, a summary, the benchmark and the write-back (generated tabs and patches) ' +
    'that every adapter applies the same way. With any error nothing is scored and only the Validation tab is in the write-back. ' +
    'generatedAt is the server clock (CM_FIXED_TIME when set).',
  tag: 'Assessment',
  access: ['statistician', 'coordinator'],
  body: AssessRequestSchema,
  responses: [
    {
      status: 200,
      description: 'The assessment (ok is false when errors prevented scoring).',
      schema: AssessResponseSchema,
    },
  ],
  handle: (c, { body }) => {
    const { tabs, options = {} } = body;
    assertGridLimits(body);
    return c.json(
      assess({ tabs }, { generatedAt: c.get('deps').clock.now().toISOString(), ...options }),
    );
  },
});
