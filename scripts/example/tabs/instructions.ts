/** The lines that open the example's Instructions tab, above the template's own. @module */
import type { ExampleCorridor } from '../corridors.ts';
import { PERIOD } from '../corridors.ts';

export function instructionLines(corridors: readonly ExampleCorridor[]): string[] {
  return [
    'Corridor Monitor example observatory (real public data)',
    `${corridors.length} corridors, reference period ${PERIOD.start}-${PERIOD.end}, filled by scripts/build-example.ts from the extracts in data/ (see data/PROVENANCE.md).`,
    'Every value names its source and official code or URL; derived values say how they were computed in the note column. Blank Indicators rows are data gaps. Policy answers are left blank: the extracts hold no question-level policy data.',
  ];
}
