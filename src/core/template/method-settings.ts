/**
 * The Method tab's settings: allowed values, defaults and descriptions, the
 * single source for the template generator and the reader.
 * @module
 */
import { DIMENSIONS } from './catalogue/index.ts';
import type { DimensionId, MethodSettings } from './types.ts';

export type MethodSettingSpec =
  | {
      key: string;
      kind: 'choice';
      options: readonly string[];
      default: string;
      description: string;
    }
  | {
      key: string;
      kind: 'number';
      integer: boolean;
      min: number;
      max: number;
      default: number;
      description: string;
    };

/** The defaults used when the Method tab is missing or a setting is blank. */
export const DEFAULT_METHOD: MethodSettings = {
  normalisation: 'goalposts',
  aggregation: 'amean',
  imputation: 'none',
  timeMode: 'latest',
  maxAgeYears: 5,
  dimensionWeights: Object.fromEntries(DIMENSIONS.map((d) => [d.id, 1])),
  minDataShare: 0.5,
  uncertaintyRuns: 200,
  seed: 42,
};

export const weightKey = (dimension: DimensionId): string => `weight_${dimension}`;

export const METHOD_SETTINGS: readonly MethodSettingSpec[] = [
  {
    key: 'normalisation',
    kind: 'choice',
    options: ['goalposts', 'minmax', 'zscore', 'prank'],
    default: DEFAULT_METHOD.normalisation,
    description:
      'How values become 0-100 scores: goalposts = fixed bounds from the Catalogue (years stay comparable); minmax = min and max across corridors; zscore = standard scores; prank = percentile ranks.',
  },
  {
    key: 'aggregation',
    kind: 'choice',
    options: ['amean', 'gmean'],
    default: DEFAULT_METHOD.aggregation,
    description:
      'How indicator scores combine into dimension and overall scores: amean = weighted arithmetic mean (fully compensatory); gmean = weighted geometric mean (a low score weighs more).',
  },
  {
    key: 'imputation',
    kind: 'choice',
    options: ['none', 'mean', 'median', 'latest'],
    default: DEFAULT_METHOD.imputation,
    description:
      'What fills a missing value: none = leave it out; mean or median = of the other corridors; latest = the latest earlier value of the same corridor, whatever its age.',
  },
  {
    key: 'time_mode',
    kind: 'choice',
    options: ['latest', 'panel'],
    default: DEFAULT_METHOD.timeMode,
    description:
      'latest = each corridor uses its latest value no older than max_age_years; panel = score every year with fixed goalposts so years are comparable.',
  },
  {
    key: 'max_age_years',
    kind: 'number',
    integer: true,
    min: 0,
    max: 50,
    default: DEFAULT_METHOD.maxAgeYears,
    description:
      'Oldest data used in latest mode, in years before the end of the reference period.',
  },
  ...DIMENSIONS.map(
    (d): MethodSettingSpec => ({
      key: weightKey(d.id),
      kind: 'number',
      integer: false,
      min: 0,
      max: 100,
      default: 1,
      description: `Weight of the dimension "${d.label}" in the overall score (0 leaves it out).`,
    }),
  ),
  {
    key: 'min_data_share',
    kind: 'number',
    integer: false,
    min: 0,
    max: 1,
    default: DEFAULT_METHOD.minDataShare,
    description:
      "Least share (0-1) of a dimension's scored indicators a corridor needs for a dimension score; below it the score is left empty.",
  },
  {
    key: 'uncertainty_runs',
    kind: 'number',
    integer: true,
    min: 0,
    max: 10000,
    default: DEFAULT_METHOD.uncertaintyRuns,
    description: 'Monte Carlo replications for rank intervals (0 = skip the uncertainty analysis).',
  },
  {
    key: 'seed',
    kind: 'number',
    integer: true,
    min: 0,
    max: 2147483647,
    default: DEFAULT_METHOD.seed,
    description: 'Random seed for the uncertainty analysis, so reruns give identical results.',
  },
];

/** Human-readable allowed values of a setting, as shown in the Method tab. */
export function allowedText(spec: MethodSettingSpec): string {
  if (spec.kind === 'choice') return spec.options.join(', ');
  return `${spec.integer ? 'whole number' : 'number'} from ${spec.min} to ${spec.max}`;
}
