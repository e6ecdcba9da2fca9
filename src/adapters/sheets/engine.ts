/**
 * The real engine for recalculation and review: the template reader for
 * each spreadsheet alone, the full assessment for all corridors together.
 * @module
 */
import { assess } from '../../core/assess/assess.ts';
import type { RecalculateDeps } from '../../core/recalculate/types.ts';
import { readTemplate } from '../../core/validate/read-template.ts';

export const defaultEngine: Pick<RecalculateDeps, 'assess' | 'validate'> = {
  assess,
  validate: (workbook) => readTemplate(workbook).issues,
};
