/**
 * Reads the Policy tab: each answer must be one of its question's options
 * and gets that option's score. Unanswered rows are skipped.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import type { PolicyQuestion } from '../template/catalogue/policy-questions.ts';
import { COLUMNS, SIDES } from '../template/layout.ts';
import type { Corridor, PolicyAnswer } from '../template/types.ts';
import { clip, quote } from './cells.ts';
import { choiceCell, optionalText, optionalYear, type RowSpec, textCell } from './fields.ts';
import { failureIssue } from './row-parse.ts';
import {
  checkRowSide,
  eachFilledRow,
  type ReadRow,
  rowCorridor,
  rowCountry,
} from './row-reader.ts';
import type { Sheet } from './sheet.ts';

export const POLICY_REQUIRED_COLUMNS = ['corridor_id', 'question', 'side', 'answer'] as const;

export const policyRow = {
  corridor_id: textCell('a corridor id from the Corridors tab'),
  question: textCell('a policy question id'),
  side: choiceCell(SIDES, 'unknown_side'),
  country: optionalText(),
  answer: textCell('an answer'),
  year: optionalYear(),
  source: optionalText(),
  note: optionalText(),
} satisfies RowSpec;

export interface PolicyContext {
  questions: Map<string, PolicyQuestion>;
  corridors: Map<string, Corridor>;
}

export function readPolicy(sheet: Sheet, ctx: PolicyContext, issues: Issue[]): PolicyAnswer[] {
  const out: PolicyAnswer[] = [];
  const seen = new Map<string, number>();
  // the row being read: the label reads it, so no function is made (and named) per row
  let data: ReadRow<typeof policyRow>['data'] = {};
  // the row's name in a message, built only when one needs it
  const label = () =>
    clip(`${data.corridor_id ?? '?'} ${data.question ?? '?'} ${data.side ?? '?'}`);
  eachFilledRow(sheet, COLUMNS.Policy, policyRow, 'answer', (row) => {
    const { failures, at, index: i } = row;
    data = row.data;
    const before = issues.length;
    for (const f of failures) issues.push(failureIssue(sheet, i, f, `${f.column} of ${label()}`));
    const corridor = rowCorridor(data.corridor_id, ctx.corridors, at, issues);
    const q = data.question === undefined ? undefined : ctx.questions.get(data.question);
    if (data.question !== undefined && !q) {
      issues.push(
        issue(
          'unknown_indicator',
          at('question'),
          `question expects a policy question id (${[...ctx.questions.keys()].slice(0, 4).join(', ')}, ...), found ${quote(data.question)}`,
        ),
      );
    }
    const side = data.side;
    checkRowSide(q, side, at, issues);
    const option =
      q && data.answer !== undefined
        ? q.options.find((o) => o.answer.toLowerCase() === data.answer!.toLowerCase())
        : undefined;
    if (q && data.answer !== undefined && !option) {
      issues.push(
        issue(
          'invalid_answer',
          at('answer'),
          `${q.id} expects one of ${q.options.map((o) => `"${o.answer}"`).join(', ')}, found ${quote(data.answer)}`,
        ),
      );
    }
    const country = rowCountry(corridor, side, data.country, at, label, issues);
    if (corridor && q && side) {
      const key = `${corridor.id}|${q.id}|${side}|${data.year ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined)
        issues.push(
          issue(
            'duplicate',
            at('answer'),
            `${label()} expects one answer per corridor, question, side and year, found another at row ${first}`,
          ),
        );
      else seen.set(key, i + 2);
    }
    if (option && data.source === undefined) {
      issues.push(
        issue(
          'missing_source',
          at('source'),
          `answer to ${label()} expects a source, found an empty cell`,
          'warning',
        ),
      );
    }
    if (
      issues.slice(before).some((x) => x.severity === 'error') ||
      !corridor ||
      !q ||
      !side ||
      !option
    )
      return;
    out.push({
      row: i + 2,
      corridorId: corridor.id,
      question: q.id,
      side,
      ...(country ? { country } : {}),
      answer: option.answer,
      score: option.score,
      ...(data.year !== undefined ? { year: data.year } : {}),
      ...(data.source ? { source: data.source } : {}),
    });
  });
  return out;
}
