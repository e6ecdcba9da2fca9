/** Where `assess` writes: a new file beside the input by default, or the input itself. @module */
import { basename, dirname, extname, join } from 'node:path';

export function defaultOutput(input: string, kind: 'xlsx' | 'csv-folder'): string {
  if (kind === 'csv-folder') return `${input.replace(/[\\/]+$/, '')}-assessed`;
  const ext = extname(input) || '.xlsx';
  return join(dirname(input), `${basename(input, ext)}-assessed${ext}`);
}
