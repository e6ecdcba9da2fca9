/**
 * Writes the assessed workbook: the input (unchanged) plus the generated tabs,
 * atomically, so a failure leaves whatever was at the target before.
 * @module
 */

import { writeFileAtomic } from '../../adapters/fs/atomic-write.ts';
import { writeCsvFolder } from '../../adapters/fs/csv-folder.ts';
import type { Input } from '../../adapters/fs/open-input.ts';
import { applyWriteBack, renderChartImages, toXlsxBytes } from '../../adapters/xlsx/index.ts';
import { applyWriteBackToGrid } from '../../core/contract/apply-write-back-grid.ts';
import type { WriteBack } from '../../core/contract/patch.ts';

export async function writeOutput(
  input: Extract<Input, { ok: true }>,
  writeBack: WriteBack,
  target: string,
) {
  if (input.kind === 'xlsx') {
    const names = applyWriteBack(input.excel, writeBack);
    await renderChartImages(input.excel, writeBack.tabs, names);
    await writeFileAtomic(target, await toXlsxBytes(input.excel));
  } else {
    await writeCsvFolder(target, applyWriteBackToGrid(input.workbook, writeBack));
  }
}
