/**
 * Where `assess` writes: a new file beside the input by default, or the input
 * itself with --in-place. Targets that would overwrite, nest in or contain the
 * input are refused before anything is read or written.
 * @module
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

export function defaultOutput(input: string, kind: 'xlsx' | 'csv-folder'): string {
  if (kind === 'csv-folder') return `${input.replace(/[\\/]+$/, '')}-assessed`;
  const ext = extname(input) || '.xlsx';
  return join(dirname(input), `${basename(input, ext)}-assessed${ext}`);
}

/** The real path of `path`, following links of its nearest existing ancestor. */
async function real(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(await real(parent), basename(full));
  }
}

/** True when `inner` is `outer` itself or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * @returns a one-line reason to refuse writing `target` (an --out or --export
 * path) for `input`, or undefined when it is safe.
 */
export async function unsafeTarget(
  input: string,
  kind: 'xlsx' | 'csv-folder',
  target: string,
  flag: '--out' | '--export',
): Promise<string | undefined> {
  const [i, t] = [await real(input), await real(target)];
  if (t === i)
    return `${flag} ${target} is the input itself; ${flag === '--out' ? 'use --in-place to write into the input, or name another path' : 'name another folder'}`;
  // --export writes only its own file names, so a parent of the input is safe for it
  if (flag === '--out' && within(i, t))
    return `${flag} ${target} contains the input ${input}; name a path outside it`;
  if (kind === 'csv-folder' && within(t, i))
    return `${flag} ${target} is inside the input folder ${input}; name a path outside it`;
  if (flag === '--out' && kind === 'xlsx') {
    const info = await stat(t).catch(() => undefined);
    if (info?.isDirectory()) return `--out ${target} is a folder; name the .xlsx file to write`;
  }
  return undefined;
}
