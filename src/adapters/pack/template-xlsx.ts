/** The .xlsx writer the Node entries give the corridor routes (`deps.writeTemplateXlsx`). @module */
import type { BuiltTemplate } from '../../core/template/generate/build-template.ts';
import { writeXlsx } from '../xlsx/index.ts';

export const writeTemplateXlsx = (t: BuiltTemplate, date: Date): Promise<Uint8Array> =>
  writeXlsx(t.workbook, { layout: t.layout, patches: t.patches, date });
