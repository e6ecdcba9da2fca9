/** The validate command's work: read, check, print. @module */

import { readInput } from '../../adapters/fs/open-input.ts';
import { issueMessages } from '../../core/contract/issue.ts';
import { readTemplate } from '../../core/validate/index.ts';
import { EXIT, UsageError } from '../exit.ts';
import { counts, issueLines } from '../report/issue-list.ts';

export interface ValidateCliOptions {
  json?: boolean;
  maxSize?: number;
  maxRows?: number;
  limit: number;
}

export async function runValidate(file: string, options: ValidateCliOptions): Promise<number> {
  const input = await readInput(file, options.maxSize, options.maxRows);
  if (!input.ok) throw new UsageError(issueMessages(input.issues));
  const { issues } = readTemplate(input.workbook);
  const { errors, warnings } = counts(issues);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ errors, warnings, issues })}\n`);
  } else {
    const lines = issueLines(issues, options.limit);
    process.stdout.write(
      `${lines.length ? `${lines.join('\n')}\n` : ''}${errors} error(s), ${warnings} warning(s)\n`,
    );
  }
  return errors > 0 ? EXIT.invalid : EXIT.ok;
}
