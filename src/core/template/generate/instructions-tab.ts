/** The Instructions tab: how to fill the template, in plain words. @module */
import { INPUT_TABS } from '../layout.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import type { TabBuild } from './tab-build.ts';

export function instructionsTab(
  corridors: readonly PlannedCorridor[],
  generatedAt: string,
): TabBuild {
  const lines = [
    'Corridor Monitor: corridor assessment template',
    `Generated ${generatedAt} for ${corridors.length} corridor(s): ${corridors.map((c) => c.id).join(', ')}`,
    '',
    'How to fill it',
    `1. ${INPUT_TABS.corridors}: one row per corridor. Countries are ISO 3166 alpha-3 codes (MEX, USA). The corridor_id is ORIGIN-DESTINATION or ORIGIN-TRANSIT-DESTINATION. Years outside period_start..period_end are flagged.`,
    `2. ${INPUT_TABS.indicators}: one row per indicator, side and year (long format). The rows are prefilled with corridor, indicator, side, country, unit and the official code; fill year, value and source. Add a row per extra year of a time series. Leave a row blank when no data exist: that is a data gap, not an error.`,
    '   Values are plain numbers in the unit shown (e.g. 6.2 for 6.2 %). Numbers written as text are read when they are plain (12.5, -3); text with thousands separators (1,234) or % signs is rejected because it is ambiguous.',
    `3. ${INPUT_TABS.policy}: choose an answer from the drop-down; each answer scores 0, 50 or 100.`,
    `4. ${INPUT_TABS.availability}: for each data source, say whether it is available, partial or missing, and its latest year.`,
    `5. ${INPUT_TABS.catalogue}: the built-in indicators (do not edit them). Add your own indicators in new rows below; they are read, checked and used like built-in ones.`,
    `6. ${INPUT_TABS.method}: the scoring choices. Change the value column only; the allowed values are listed beside it.`,
    '',
    'Sides: origin, transit, destination (a country), corridor (the pair), migrants (the people in the corridor).',
    'Every value needs a source. Text starting with = + - @ is kept as text, never run as a formula.',
    'Corridor Monitor adds Validation and benchmark tabs (Scorecard, Ranking, ...) and replaces them on every run; it never edits these input tabs.',
  ];
  return {
    tab: {
      name: INPUT_TABS.instructions,
      frozenRows: 0,
      columnWidths: [140],
      tabColour: '#1F4E79',
    },
    rows: lines.map((l) => [l]),
    headerFormat: { bold: true },
  };
}
