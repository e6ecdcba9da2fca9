/**
 * The built-in indicator catalogue: the 67 indicators of the corridor
 * framework in 8 dimensions, plus two totals used by consistency checks.
 * @module
 */
import type { CatalogueEntry, DimensionId } from '../types.ts';
import { DATA_AVAILABILITY } from './data-availability.ts';
import { DESTINATION_COSTS_BENEFITS } from './destination-costs-benefits.ts';
import { FLOWS_STOCKS } from './flows-stocks.ts';
import { withFramework } from './framework.ts';
import { GOVERNANCE_POLICY } from './governance-policy.ts';
import { ORIGIN_COSTS_BENEFITS } from './origin-costs-benefits.ts';
import { ROOT_CAUSES } from './root-causes.ts';
import { TRANSIT_IRREGULAR } from './transit-irregular.ts';
import { WELLBEING_RIGHTS } from './wellbeing-rights.ts';

export type { PolicyOption, PolicyQuestion } from './policy-questions.ts';
export { POLICY_QUESTIONS, policyQuestionIndex } from './policy-questions.ts';

/** The eight dimensions in display order, with their labels. */
export const DIMENSIONS: readonly { id: DimensionId; label: string }[] = [
  { id: 'root_causes', label: 'Root causes and structural asymmetries' },
  { id: 'flows_stocks', label: 'Flows and stocks' },
  { id: 'origin_costs_benefits', label: 'Origin: costs and benefits' },
  { id: 'destination_costs_benefits', label: 'Destination: costs and benefits' },
  { id: 'wellbeing_rights', label: "Migrants' well-being and rights" },
  { id: 'governance_policy', label: 'Governance and policy' },
  { id: 'transit_irregular', label: 'Transit and irregular migration' },
  { id: 'data_availability', label: 'Data availability and quality' },
];

export const DIMENSION_IDS: readonly DimensionId[] = DIMENSIONS.map((d) => d.id);

/** Every built-in indicator, grouped by dimension in display order. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...ROOT_CAUSES,
  ...FLOWS_STOCKS,
  ...ORIGIN_COSTS_BENEFITS,
  ...DESTINATION_COSTS_BENEFITS,
  ...WELLBEING_RIGHTS,
  ...GOVERNANCE_POLICY,
  ...TRANSIT_IRREGULAR,
  ...DATA_AVAILABILITY,
].map(withFramework);

export type { DimensionFramework, DimensionRole, IndicatorFramework } from './framework.ts';
export {
  DIMENSION_FRAMEWORK,
  INDICATOR_FRAMEWORK,
  notScoredReason,
  withFramework,
} from './framework.ts';

/** Indicators the assessment computes itself: the template has no row to fill for them. */
export const COMPUTED_INDICATORS: ReadonlySet<string> = new Set(['catalog_coverage']);

/** Indicator id -> entry (a Map, so ids such as `constructor` are safe). */
export function catalogueIndex(entries: readonly CatalogueEntry[]): Map<string, CatalogueEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}
