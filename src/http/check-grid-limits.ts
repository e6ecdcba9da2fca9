/** The readers' grid limits on a JSON workbook: 413 for size (rows, cells), 422 for shape. @module */
import { gridLimitBreach } from '../core/limits/grid-limits.ts';
import { ApiProblem } from './problem.ts';

export function assertGridLimits(workbook: {
  tabs: Record<string, readonly (readonly unknown[])[]>;
}): void {
  const breach = gridLimitBreach(workbook);
  if (!breach) return;
  const slug =
    breach.kind === 'rows' || breach.kind === 'cells' ? 'payload-too-large' : 'invalid-request';
  throw new ApiProblem(slug, breach.message);
}
