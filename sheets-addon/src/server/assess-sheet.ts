/**
 * Assess and write benchmark: one read of the template, one call to
 * /v1/assess, the write-back applied in batch. Input tabs are only read.
 * @module
 */

import { compactWorkbook } from '../../../src/core/contract/compact.ts';
import type { AssessChoice, AssessOutcome } from '../shared/rpc.ts';
import { callApi } from './api-client.ts';
import { assessAnswer } from './api-shapes.ts';
import { Deadline } from './limits.ts';
import { reportProgress } from './progress.ts';
import { readInputTabs } from './read-workbook.ts';
import { writeGeneratedTabs } from './write-back.ts';

/**
 * @param choice.uncertainty run the Method tab's uncertainty and sensitivity runs
 *   (rank intervals and Sobol indices; several times slower), else none
 */
export function assessActiveSpreadsheet(choice: AssessChoice = {}): AssessOutcome {
  const deadline = new Deadline();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  reportProgress('read', 'Reading the template tabs…', 0.05);
  const workbook = readInputTabs(spreadsheet);
  reportProgress('send', 'Scoring the corridors…', 0.2);
  // asked for, the Method tab's uncertainty_runs decides (0 = skip); else the API runs none.
  // Only the write-back comes back: the benchmark JSON (about 1 MB for the example) is not used here.
  // Both ways compact (distinct values once; a table of cell formats): about half the bytes each way
  const answer = assessAnswer(
    callApi('post', '/v1/assess', {
      compact: compactWorkbook(workbook),
      options: {
        uncertainty: choice.uncertainty === true,
        include: ['writeBack'],
        formatTable: true,
      },
    }),
  );
  deadline.ensureTimeToWrite();
  const tabs = writeGeneratedTabs(spreadsheet, answer.writeBack, (i, total, name) =>
    reportProgress('write', `Writing ${name} (${i + 1} of ${total})…`, 0.5 + (0.45 * i) / total),
  );
  const seconds = Math.round(deadline.elapsedMs() / 100) / 10;
  reportProgress(
    'done',
    answer.ok
      ? `Benchmark written in ${seconds} s.`
      : 'Validation tab written; fix the errors to get the benchmark.',
    1,
  );
  return {
    ok: answer.ok,
    issues: answer.issues,
    tabs,
    corridors: answer.summary.corridors,
    errors: answer.summary.errors,
    warnings: answer.summary.warnings,
    top: answer.summary.top,
    seconds,
  };
}
