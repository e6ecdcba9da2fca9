/** POST /v1/validate: a filled template in, every issue with its A1 address out. @module */

import {
  CompactValidateRequestSchema,
  ValidateResponseSchema,
} from '../../core/contract/assess-api.ts';
import { WorkbookSchema } from '../../core/contract/workbook.ts';
import { readTemplate } from '../../core/validate/read-template.ts';
import { assertGridLimits } from '../check-grid-limits.ts';
import { jsonBytes } from '../json-bytes.ts';
import { defineRoute } from '../route.ts';

export const validate = defineRoute({
  method: 'POST',
  path: '/v1/validate',
  operationId: 'validate',
  summary: 'Validate a workbook',
  description:
    'Checks every cell of the template tabs; one bad cell never stops the rest. Writes nothing.',
  tag: 'Assessment',
  access: ['statistician', 'coordinator', 'partner'],
  body: WorkbookSchema,
  workbook: true,
  compactBody: CompactValidateRequestSchema,
  responses: [
    {
      status: 200,
      description: 'The issues (ok is false when any has severity error).',
      schema: ValidateResponseSchema,
    },
  ],
  handle: (c, { body }) => {
    assertGridLimits(body);
    const { submission, issues } = readTemplate(body);
    const errors = issues.filter((i) => i.severity === 'error').length;
    return jsonBytes(c, {
      ok: errors === 0,
      issues,
      summary: { corridors: submission.corridors.length, errors, warnings: issues.length - errors },
    });
  },
});
