/** Open-data reconciliation and cross-source checks of a submission, called once from assess. @module */

import type { Issue } from '../../contract/issue.ts';
import type { WriteBack } from '../../contract/patch.ts';
import type { Submission } from '../../template/types.ts';
import { crossSourceIssues } from './cross-source-submission.ts';
import { reconcileOpenData } from './reconcile-open-data.ts';
import { renderReconciliation } from './render-reconciliation.ts';

export { openValueOf, RECONCILE_THRESHOLD_PCT, reconcileOpenData } from './reconcile-open-data.ts';

export function reconcileSubmission(
  submission: Submission,
  generatedAt: string,
): { issues: Issue[]; writeBack: WriteBack } {
  const recon = reconcileOpenData(submission.observations);
  return {
    issues: [...recon.issues, ...crossSourceIssues(submission.observations)],
    writeBack: renderReconciliation(recon.rows, generatedAt),
  };
}
