/** Recalculation of a hub's corridor spreadsheets, portable over ports. @module */
export { recalculate, scoreTogether } from './recalculate.ts';
export { collect, loadOne, claimCorridors, withIssues, baseReport, type Loaded, type Collected } from './collect.ts';
export { KeyedLock } from './keyed-lock.ts';
export { HUB_TAB, HUB_COLUMNS, readHubList, type HubEntry } from './hub-list.ts';
export { corridorIdsOf, mergeSubmissions, withShared, SHARED_TABS, SUBMISSION_TABS } from './merge-workbooks.ts';
export { CORRIDOR_SCORECARD_TAB, corridorScorecard } from './corridor-scorecard.ts';
export { CORRIDOR_VALIDATION_TAB } from './validation-tab.ts';
export { RUN_REPORT_TAB } from './run-report-tab.ts';
export type * from './types.ts';
