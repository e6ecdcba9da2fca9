/**
 * The Policy tab: one row per question x side x corridor, answered from a
 * drop-down of the question's options.
 * @module
 */
import { columnLetter } from '../../contract/a1.ts';
import type { PolicyQuestion } from '../catalogue/policy-questions.ts';
import { COLUMNS, INPUT_TABS } from '../layout.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { applicableSides, countryForSide } from './expected-rows.ts';
import {
  HEADER_FORMAT,
  INPUT_TAB_COLOUR,
  listRulesByRun,
  SPARE_ROWS,
  type TabBuild,
} from './tab-build.ts';

const col = (name: (typeof COLUMNS.Policy)[number]) =>
  columnLetter(COLUMNS.Policy.indexOf(name) + 1);

/** `ratified (100) / signed, not ratified (50) / ...`: the scoring shown beside a question. */
export function optionsText(q: PolicyQuestion): string {
  return q.options.map((o) => `${o.answer} (${o.score})`).join(' / ');
}

export function policyTab(
  corridors: readonly PlannedCorridor[],
  questions: readonly PolicyQuestion[],
): TabBuild {
  const rows = corridors.flatMap((c) =>
    questions.flatMap((q) => applicableSides(c, q.sides).map((side) => ({ c, q, side }))),
  );
  const last = rows.length + 1 + SPARE_ROWS;
  const answerRules = listRulesByRun(
    col('answer'),
    2,
    rows.map((r) => r.q.options.map((o) => o.answer)),
    (options) => `One of: ${options.join(' / ')}`,
  );
  const questionColumn = COLUMNS.Policy.indexOf('question');
  return {
    tab: {
      name: INPUT_TABS.policy,
      frozenRows: 1,
      columnWidths: [18, 18, 12, 9, 28, 7, 36, 30],
      tabColour: INPUT_TAB_COLOUR,
      validations: [
        ...answerRules,
        {
          range: `${col('year')}2:${col('year')}${last}`,
          kind: 'whole',
          min: 1900,
          max: 2100,
          message: 'A year from 1900 to 2100',
          strict: true,
        },
      ],
    },
    rows: [
      [...COLUMNS.Policy],
      ...rows.map((r) => [r.c.id, r.q.id, r.side, countryForSide(r.c, r.side), '', '', '', '']),
    ],
    notes: rows.map((r, i) => ({
      row: i + 1,
      column: questionColumn,
      text: `${r.q.question} Answers: ${optionsText(r.q)}. Source: ${r.q.source}.`,
    })),
    headerFormat: HEADER_FORMAT,
  };
}
