/**
 * The template generator: a workbook to fill for one corridor or an
 * observatory of many, with its layout (frozen rows, widths, drop-downs and
 * rules) and the patches that write it with header formats and cell notes.
 * @module
 */
import { rangeA1 } from '../../contract/a1.ts';
import type { CellFormat, GeneratedTab, Patch } from '../../contract/patch.ts';
import type { CellValue, Workbook } from '../../contract/workbook.ts';
import type { CorridorFacts } from '../../pack/facts.ts';
import { CATALOGUE, POLICY_QUESTIONS } from '../catalogue/index.ts';
import type { CatalogueEntry } from '../types.ts';
import { availabilityTab } from './availability-tab.ts';
import { catalogueTab } from './catalogue-tab.ts';
import { type CorridorSpec, planCorridor } from './corridor-spec.ts';
import { corridorsTab } from './corridors-tab.ts';
import { indicatorsTab } from './indicators-tab.ts';
import { instructionsTab } from './instructions-tab.ts';
import { methodTab } from './method-tab.ts';
import { policyTab } from './policy-tab.ts';
import { withDataPeriod } from './prefill/data-period.ts';
import type { TabBuild } from './tab-build.ts';

export interface BuildTemplateOptions {
  corridors: CorridorSpec[];
  /** ISO timestamp shown on the Instructions tab; its year ends the default period. */
  generatedAt: string;
  /** Indicators to prefill; the built-in catalogue by default. */
  catalogue?: readonly CatalogueEntry[];
  /**
   * Open-data facts by corridor id (from the pack): their values pre-fill the
   * Indicators tab, their ledger is added to the Data availability tab, and a
   * corridor without a period gets one ending at the latest year of its data.
   */
  prefill?: ReadonlyMap<string, CorridorFacts>;
}

export interface BuiltTemplate {
  /** Every tab's values, row 1 = header (Instructions: the title). */
  workbook: Workbook;
  /** Per tab: frozen rows, column widths, drop-downs and rules, tab colour. */
  layout: GeneratedTab[];
  /** The same values as patches, with header formats and cell notes, ready for an adapter. */
  patches: Patch[];
}

function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
}

function patchesFor(build: TabBuild): Patch[] {
  const values = rectangular(build.rows);
  const width = values[0]?.length ?? 1;
  const valuePatch: Patch = {
    tab: build.tab.name,
    range: rangeA1(1, 1, values.length, width),
    values,
  };
  if (build.notes && build.notes.length > 0) {
    const notes = values.map((r) => r.map((): string | null => null));
    for (const n of build.notes) {
      const row = notes[n.row];
      if (row && n.column < row.length) row[n.column] = n.text;
    }
    valuePatch.notes = notes;
  }
  if (build.cellFormats && build.cellFormats.length > 0) {
    const formats = values.map((r) => r.map((): CellFormat | null => null));
    for (const f of build.cellFormats) {
      const row = formats[f.row];
      if (row && f.column < row.length) row[f.column] = f.format;
    }
    valuePatch.formats = formats;
  }
  const header = values[0] ?? [''];
  const headerPatch: Patch = {
    tab: build.tab.name,
    range: rangeA1(1, 1, 1, width),
    values: [header],
    formats: [header.map(() => build.headerFormat ?? null)],
  };
  return [valuePatch, headerPatch];
}

/**
 * Builds the corridor template.
 * @example
 * buildTemplate({ corridors: [{ origin: 'MEX', destination: 'USA' }], generatedAt: '2026-01-01T00:00:00Z' })
 *   .workbook.tabs.Corridors[1]; // => ['MEX-USA', 'MEX', '', 'USA', 2017, 2026, '', '', '']
 */
export function buildTemplate(opts: BuildTemplateOptions): BuiltTemplate {
  const catalogue = opts.catalogue ?? CATALOGUE;
  const prefill = opts.prefill ?? new Map<string, CorridorFacts>();
  const corridors = opts.corridors.map((c) =>
    planCorridor(withDataPeriod(c, prefill, catalogue), opts.generatedAt),
  );
  const referenceYear = Number(opts.generatedAt.slice(0, 4)) || corridors[0]?.periodEnd || 2025;
  const builds = [
    instructionsTab(corridors, opts.generatedAt, prefill, catalogue),
    corridorsTab(corridors),
    indicatorsTab(corridors, catalogue, prefill),
    policyTab(corridors, POLICY_QUESTIONS),
    availabilityTab(corridors, { catalogue, prefill, referenceYear }),
    catalogueTab(catalogue),
    methodTab(),
  ];
  return {
    workbook: { tabs: Object.fromEntries(builds.map((b) => [b.tab.name, b.rows])) },
    layout: builds.map((b) => b.tab),
    patches: builds.flatMap(patchesFor),
  };
}
