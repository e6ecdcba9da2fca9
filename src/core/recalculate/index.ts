/** Recalculation of a hub's corridor spreadsheets, portable over ports. @module */

export {
  baseReport,
  type Collected,
  claimCorridors,
  collect,
  type Loaded,
  loadOne,
  withIssues,
} from './collect.ts';
export { CORRIDOR_SCORECARD_TAB, corridorScorecard } from './corridor-scorecard.ts';
export { HUB_COLUMNS, HUB_TAB, type HubEntry, readHubList } from './hub-list.ts';
export { KeyedLock } from './keyed-lock.ts';
export {
  corridorIdsOf,
  mergeSubmissions,
  SHARED_TABS,
  SUBMISSION_TABS,
  withShared,
} from './merge-workbooks.ts';
export { recalculate, scoreTogether } from './recalculate.ts';
export { RUN_REPORT_TAB } from './run-report-tab.ts';
export type * from './types.ts';
export { CORRIDOR_VALIDATION_TAB } from './validation-tab.ts';
