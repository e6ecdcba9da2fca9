/** The lines that open the example's Instructions tab, above the template's own. @module */
import { type ExampleCorridor, PERIOD } from '../corridors.ts';

export function instructionLines(corridors: readonly ExampleCorridor[]): string[] {
  return [
    'Corridor Monitor example observatory (real public data)',
    `${corridors.length} corridors, reference period ${PERIOD.start}-${PERIOD.end}, pre-filled by scripts/build-example.ts through the open-data pack in data/pack exactly as \`corridor-monitor template --prefill\` fills any corridor (see data/PROVENANCE.md and docs/open-data-pack.md).`,
    'Every value names its source and official code; derived values give their formula in the note column. Blank Indicators rows are data gaps; the data-gap ledger is at the end of the Data availability tab. Policy answers are left blank: the extracts hold no question-level policy data.',
  ];
}
