/** POST /v1/recalculate: a coordinator recalculates a hub's corridor spreadsheets. @module */

import type { Context } from 'hono';
import { z } from 'zod';
import { named } from '../../core/contract/schema-registry.ts';
import { parseSheetLink } from '../../core/contract/sheet-link.ts';
import type { SheetsGateway } from '../../core/contract/sheets-gateway.ts';
import type { AppEnv } from '../context.ts';
import { ApiProblem } from '../problem.ts';
import { defineRoute } from '../route.ts';

const RecalculateRequest = named(
  'RecalculateRequest',
  z
    .object({
      hubId: z
        .string()
        .min(1)
        .max(500)
        .describe('The hub spreadsheet: an ID or any Google Sheets link'),
    })
    .strict(),
);

const IssueSchema = z.object({
  code: z.string(),
  cell: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

const SpreadsheetReportSchema = z.object({
  spreadsheetId: z.string(),
  label: z.string(),
  role: z.enum(['hub', 'corridor']),
  status: z.enum(['written', 'invalid', 'unreachable', 'write_failed', 'skipped']),
  reason: z.string().optional(),
  failure: z.enum(['forbidden', 'not_found', 'unavailable']).optional(),
  corridors: z.array(z.string()),
  errors: z.number().int(),
  warnings: z.number().int(),
  issues: z.array(IssueSchema),
});

export const RunReportSchema = named(
  'RunReport',
  z.object({
    hubId: z.string(),
    generatedAt: z.string(),
    ok: z.boolean(),
    corridorsScored: z.number().int(),
    spreadsheets: z.array(SpreadsheetReportSchema),
  }),
  'One row per spreadsheet (the hub first): written, invalid, unreachable, write_failed or skipped, and why.',
);

/** The Sheets gateway, or a 503 saying how to configure it. */
export function sheetsOf(c: Context<AppEnv>): SheetsGateway {
  const sheets = c.get('deps').sheets;
  if (!sheets)
    throw new ApiProblem(
      'not-configured',
      'Google Sheets access is not configured on this server (see the Sheets section of the README).',
    );
  return sheets;
}

export const recalculateRoute = defineRoute({
  method: 'POST',
  path: '/v1/recalculate',
  operationId: 'recalculate',
  summary: 'Recalculate a hub',
  description:
    'Reads every corridor spreadsheet listed in the hub\'s "Hub" tab, validates each, scores all valid corridors together, writes each corridor\'s scorecard into its own spreadsheet and the benchmark into the hub. One failing spreadsheet does not stop the others; nothing is written where the read failed. Runs for the same hub are serialised.',
  tag: 'Sheets',
  access: ['coordinator'],
  body: RecalculateRequest,
  responses: [
    {
      status: 200,
      description: "The run report (check `ok` and each spreadsheet's status).",
      schema: RunReportSchema,
    },
  ],
  handle: async (c, { body }) => {
    const sheets = sheetsOf(c);
    const link = parseSheetLink(body.hubId);
    if (!link)
      throw new ApiProblem(
        'invalid-request',
        'hubId is not a Google Sheets link or spreadsheet ID.',
        {
          errors: [
            { pointer: '/hubId', detail: 'Expected a Google Sheets link or spreadsheet ID.' },
          ],
        },
      );
    const report = await sheets.recalculate(link.spreadsheetId);
    c.get('deps').log({
      level: 'info',
      msg: 'recalculated',
      ok: report.ok,
      corridors: report.corridorsScored,
      statuses: report.spreadsheets.map((s) => s.status),
    });
    return c.json(report, 200);
  },
});
