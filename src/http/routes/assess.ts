/** POST /v1/assess: validate, score and render the write-back of a workbook. @module */
import { assess } from '../../core/assess/assess.ts';
import type { AssessResult } from '../../core/assess/types.ts';
import {
  type AssessPart,
  AssessRequestSchema,
  type AssessResponse,
  AssessResponseSchema,
  CompactAssessRequestSchema,
} from '../../core/contract/assess-api.ts';
import { tableFormats } from '../../core/contract/compact.ts';
import type { WriteBack } from '../../core/contract/patch.ts';
import { assertGridLimits } from '../check-grid-limits.ts';
import { jsonBytes } from '../json-bytes.ts';
import { allowedRuns, DEFAULT_LIMITS } from '../limits.ts';
import { defineRoute } from '../route.ts';

export const assessRoute = defineRoute({
  method: 'POST',
  path: '/v1/assess',
  operationId: 'assess',
  summary: 'Assess a workbook',
  description:
    'Validates the workbook, scores its corridors and returns issues, a summary, the benchmark and the write-back (generated tabs and patches) ' +
    'that every adapter applies the same way. With any error nothing is scored and only the Validation tab is in the write-back. ' +
    'generatedAt is the server clock (CM_FIXED_TIME when set). The uncertainty and sensitivity runs are off unless asked for ' +
    '(options.uncertainty or options.uncertaintyRuns), within the role limit; the workbook within the role limits on tabs, rows and cells (413). ' +
    'options.include names the large parts to send back (benchmark, writeBack; default both): the Sheets add-on asks for writeBack only. ' +
    'The workbook may come compact ({compact: {values, tabs}}: distinct values once, cells as indices), and options.formatTable sends the ' +
    'write-back with a table of distinct cell formats: the add-on does both, for about half the bytes each way.',
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
  workbook: true,
  compactBody: CompactAssessRequestSchema,
  handle: (c, { body }) => {
    const { tabs, options = {} } = body;
    assertGridLimits(body);
    const deps = c.get('deps');
    const uncertaintyRuns = allowedRuns(
      tabs,
      options,
      c.get('role') ?? 'statistician',
      deps.config.limits ?? DEFAULT_LIMITS,
    );
    const result = assess(
      { tabs },
      {
        generatedAt: deps.clock.now().toISOString(),
        uncertaintyRuns,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
      },
    );
    const answer = options.include ? only(result, options.include) : result;
    return jsonBytes(
      c,
      options.formatTable && answer.writeBack
        ? { ...answer, writeBack: tableFormats(answer.writeBack as WriteBack) }
        : answer,
    );
  },
});

/** The answer with only the large parts asked for, in the same key order as the whole. */
function only(result: AssessResult, include: readonly AssessPart[]): AssessResponse {
  const { ok, issues, summary } = result;
  return {
    ok,
    issues,
    summary,
    ...(include.includes('benchmark') ? { benchmark: result.benchmark } : {}),
    ...(include.includes('writeBack') ? { writeBack: result.writeBack } : {}),
  };
}
