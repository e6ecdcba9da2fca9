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
    runId: z.string().describe('Carried by every tab this run wrote'),
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

/** A coordinator recalculates only the hubs its token names. */
function allowHub(c: Context<AppEnv>, hubId: string): void {
  const hubs = c.get('hubs') ?? [];
  if (hubs.length === 0)
    throw new ApiProblem(
      'forbidden',
      'This coordinator token names no hub; ask for one issued with `corridor-monitor token --role coordinator --hub <hub>`.',
    );
  if (!hubs.includes(hubId))
    throw new ApiProblem(
      'forbidden',
      'This token may not recalculate that hub (it is not among the hubs it names).',
    );
}

export const recalculateRoute = defineRoute({
  method: 'POST',
  path: '/v1/recalculate',
  operationId: 'recalculate',
  summary: 'Recalculate a hub',
  description:
    "Reads every corridor spreadsheet listed in the hub's \"Hub\" tab, validates each, scores all valid corridors together, writes each corridor's scorecard into its own spreadsheet and the benchmark into the hub. One failing spreadsheet does not stop the others; nothing is written where the read failed. Runs for the same hub are serialised across instances by a lease in the hub (409 while another run holds it). Every tab a run writes carries its run id; each sheet is written in one atomic update, so it shows this run or its previous one wholly; a sheet that turned invalid has its scorecard marked stale since this run. The hub stores each sheet's review for the review pages. The coordinator token must name the hub (claim `hubs`), else 403.",
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
    allowHub(c, link.spreadsheetId);
    const report = await sheets.recalculate(link.spreadsheetId);
    if (report.conflict)
      throw new ApiProblem(
        'conflict',
        `Another recalculation (${report.conflict.holder}) holds this hub until ${report.conflict.until}; try again when it has finished.`,
        { headers: { 'retry-after': '30' } },
      );
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
