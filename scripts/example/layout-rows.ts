/**
 * The template's drop-downs and rules cover its own row count; once rows are
 * added, their ranges are stretched to the filled rows plus the spare rows.
 * @module
 */
import type { GeneratedTab } from '../../src/core/contract/patch.ts';

/** `E2:E1234` -> `E2:E{last}`; single cells and other tabs' ranges stay. */
export function stretchTab(tab: GeneratedTab, last: number): GeneratedTab {
  if (!tab.validations) return tab;
  return {
    ...tab,
    validations: tab.validations.map((v) => ({
      ...v,
      range: v.range.replace(/^([A-Z]+)2:([A-Z]+)\d+$/, `$12:$2${last}`),
    })),
  };
}
