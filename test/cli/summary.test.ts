import { expect, test } from 'vitest';
import { summaryText } from '../../src/cli/report/summary.ts';
import type { AssessResult } from '../../src/core/assess/types.ts';
import { smallBenchmark } from '../assess/fixtures/small-benchmark.ts';

test('the CLI summary names every corridor left out of the ranking, with the reason', () => {
  const benchmark = smallBenchmark();
  benchmark.corridors = benchmark.corridors.map((c) =>
    c.rank === null
      ? {
          ...c,
          unranked:
            "data for 25% of the scored indicators, below the Method's min_data_share of 50%",
        }
      : c,
  );
  const result = {
    ok: true,
    issues: [],
    summary: { corridors: benchmark.corridors.length, errors: 0, warnings: 1, top: [] },
    benchmark,
    writeBack: { tabs: [], patches: [] },
  } as AssessResult;
  const text = summaryText(result);
  expect(text).toContain('Not ranked (1, listed on the Ranking tab):');
  expect(text).toContain(
    "=EVIL(): data for 25% of the scored indicators, below the Method's min_data_share of 50%",
  );
});
