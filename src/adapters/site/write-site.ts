/**
 * Writes the observatory's files into a folder. The site is written into a
 * staging folder beside the target and swapped in at the end, so a failed
 * build never leaves half a site; a target that is not an earlier site
 * (no marker file) and not empty is refused rather than replaced.
 * @module
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SiteFile } from '../../core/observatory/site.ts';

export const SITE_MARKER = '.corridor-monitor-site';
/** Keeps the marker out of a Workers static-assets upload; also lets wrangler find the folder before a build. */
const ASSETS_IGNORE = '.assetsignore';
const ASSETS_IGNORE_TEXT = `# Not served: the build marker of corridor-monitor observatory.\n${SITE_MARKER}\n${ASSETS_IGNORE}\n`;

export interface WriteReport {
  files: number;
  bytes: number;
  /** Largest HTML page, path and bytes. */
  largestPage: { path: string; bytes: number };
}

export function targetProblem(out: string): string | null {
  const dir = resolve(out);
  if (!existsSync(dir)) return null;
  const entries = readdirSync(dir);
  if (entries.every((e) => e === ASSETS_IGNORE) || entries.includes(SITE_MARKER)) return null;
  return `${out} exists and is not an observatory site built before (no ${SITE_MARKER}); choose an empty or new folder`;
}

/** Writes every file, then replaces `out` with the new site. */
export function writeSite(
  out: string,
  files: Iterable<SiteFile>,
  onFile?: (n: number) => void,
): WriteReport {
  const problem = targetProblem(out);
  if (problem) throw new Error(problem);
  const target = resolve(out);
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const made = new Set<string>();
  let n = 0;
  let bytes = 0;
  let largestPage = { path: '', bytes: 0 };
  try {
    for (const f of files) {
      const path = join(staging, f.path);
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const data = Buffer.from(f.content, 'utf8');
      writeFileSync(path, data);
      n++;
      bytes += data.length;
      if (f.path.endsWith('.html') && data.length > largestPage.bytes)
        largestPage = { path: f.path, bytes: data.length };
      onFile?.(n);
    }
    writeFileSync(
      join(staging, SITE_MARKER),
      'Built by corridor-monitor observatory; this folder is replaced on every build.\n',
    );
    writeFileSync(join(staging, ASSETS_IGNORE), ASSETS_IGNORE_TEXT);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { files: n, bytes, largestPage };
}
