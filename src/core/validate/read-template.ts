/**
 * Reads and validates a filled corridor template. Never throws: every data
 * problem becomes an Issue with a code, an A1 address and a message, and one
 * bad cell never stops the checks of the others. Records with an error are
 * left out of the submission; records with only warnings are kept.
 * @module
 */
import { a1 } from '../contract/a1.ts';
import { type Issue, issue } from '../contract/issue.ts';
import type { Workbook } from '../contract/workbook.ts';
import {
  CATALOGUE,
  catalogueIndex,
  POLICY_QUESTIONS,
  policyQuestionIndex,
} from '../template/catalogue/index.ts';
import { DATA_SOURCES } from '../template/data-sources.ts';
import { COLUMNS, INPUT_TABS } from '../template/layout.ts';
import type { Observation, Submission } from '../template/types.ts';
import { isBlank } from './cells.ts';
import { checkConsistency } from './check-consistency.ts';
import { checkFormulaText } from './check-formula-text.ts';
import { checkOutliers } from './check-outliers.ts';
import { checkSeriesBreaks } from './check-series-breaks.ts';
import { AVAILABILITY_REQUIRED_COLUMNS, readAvailability } from './read-availability.ts';
import { CATALOGUE_REQUIRED_COLUMNS, readCatalogue } from './read-catalogue.ts';
import { CORRIDOR_REQUIRED_COLUMNS, readCorridors } from './read-corridors.ts';
import { INDICATOR_REQUIRED_COLUMNS, readIndicators } from './read-indicators.ts';
import { METHOD_REQUIRED_COLUMNS, readMethod } from './read-method.ts';
import { POLICY_REQUIRED_COLUMNS, readPolicy } from './read-policy.ts';
import { indexSeries } from './series-index.ts';
import { findTab, openSheet, type Sheet } from './sheet.ts';

export interface TemplateRead {
  submission: Submission;
  issues: Issue[];
}

const INPUT_TAB_NAMES = Object.values(INPUT_TABS);

/** True when any row has year, value or source filled in (stops at the first; column indexes looked up once). */
function hasFilledIndicatorRow(sheet: Sheet): boolean {
  const columns = ['year', 'value', 'source'].map((n) => sheet.columns.get(n));
  return sheet.rows.some((row) =>
    columns.some((c) => c !== undefined && Array.isArray(row) && !isBlank(row[c])),
  );
}

/**
 * Reads a corridor workbook into a typed Submission plus every issue found.
 * @example
 * const { submission, issues } = readTemplate(workbook);
 * issues.filter((i) => i.severity === 'error'); // [] when the template is fine
 */
export function readTemplate(workbook: Workbook): TemplateRead {
  const issues: Issue[] = [];
  const hasAnyTab = INPUT_TAB_NAMES.some((t) => findTab(workbook, t) !== undefined);
  if (!hasAnyTab) {
    issues.push(
      issue(
        'empty_template',
        'workbook',
        `the workbook expects the template tabs (${INPUT_TAB_NAMES.join(', ')}), found none; create one with "corridor-monitor template"`,
      ),
    );
  }
  const open = (tab: string, required: readonly string[], optional: string | undefined) =>
    hasAnyTab
      ? openSheet(
          workbook,
          tab,
          required,
          issues,
          optional ? 'warning' : 'error',
          optional ?? 'it is required',
        )
      : undefined;

  const corridorsSheet = open(INPUT_TABS.corridors, CORRIDOR_REQUIRED_COLUMNS, undefined);
  const indicatorsSheet = open(INPUT_TABS.indicators, INDICATOR_REQUIRED_COLUMNS, undefined);
  const policySheet = open(
    INPUT_TABS.policy,
    POLICY_REQUIRED_COLUMNS,
    'no policy answers are read',
  );
  const availabilitySheet = open(
    INPUT_TABS.availability,
    AVAILABILITY_REQUIRED_COLUMNS,
    'no data availability is read',
  );
  const catalogueSheet = open(
    INPUT_TABS.catalogue,
    CATALOGUE_REQUIRED_COLUMNS,
    'the built-in catalogue is used',
  );
  const methodSheet = open(
    INPUT_TABS.method,
    METHOD_REQUIRED_COLUMNS,
    'the default method is used',
  );

  const builtIns = catalogueIndex(CATALOGUE);
  const custom = catalogueSheet ? readCatalogue(catalogueSheet, builtIns, issues) : [];
  const catalogue = [...CATALOGUE, ...custom];
  const catalogueMap = catalogueIndex(catalogue);
  const method = readMethod(methodSheet, issues);

  const { corridors, lookup } = corridorsSheet
    ? readCorridors(corridorsSheet, issues)
    : { corridors: [], lookup: new Map() };
  if (
    corridorsSheet &&
    corridors.length === 0 &&
    !issues.some((i) => i.severity === 'error' && i.cell.startsWith(`${INPUT_TABS.corridors}!`))
  ) {
    issues.push(
      issue(
        'empty_template',
        a1(INPUT_TABS.corridors, 2, 1),
        `${INPUT_TABS.corridors} expects at least one corridor row, found none`,
      ),
    );
  }

  let observations: Observation[] = [];
  // the Indicators rows found plain while read, which the formula-text check skips
  const plain = new Map<string, Uint8Array>();
  if (indicatorsSheet) {
    if (!hasFilledIndicatorRow(indicatorsSheet)) {
      issues.push(
        issue(
          'empty_template',
          a1(INPUT_TABS.indicators, 2, 1),
          `${INPUT_TABS.indicators} expects at least one row with year, value and source filled in, found none of its ${indicatorsSheet.rows.length} rows filled`,
        ),
      );
    } else {
      const plainRows = new Uint8Array(indicatorsSheet.rows.length);
      plain.set(INPUT_TABS.indicators, plainRows);
      observations = readIndicators(
        indicatorsSheet,
        { catalogue: catalogueMap, corridors: lookup },
        issues,
        plainRows,
      );
    }
  }
  const questions = policyQuestionIndex(POLICY_QUESTIONS);
  const policy = policySheet
    ? readPolicy(policySheet, { questions, corridors: lookup }, issues)
    : [];
  const items = new Set([
    ...DATA_SOURCES.map((d) => d.id),
    ...catalogueMap.keys(),
    ...questions.keys(),
  ]);
  const availability = availabilitySheet
    ? readAvailability(availabilitySheet, { items, corridors: lookup }, issues)
    : [];

  if (hasAnyTab)
    checkFormulaText(
      workbook,
      INPUT_TAB_NAMES.filter((t) => t !== INPUT_TABS.instructions),
      issues,
      plain,
    );
  if (indicatorsSheet) {
    const valueColumn =
      (indicatorsSheet.columns.get('value') ?? COLUMNS.Indicators.indexOf('value')) + 1;
    const cellOf = (o: Observation) => a1(indicatorsSheet.name, o.row, valueColumn);
    const byId = new Map(corridors.map((c) => [c.id, c]));
    const series = indexSeries(observations);
    checkConsistency(observations, byId, issues, cellOf, series);
    checkOutliers(observations, issues, cellOf, series);
    checkSeriesBreaks(observations, catalogueMap, issues, cellOf, series);
  }
  return {
    submission: { corridors, observations, policy, availability, catalogue, method },
    issues,
  };
}
