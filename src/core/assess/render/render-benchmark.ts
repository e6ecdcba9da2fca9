/**
 * All benchmark tabs of an assessment, in their fixed order.
 * @module
 */
import type { WriteBack } from '../../contract/patch.ts';
import type { Benchmark } from '../types.ts';
import { auditTab } from './audit-tab.ts';
import { methodSummary } from './banner.ts';
import { dataGapsTab } from './data-gaps-tab.ts';
import type { TabDraft } from './draft.ts';
import { layOutTab } from './lay-out.ts';
import { methodSourcesTab } from './method-sources-tab.ts';
import { perspectivesTab } from './perspectives-tab.ts';
import { rankingTab } from './ranking-tab.ts';
import { scorecardTab } from './scorecard-tab.ts';
import { sensitivityTab } from './sensitivity-tab.ts';
import { trendsTab } from './trends-tab.ts';

/** The benchmark tab drafts (Validation excluded), in tab order. */
export function benchmarkDrafts(benchmark: Benchmark): TabDraft[] {
  return [
    scorecardTab(benchmark),
    rankingTab(benchmark),
    perspectivesTab(benchmark),
    trendsTab(benchmark),
    dataGapsTab(benchmark),
    sensitivityTab(benchmark),
    auditTab(benchmark),
    methodSourcesTab(benchmark),
  ];
}

/**
 * Renders the benchmark tabs as a WriteBack: each starts with the banner,
 * the generation time and the method summary.
 */
export function renderBenchmark(benchmark: Benchmark): WriteBack {
  const context = { generatedAt: benchmark.generatedAt, summary: methodSummary(benchmark.method) };
  const out: WriteBack = { tabs: [], patches: [] };
  for (const draft of benchmarkDrafts(benchmark)) {
    const { tab, patches } = layOutTab(draft, context);
    out.tabs.push(tab);
    out.patches.push(...patches);
  }
  return out;
}
