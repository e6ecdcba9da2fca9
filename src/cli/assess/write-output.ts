/**
 * Writes the assessed workbook: the input (unchanged) plus the generated tabs,
 * atomically, so a failure leaves whatever was at the target before.
 * @module
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { copyFileAtomic, writeChunksAtomic } from '../../adapters/fs/atomic-write.ts';
import { safeTabFile, writeCsvTabs } from '../../adapters/fs/csv-folder.ts';
import type { Input } from '../../adapters/fs/open-input.ts';
import { loadAsyncRenderer } from '../../adapters/xlsx/chart-images.ts';
import { editPackage } from '../../adapters/xlsx/package/edit-package.ts';
import { applyWriteBackToGrid } from '../../core/contract/apply-write-back-grid.ts';
import { GENERATED_REGISTRY } from '../../core/contract/generated-names.ts';
import type { WriteBack } from '../../core/contract/patch.ts';
import type { Workbook } from '../../core/contract/workbook.ts';
import { UsageError } from '../exit.ts';

type Read = Extract<Input, { ok: true }>;

export async function writeOutput(
  input: Read,
  writeBack: WriteBack,
  target: string,
  inPlace: boolean,
) {
  if (input.kind === 'xlsx') {
    const renderPng = writeBack.tabs.some((t) => t.charts?.length)
      ? ((await loadAsyncRenderer()) ?? undefined)
      : undefined;
    const registry = input.workbook.tabs[GENERATED_REGISTRY] as unknown[][] | undefined;
    const { chunks } = await editPackage(input.bytes, writeBack, { registry, renderPng });
    await writeChunksAtomic(target, chunks);
  } else {
    await writeCsvOutput(input, writeBack, target, inPlace);
  }
}

/**
 * In place: only the generated tabs' files and the registry are written; the
 * input CSVs are not rewritten. Elsewhere: the input CSVs are copied byte for
 * byte beside the generated ones. Either way no other file is touched, and a
 * folder that is not an earlier output is never overwritten file by file.
 */
async function writeCsvOutput(
  input: Extract<Read, { kind: 'csv-folder' }>,
  writeBack: WriteBack,
  target: string,
  inPlace: boolean,
) {
  const result = applyWriteBackToGrid(input.workbook, writeBack);
  const generated: Workbook['tabs'] = {};
  const copies: [string, string][] = [];
  for (const [name, rows] of Object.entries(result.tabs)) {
    if (rows !== input.workbook.tabs[name]) generated[name] = rows;
    else copies.push([input.files.get(name)!, name]);
  }
  for (const name of Object.keys(generated)) {
    if (!safeTabFile(name))
      throw new UsageError(`generated tab "${name}" cannot be written as a file name`);
  }
  if (inPlace) {
    await writeCsvTabs(target, generated);
    return;
  }
  const present = new Set(await readdir(target).catch(() => [] as string[]));
  if (present.size > 0 && !present.has(`${GENERATED_REGISTRY}.csv`)) {
    const planned = [
      ...Object.keys(generated).map((n) => safeTabFile(n)!),
      ...copies.map(([file]) => file),
    ];
    const clash = planned.filter((f) => present.has(f));
    if (clash.length > 0) {
      throw new UsageError(
        `--out ${target} already holds ${clash.slice(0, 3).join(', ')}${clash.length > 3 ? ` and ${clash.length - 3} more` : ''} that an earlier assess did not write; name a new or empty folder`,
      );
    }
  }
  await writeCsvTabs(target, generated);
  for (const [file] of copies) await copyFileAtomic(join(input.path, file), join(target, file));
}
