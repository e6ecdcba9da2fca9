/** Issues as terminal lines, errors first, capped so a broken file does not flood the screen. @module */
import type { Issue } from '../../core/contract/issue.ts';

export function issueLines(issues: Issue[], limit: number): string[] {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const lines = sorted
    .slice(0, limit)
    .map((i) => `${i.severity.padEnd(7)} ${i.cell}: ${i.message} [${i.code}]`);
  if (sorted.length > limit)
    lines.push(`… and ${sorted.length - limit} more (see the Validation tab, or use --json)`);
  return lines;
}

export function counts(issues: Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}
