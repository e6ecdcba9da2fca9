/** GET /v1/template?corridor=MEX-USA: a new template as grids, layout and patches. @module */
import { z } from 'zod';
import { TemplateResponseSchema } from '../../core/contract/template-api.ts';
import { buildTemplate } from '../../core/template/generate/build-template.ts';
import {
  type CorridorSpec,
  checkCorridorSpecs,
} from '../../core/template/generate/corridor-spec.ts';
import { ApiProblem } from '../problem.ts';
import { defineRoute } from '../route.ts';

const CORRIDOR = /^[A-Za-z]{3}(-[A-Za-z]{3}){1,2}$/;

const TemplateQuery = z.object({
  corridor: z
    .string()
    .max(400)
    .refine(
      (s) => s.split(',').every((id) => CORRIDOR.test(id.trim())),
      'expected ORIGIN-DESTINATION or ORIGIN-TRANSIT-DESTINATION (ISO 3166 alpha-3), comma-separated for an observatory',
    )
    .describe('e.g. MEX-USA, MEX-GTM-USA, or MEX-USA,PHL-SAU for an observatory workbook'),
});

function specOf(id: string): CorridorSpec {
  const [origin = '', a = '', b] = id.trim().toUpperCase().split('-');
  return b ? { origin, transit: a, destination: b } : { origin, destination: a };
}

export const template = defineRoute({
  method: 'GET',
  path: '/v1/template',
  operationId: 'template',
  summary: 'A new corridor template',
  description:
    'The template workbook for one corridor, or an observatory of several, as grids plus layout; the same content `corridor-monitor template` writes to .xlsx.',
  tag: 'Template',
  access: ['statistician', 'coordinator', 'partner'],
  query: TemplateQuery,
  responses: [{ status: 200, description: 'The template.', schema: TemplateResponseSchema }],
  handle: (c, { query }) => {
    const corridors = query.corridor.split(',').map(specOf);
    const errors = checkCorridorSpecs(corridors).filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      throw new ApiProblem('invalid-request', errors.map((e) => e.message).join('; '), {
        errors: errors.map((e) => ({ parameter: 'corridor', detail: e.message })),
      });
    }
    return c.json(
      buildTemplate({ corridors, generatedAt: c.get('deps').clock.now().toISOString() }),
    );
  },
});
