/**
 * Every import points down the layers, bottom first:
 *
 *   0  src/core/contract        the shared shapes and ports; imports nothing of ours
 *   1  src/core/<any other>     the portable core (engine, template, validate, assess, ...)
 *   2  src/adapters/*, src/auth, sheets-addon/src   implementations of the ports
 *   3  src/http, src/cli        the two front ends
 *   4  src/compose              the composition root: builds the app from the environment
 *   5  functions/, bin/         the entries
 *
 * A file may import its own folder or a lower layer. Folders of one layer may
 * use each other but never in a circle; a barrel re-exports only its own
 * folder; the core never imports a `node:` module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = ['src', 'functions', 'bin', 'sheets-addon/src'];

/** The folder a file belongs to, for layering: `core/engine`, `adapters/xlsx`, `http`, ... */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src' && (parts[1] === 'core' || parts[1] === 'adapters')) {
    return parts.length > 3 ? `${parts[1]}/${parts[2]}` : parts[1]!;
  }
  if (parts[0] === 'src') return parts.length > 2 ? parts[1]! : 'src';
  if (parts[0] === 'sheets-addon') return 'sheets-addon';
  return parts[0]!;
}

/** The layer of a folder; undefined for a folder no layer names (the test then fails). */
function layerOf(folder: string): number | undefined {
  if (folder === 'core/contract') return 0;
  if (folder.startsWith('core/')) return 1;
  if (folder.startsWith('adapters/') || folder === 'auth' || folder === 'sheets-addon') return 2;
  if (folder === 'http' || folder === 'cli') return 3;
  if (folder === 'compose') return 4;
  if (folder === 'functions' || folder === 'bin') return 5;
  return undefined;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

interface Edge {
  from: string;
  to: string;
  specifier: string;
  reExport: boolean;
}

const RE_EXPORT =
  /export\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g;

function edgesOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const reExported = new Set([...text.matchAll(RE_EXPORT)].map((m) => m[1]));
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => ({
    from: file,
    to: fileName.startsWith('.')
      ? relative(ROOT, resolve(ROOT, dirname(file), fileName))
      : fileName,
    specifier: fileName,
    reExport: reExported.has(fileName),
  }));
}

const FILES = SOURCE.flatMap(sourceFiles);
const EDGES = FILES.flatMap(edgesOf);
const LOCAL = EDGES.filter((e) => e.specifier.startsWith('.'));
const show = (e: Edge) => `${e.from} -> ${e.specifier}`;

describe('layers', () => {
  test('every source folder belongs to a named layer', () => {
    const unplaced = [...new Set(FILES.map(folderOf))].filter((f) => layerOf(f) === undefined);
    expect(unplaced).toEqual([]);
  });

  test('no import runs up a layer', () => {
    const up = LOCAL.filter((e) => {
      const from = layerOf(folderOf(e.from));
      const to = layerOf(folderOf(e.to));
      return from !== undefined && to !== undefined && to > from;
    });
    expect(up.map(show)).toEqual([]);
  });

  test('folders of one layer never import each other in a circle', () => {
    const uses = new Map<string, Set<string>>();
    for (const e of LOCAL) {
      const [a, b] = [folderOf(e.from), folderOf(e.to)];
      if (a !== b && layerOf(a) === layerOf(b)) uses.set(a, (uses.get(a) ?? new Set()).add(b));
    }
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      [...(uses.get(from) ?? [])].some(
        (next) => next === target || (!seen.has(next) && reaches(next, target, seen.add(next))),
      );
    const circles = [...uses.keys()].filter((folder) => reaches(folder, folder));
    expect(circles).toEqual([]);
  });

  test('a barrel re-exports only its own folder', () => {
    const across = LOCAL.filter((e) => e.reExport && folderOf(e.from) !== folderOf(e.to));
    expect(across.map(show)).toEqual([]);
  });

  test('the add-on takes only the contract from the core (its types are bundled at build time)', () => {
    const beyond = LOCAL.filter(
      (e) => folderOf(e.from) === 'sheets-addon' && /^src\/core\/(?!contract\/)/.test(e.to),
    );
    expect(beyond.map(show)).toEqual([]);
  });

  test('the core imports no node: module', () => {
    const node = EDGES.filter(
      (e) => e.from.startsWith('src/core/') && e.specifier.startsWith('node:'),
    );
    expect(node.map(show)).toEqual([]);
  });

  test('the layer check sees imports, re-exports and upward imports', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(layerOf(folderOf('src/core/contract/issue.ts'))).toBe(0);
    expect(layerOf(folderOf('src/core/engine/spec.ts'))).toBe(1);
    expect(layerOf(folderOf('src/adapters/sheets/gateway.ts'))).toBe(2);
    expect(layerOf(folderOf('src/http/app.ts'))).toBe(3);
    expect(layerOf(folderOf('functions/worker.ts'))).toBe(5);
    expect(layerOf('somewhere-new')).toBeUndefined();
    const sample = ts.preProcessFile(
      "import { a } from '../x.ts';\nexport * from './y.ts';",
    ).importedFiles;
    expect(sample.map((f) => f.fileName)).toEqual(['../x.ts', './y.ts']);
  });
});
