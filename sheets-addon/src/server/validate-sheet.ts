/**
 * Validate: one read of the template, one call to /v1/validate, then notes
 * and highlights on the problem cells (the previous run's are removed first).
 * @module
 */

import { compactWorkbook } from '../../../src/core/contract/compact.ts';
import type { ValidateOutcome } from '../shared/rpc.ts';
import { callApi } from './api-client.ts';
import { issuesOf } from './api-shapes.ts';
import { clearMarks, markIssues } from './issue-marks.ts';
import { reportProgress } from './progress.ts';
import { readInputTabs } from './read-workbook.ts';

export function validateActiveSpreadsheet(): ValidateOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  reportProgress('read', 'Reading the template tabs…', 0.1);
  const workbook = readInputTabs(spreadsheet);
  reportProgress('send', 'Validating…', 0.3);
  const body = callApi<{ ok?: boolean }>('post', '/v1/validate', {
    compact: compactWorkbook(workbook),
  });
  const issues = issuesOf(body);
  reportProgress('mark', 'Marking the problem cells…', 0.8);
  const cleared = clearMarks(spreadsheet);
  const { marked, truncated } = markIssues(spreadsheet, issues);
  SpreadsheetApp.flush();
  reportProgress(
    'done',
    issues.length === 0 ? 'No issues found.' : `${issues.length} issue(s) found.`,
    1,
  );
  const ok = typeof body.ok === 'boolean' ? body.ok : !issues.some((i) => i.severity === 'error');
  return { ok, issues, marked, truncated, cleared };
}
