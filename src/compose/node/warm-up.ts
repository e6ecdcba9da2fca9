/**
 * Before a worker thread says it is ready, it assesses the bundled example
 * a few times, so that its first requests do not pay for compiling the
 * assessment path (on 2 busy cores the first assessment took 1.3-1.5 s of
 * wall time, later ones 0.3-0.6 s). Without the example folder it does nothing.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { assess } from '../../core/assess/assess.ts';
import { AssessRequestSchema } from '../../core/contract/assess-api.ts';
import { parseCsv } from '../../core/contract/csv.ts';
import { assertGridLimits } from '../../http/check-grid-limits.ts';
import { checkWorkbookLimits, DEFAULT_LIMITS } from '../../http/limits.ts';
import { parseWorkbookBody } from '../../http/workbook-body.ts';

const EXAMPLE = new URL('../../../examples/observatory/', import.meta.url);

/** @returns the number of assessments run (0 when the example is missing) */
export function warmUp(runs = 3): number {
  let tabs: Record<string, unknown[][]>;
  try {
    const files = readdirSync(EXAMPLE).filter((f) => f.endsWith('.csv'));
    tabs = Object.fromEntries(
      files.map((f) => [f.slice(0, -4), parseCsv(readFileSync(new URL(f, EXAMPLE), 'utf8'))]),
    );
  } catch {
    return 0;
  }
  const text = JSON.stringify({ tabs, options: { uncertaintyRuns: 0 } });
  const encoder = new TextEncoder();
  for (let i = 0; i < runs; i++) {
    checkWorkbookLimits(text, 'statistician', DEFAULT_LIMITS);
    const body = parseWorkbookBody(AssessRequestSchema, JSON.parse(text));
    assertGridLimits(body);
    const result = assess(
      { tabs: body.tabs },
      { generatedAt: new Date(0).toISOString(), uncertaintyRuns: 0 },
    );
    encoder.encode(JSON.stringify(result));
  }
  return runs;
}
