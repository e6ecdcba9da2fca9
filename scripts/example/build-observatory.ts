/**
 * Builds the example observatory from data/: the generated template for the
 * example corridors, filled with the values the public extracts support.
 * @module
 */
import type { GeneratedTab } from '../../src/core/contract/patch.ts';
import type { CellValue, Workbook } from '../../src/core/contract/workbook.ts';
import { SPARE_ROWS } from '../../src/core/template/generate/tab-build.ts';
import { buildTemplate } from '../../src/core/template/index.ts';
import { COLUMNS, INPUT_TABS } from '../../src/core/template/layout.ts';
import { CORRIDORS, type ExampleCorridor, PERIOD, TEAM } from './corridors.ts';
import { EXAMPLE_CATALOGUE } from './custom-indicators.ts';
import { readExtracts } from './extracts.ts';
import { corridorValues } from './indicators/index.ts';
import { stretchTab } from './layout-rows.ts';
import type { ExampleValue } from './observation.ts';
import { fillAvailabilityRows } from './tabs/availability-rows.ts';
import { fillIndicatorRows } from './tabs/indicators-rows.ts';
import { instructionLines } from './tabs/instructions.ts';

/** Fixed, so that the same data always give the same workbook. */
export const GENERATED_AT = '2026-11-28T00:00:00Z';

export interface Observatory {
  workbook: Workbook;
  layout: GeneratedTab[];
  values: ExampleValue[];
}

export function buildObservatory(
  dataDir = 'data',
  corridors: readonly ExampleCorridor[] = CORRIDORS,
): Observatory {
  const x = readExtracts(dataDir);
  const values = corridors
    .flatMap((c) => corridorValues(x, c))
    .filter((v) => v.year >= PERIOD.start && v.year <= PERIOD.end);
  const template = buildTemplate({
    corridors: corridors.map((c) => ({ ...c, periodStart: PERIOD.start, periodEnd: PERIOD.end })),
    generatedAt: GENERATED_AT,
    catalogue: EXAMPLE_CATALOGUE,
  });
  const tabs = template.workbook.tabs as Record<string, CellValue[][]>;
  const teamAt = COLUMNS.Corridors.indexOf('team');
  const filled: Record<string, CellValue[][]> = {
    ...tabs,
    [INPUT_TABS.instructions]: [
      ...instructionLines(corridors).map((l) => [l]),
      [''],
      ...(tabs[INPUT_TABS.instructions] ?? []),
    ],
    [INPUT_TABS.corridors]: (tabs[INPUT_TABS.corridors] ?? []).map((r, i) =>
      i === 0 ? r : r.map((cell, c) => (c === teamAt ? TEAM : cell)),
    ),
    [INPUT_TABS.indicators]: fillIndicatorRows(tabs[INPUT_TABS.indicators] ?? [], values),
    [INPUT_TABS.availability]: fillAvailabilityRows(
      tabs[INPUT_TABS.availability] ?? [],
      corridors,
      values,
      x,
    ),
  };
  const layout = template.layout.map((t) => {
    const rows = filled[t.name]?.length ?? 0;
    return t.name === INPUT_TABS.indicators || t.name === INPUT_TABS.availability
      ? stretchTab(t, rows + SPARE_ROWS)
      : t;
  });
  return { workbook: { tabs: filled }, layout, values };
}
