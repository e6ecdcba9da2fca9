/**
 * Reads the Method tab into MethodSettings: a blank value keeps the default,
 * a bad value or unknown setting is an `invalid_method` error.
 * @module
 */
import { type Issue, issue } from '../contract/issue.ts';
import { DIMENSION_IDS } from '../template/catalogue/index.ts';
import {
  allowedText,
  DEFAULT_METHOD,
  METHOD_SETTINGS,
  type MethodSettingSpec,
  weightKey,
} from '../template/method-settings.ts';
import type { MethodSettings } from '../template/types.ts';
import { describeCell, isBlank, readNumber, readText } from './cells.ts';
import { address, cellsOf, record, type Sheet } from './sheet.ts';

export const METHOD_REQUIRED_COLUMNS = ['setting', 'value'] as const;

const SPECS = new Map(METHOD_SETTINGS.map((s) => [s.key, s]));

function parseValue(spec: MethodSettingSpec, v: unknown): string | number | undefined {
  if (spec.kind === 'choice') {
    const t = readText(v);
    return t.ok ? spec.options.find((o) => o === t.value.toLowerCase()) : undefined;
  }
  const n = readNumber(v);
  if (!n.ok || n.value < spec.min || n.value > spec.max) return undefined;
  return spec.integer && !Number.isInteger(n.value) ? undefined : n.value;
}

/** Applies parsed values (by setting key) over the defaults. */
function toSettings(values: Map<string, string | number>): MethodSettings {
  const num = (k: string, d: number) => {
    const v = values.get(k);
    return typeof v === 'number' ? v : d;
  };
  const str = <T extends string>(k: string, d: T) => (values.get(k) as T | undefined) ?? d;
  return {
    normalisation: str('normalisation', DEFAULT_METHOD.normalisation),
    aggregation: str('aggregation', DEFAULT_METHOD.aggregation),
    imputation: str('imputation', DEFAULT_METHOD.imputation),
    timeMode: str('time_mode', DEFAULT_METHOD.timeMode),
    maxAgeYears: num('max_age_years', DEFAULT_METHOD.maxAgeYears),
    dimensionWeights: Object.fromEntries(DIMENSION_IDS.map((d) => [d, num(weightKey(d), 1)])),
    minDataShare: num('min_data_share', DEFAULT_METHOD.minDataShare),
    uncertaintyRuns: num('uncertainty_runs', DEFAULT_METHOD.uncertaintyRuns),
    seed: num('seed', DEFAULT_METHOD.seed),
  };
}

export function readMethod(sheet: Sheet | undefined, issues: Issue[]): MethodSettings {
  const values = new Map<string, string | number>();
  const rows = new Map<string, number>();
  sheet?.rows.forEach((row, i) => {
    if (cellsOf(row).every(isBlank)) return;
    const cells = record(sheet, i, ['setting', 'value']);
    const key = readText(cells.setting);
    const spec = key.ok ? SPECS.get(key.value.toLowerCase()) : undefined;
    if (!spec) {
      issues.push(
        issue(
          'invalid_method',
          address(sheet, i, 'setting'),
          `Method setting expects one of ${[...SPECS.keys()].join(', ')}, found ${describeCell(cells.setting)}`,
        ),
      );
      return;
    }
    if (rows.has(spec.key)) {
      issues.push(
        issue(
          'invalid_method',
          address(sheet, i, 'setting'),
          `Method setting ${spec.key} expects one row, found another at row ${rows.get(spec.key)}`,
        ),
      );
      return;
    }
    rows.set(spec.key, i + 2);
    if (isBlank(cells.value)) return;
    const v = parseValue(spec, cells.value);
    if (v === undefined) {
      issues.push(
        issue(
          'invalid_method',
          address(sheet, i, 'value'),
          `Method setting ${spec.key} expects ${spec.kind === 'choice' ? 'one of ' : 'a '}${allowedText(spec)}, found ${describeCell(cells.value)}; the default ${spec.default} is used`,
        ),
      );
      return;
    }
    values.set(spec.key, v);
  });
  return toSettings(values);
}
