/** The Method tab: editable scoring choices with their allowed values. @module */
import type { DataValidationRule } from '../../contract/patch.ts';
import { COLUMNS, INPUT_TABS } from '../layout.ts';
import { allowedText, METHOD_SETTINGS, type MethodSettingSpec } from '../method-settings.ts';
import { HEADER_FORMAT, INPUT_TAB_COLOUR, type TabBuild } from './tab-build.ts';

const VALUE_COLUMN = 'B';

function rule(spec: MethodSettingSpec, row: number): DataValidationRule {
  const range = `${VALUE_COLUMN}${row}`;
  if (spec.kind === 'choice') {
    return {
      range,
      kind: 'list',
      values: [...spec.options],
      message: `One of ${allowedText(spec)}`,
      strict: true,
    };
  }
  return {
    range,
    kind: spec.integer ? 'whole' : 'decimal',
    min: spec.min,
    max: spec.max,
    message: `A ${allowedText(spec)}`,
    strict: true,
  };
}

export function methodTab(): TabBuild {
  return {
    tab: {
      name: INPUT_TABS.method,
      frozenRows: 1,
      columnWidths: [36, 14, 36, 90],
      tabColour: INPUT_TAB_COLOUR,
      validations: METHOD_SETTINGS.map((s, i) => rule(s, i + 2)),
    },
    rows: [
      [...COLUMNS.Method],
      ...METHOD_SETTINGS.map((s) => [s.key, s.default, allowedText(s), s.description]),
    ],
    headerFormat: HEADER_FORMAT,
  };
}
