/** The Instructions tab: how to fill the template, in plain words. @module */

import type { CorridorFacts } from '../../pack/facts.ts';
import { INPUT_TABS } from '../layout.ts';
import type { CatalogueEntry } from '../types.ts';
import type { PlannedCorridor } from './corridor-spec.ts';
import { seriesIdFor } from './prefill/indicator-series.ts';
import type { TabBuild } from './tab-build.ts';

/** What the Instructions tab says about pre-filled values, when there are any. */
function prefillLines(
  corridors: readonly PlannedCorridor[],
  prefill: ReadonlyMap<string, CorridorFacts>,
  catalogue: readonly CatalogueEntry[],
): string[] {
  const filled = corridors.filter((c) => prefill.has(c.id));
  if (filled.length === 0) return [];
  const version = prefill.get(filled[0]!.id)?.packVersion ?? '';
  return [
    '',
    `Pre-filled from open data (Corridor Monitor open-data pack ${version})`,
    `Green italic cells of ${INPUT_TABS.indicators} hold open-data values, with their source, official code and a note; the reference period runs to the latest year of those data. Keep a value, or replace it with a national figure and change its source: assess then lists both in a reconciliation and flags differences over 20%.`,
    `${INPUT_TABS.availability}: below the data sources, the data-gap ledger lists every indicator with its status (pre-filled, derivable, needs national input, no known open source), latest year and age.`,
    'Sources of the pre-filled values (vintage; licence):',
    ...sourceLines(
      filled.map((c) => prefill.get(c.id)!),
      catalogue,
    ),
    ...filled.map((c) => {
      const f = prefill.get(c.id)!;
      return `${c.id}: ${f.names[f.origin]} to ${f.names[f.destination]}, ${String(f.stock.value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} migrants (UN DESA ${f.stock.year}); period ${c.periodStart}-${c.periodEnd}${f.routes.length ? `; Missing Migrants regions attributed: ${f.routes.join(', ')}` : ''}`;
    }),
  ];
}

function sourceLines(
  facts: readonly CorridorFacts[],
  catalogue: readonly CatalogueEntry[],
): string[] {
  const sources = new Map<string, string>();
  const prefilling = new Set(catalogue.map((e) => seriesIdFor(e.id)));
  const series = new Map<string, string>();
  for (const f of facts) {
    for (const s of f.sources)
      sources.set(s.id, `- ${s.title} (${s.vintage}; ${s.licence}; ${s.url})`);
    for (const s of f.series) {
      if (!prefilling.has(s.indicator) || series.has(s.indicator)) continue;
      const formula = s.formula ? `; formula: ${s.formula}` : '';
      series.set(s.indicator, `- ${s.indicator} (${s.code}): ${s.note}${formula}`);
    }
  }
  return [
    ...sources.values(),
    'The pre-filled series: official code, what each value is, and the formula of derived ones:',
    ...[...series.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, line]) => line),
  ];
}

export function instructionsTab(
  corridors: readonly PlannedCorridor[],
  generatedAt: string,
  prefill: ReadonlyMap<string, CorridorFacts> = new Map(),
  catalogue: readonly CatalogueEntry[] = [],
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
    ...prefillLines(corridors, prefill, catalogue),
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
