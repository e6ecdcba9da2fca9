/**
 * Per-role limits on one request's workbook and uncertainty runs, checked
 * on the body's text before it is parsed (so 800,000 empty tabs cost a scan
 * up to the 41st, not a parse) and applied the same way to the Method tab and
 * the API option.
 * @module
 */

import type { Role } from '../auth/roles.ts';
import { a1 } from '../core/contract/a1.ts';
import { DEFAULT_METHOD } from '../core/template/method-settings.ts';
import { jsonPointer } from './parse-request.ts';
import { ApiProblem, type FieldError } from './problem.ts';
import { scanWorkbookShape } from './workbook-shape.ts';

export interface RoleLimits {
  /** Tabs in one workbook. */
  tabs: number;
  /** Rows in any one tab. */
  rows: number;
  /** Cells in the whole workbook (ragged rows count what they hold). */
  cells: number;
  /** Monte Carlo replications of the uncertainty and sensitivity runs (0 = none). */
  uncertaintyRuns: number;
}

export type Limits = Record<Role, RoleLimits>;

/** Sized so that the bundled example (8 tabs, 12,000 rows, 110,000 cells) fits with room to spare. */
export const DEFAULT_LIMITS: Limits = {
  statistician: { tabs: 40, rows: 50_000, cells: 1_000_000, uncertaintyRuns: 1_000 },
  coordinator: { tabs: 40, rows: 50_000, cells: 1_000_000, uncertaintyRuns: 1_000 },
  partner: { tabs: 40, rows: 20_000, cells: 400_000, uncertaintyRuns: 200 },
};

/**
 * Refuses a workbook body over the role's limits, from its text (before JSON.parse).
 * @throws ApiProblem 413 naming the first limit the workbook passes
 */
export function checkWorkbookLimits(text: string, role: Role, limits: Limits): void {
  const limit = limits[role];
  const excess = scanWorkbookShape(text, limit);
  if (!excess) return;
  const [detail, error]: [string, FieldError] =
    excess.limit === 'tabs'
      ? [
          `A workbook may hold at most ${limit.tabs} tabs for the ${role} role.`,
          { pointer: jsonPointer(excess.tabs), detail: `More than ${limit.tabs} tabs.` },
        ]
      : excess.limit === 'rows'
        ? [
            `A tab may hold at most ${limit.rows} rows for the ${role} role.`,
            {
              pointer: jsonPointer([...excess.tabs, excess.tab]),
              detail: `More than ${limit.rows} rows.`,
            },
          ]
        : excess.limit === 'values'
          ? [
              `A compact workbook may hold at most ${limit.cells} values for the ${role} role.`,
              { pointer: '#/compact/values', detail: `More than ${limit.cells} values.` },
            ]
          : [
              `A workbook may hold at most ${limit.cells} cells for the ${role} role.`,
              {
                pointer: jsonPointer([...excess.tabs, excess.tab]),
                detail: `The cell count passes ${limit.cells} here.`,
              },
            ];
  throw new ApiProblem('payload-too-large', detail, { errors: [error] });
}

/** The Method tab's `uncertainty_runs` value and its cell, when the workbook has one. */
export function methodRuns(
  tabs: Record<string, unknown[][]>,
): { runs: number; cell: string } | undefined {
  const rows = tabs.Method;
  if (!rows) return undefined;
  const header = (rows[0] ?? []).map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
  const key = header.indexOf('setting');
  const value = header.indexOf('value');
  if (key < 0 || value < 0) return undefined;
  for (const [i, row] of rows.entries()) {
    if (
      i === 0 ||
      String(row[key] ?? '')
        .trim()
        .toLowerCase() !== 'uncertainty_runs'
    )
      continue;
    const runs = Number(row[value]);
    return Number.isFinite(runs) ? { runs, cell: a1('Method', i + 1, value + 1) } : undefined;
  }
  return undefined;
}

/**
 * The uncertainty runs an assessment may use: none unless asked for (the
 * option `uncertainty: true` takes the Method tab's number, `uncertaintyRuns`
 * overrides it), and never more than the role allows, whichever says it.
 * @throws ApiProblem 422 at the Method cell or the option that asks too much
 */
export function allowedRuns(
  tabs: Record<string, unknown[][]>,
  options: { uncertainty?: boolean; uncertaintyRuns?: number },
  role: Role,
  limits: Limits,
): number {
  const max = limits[role].uncertaintyRuns;
  if (options.uncertaintyRuns !== undefined) {
    if (options.uncertaintyRuns > max)
      throw new ApiProblem(
        'invalid-request',
        `uncertaintyRuns may be at most ${max} for the ${role} role.`,
        {
          errors: [{ pointer: '#/options/uncertaintyRuns', detail: `At most ${max}.` }],
        },
      );
    return options.uncertaintyRuns;
  }
  if (!options.uncertainty) return 0;
  const method = methodRuns(tabs);
  if (!method) return Math.min(DEFAULT_METHOD.uncertaintyRuns, max);
  if (method.runs > max)
    throw new ApiProblem(
      'invalid-request',
      `The Method tab asks for ${method.runs} uncertainty runs at ${method.cell}; the ${role} role may run at most ${max}.`,
      { errors: [{ pointer: '#/tabs/Method', detail: `${method.cell}: at most ${max}.` }] },
    );
  return method.runs;
}
