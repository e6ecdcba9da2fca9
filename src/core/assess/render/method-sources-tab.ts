/**
 * Method & sources: full provenance of a benchmark.
 * @module
 */
import { GENERATED_TABS } from '../../template/layout.ts';
import type { Benchmark } from '../types.ts';
import type { Section, TabDraft } from './draft.ts';

const settings = (benchmark: Benchmark): Section => ({
  key: 'settings',
  title: 'Settings used',
  columns: [
    { header: 'Setting', width: 22 },
    { header: 'Value', width: 30 },
  ],
  rows: Object.keys(benchmark.method)
    .sort()
    .map((k) => [k, benchmark.method[k] ?? null]),
});

const indicators = (benchmark: Benchmark): Section => ({
  key: 'indicators',
  title: 'Indicators: how each entered the scores',
  columns: [
    { header: 'Indicator', width: 28 },
    { header: 'Name', width: 36 },
    { header: 'Side', width: 11 },
    { header: 'Dimension', width: 24 },
    { header: 'Unit', width: 14 },
    { header: 'Direction', format: '0', width: 8 },
    { header: 'Weight', format: '0.00', width: 8 },
    { header: 'Goalpost lower', format: 'General', width: 10 },
    { header: 'Goalpost upper', format: 'General', width: 10 },
    { header: 'Scored', width: 7 },
    { header: 'Why not scored', width: 30 },
    { header: 'Source', width: 30 },
    { header: 'Code', width: 18 },
    { header: 'Scale', width: 8 },
    {
      header: 'Reference year',
      format: '0',
      width: 9,
      note: 'One year per indicator for every corridor: the latest year at least half of the corridors reporting it have reached.',
    },
  ],
  rows: (benchmark.meta ?? []).map((m) => [
    m.iCode,
    m.name,
    m.side,
    m.dimension,
    m.unit,
    m.direction,
    m.weight,
    m.goalpostLower,
    m.goalpostUpper,
    m.scored ? 'yes' : 'no',
    m.reason,
    m.source,
    m.code,
    m.scale ?? 'linear',
    benchmark.referenceYears?.[m.iCode] ?? null,
  ]),
});

const sources = (benchmark: Benchmark): Section => ({
  key: 'sources',
  title: 'Every source used',
  columns: [
    { header: 'Source', width: 40 },
    { header: 'Code or URL', width: 24 },
    { header: 'Values', format: '0', width: 8 },
    { header: 'Indicators', width: 60 },
  ],
  rows: (benchmark.sources ?? []).map((s) => [s.source, s.code, s.values, s.iCodes.join(', ')]),
});

const log = (benchmark: Benchmark): Section => ({
  key: 'engine-log',
  title: 'Engine log (every stage with its exact arguments)',
  columns: [
    { header: 'Run', width: 18 },
    { header: 'Stage', width: 12 },
    { header: 'Arguments (JSON)', width: 60 },
    { header: 'Notes', width: 60 },
  ],
  rows: (benchmark.log ?? []).map((l) => [l.run, l.stage, l.args, l.notes.join('; ')]),
});

/** Drafts the Method & sources tab: settings, indicator treatment, sources, engine log. */
export function methodSourcesTab(benchmark: Benchmark): TabDraft {
  return {
    name: GENERATED_TABS.methodSources,
    about:
      'Everything needed to reproduce the benchmark: the settings read from the Method tab, how each indicator was treated, every source named in the input and the engine log of every run.',
    sections: [settings(benchmark), indicators(benchmark), sources(benchmark), log(benchmark)],
  };
}
