/**
 * Compiles iMeta into the flat structure the hot loops use: indicators in
 * iMeta order, and for each aggregation level the aggregates with the
 * positions of their children.
 * @module
 */
import type { Failed, TableIssue } from '../../contract/issue.ts';
import type { IMetaRow } from '../types.ts';

export interface TreeNode {
  iCode: string;
  level: number;
  /** Children iCodes, in iMeta order. */
  children: string[];
  /** iMeta weights of the children, same order. */
  weights: number[];
}

export interface CompiledTree {
  /** Level-1 iCodes in iMeta order. */
  indicators: string[];
  /** Aggregation levels, lowest first (e.g. [2, 3, 4]). */
  levels: number[];
  /** Aggregates of each level, in iMeta order. */
  byLevel: Map<number, TreeNode[]>;
  /** The single top aggregate (the index). */
  indexCode: string;
  /** Every tree row by iCode. */
  rows: Map<string, IMetaRow>;
}

/** A tree problem: `path` is `iMeta`, `row` the index into iMeta. */
export type TreeIssue = TableIssue;

const at = (row: number, column: string, message: string): TreeIssue => ({
  code: 'invalid_tree',
  path: 'iMeta',
  row,
  column,
  message,
  severity: 'error',
});

/**
 * Builds the tree, checking parents, levels, cycles and weight sums.
 * @param iMeta - COINr-style iMeta rows
 * @returns the compiled tree, or the problems found (with the iMeta row index)
 * @example compileTree(iMeta) // => { ok: true, tree: { indexCode: 'Index', ... } }
 */
export function compileTree(
  iMeta: readonly IMetaRow[],
): { ok: true; tree: CompiledTree } | Failed<TreeIssue> {
  const problems: TreeIssue[] = [];
  const rows = new Map<string, IMetaRow>();
  const index = new Map<string, number>();
  iMeta.forEach((r, i) => {
    if (r.Type !== 'Indicator' && r.Type !== 'Aggregate') return;
    if (rows.has(r.iCode))
      problems.push(at(i, 'iCode', `iCode "${r.iCode}" appears twice in the tree`));
    rows.set(r.iCode, r);
    index.set(r.iCode, i);
  });
  const children = new Map<string, IMetaRow[]>();
  const tops: IMetaRow[] = [];
  for (const r of rows.values()) {
    const i = index.get(r.iCode) ?? 0;
    if (!Number.isInteger(r.Level) || r.Level < 1) {
      problems.push(
        at(i, 'Level', `Level of "${r.iCode}" must be a whole number >= 1, found ${r.Level}`),
      );
    }
    if (r.Type === 'Indicator' && r.Level !== 1) {
      problems.push(at(i, 'Level', `indicator "${r.iCode}" must be at Level 1, found ${r.Level}`));
    }
    if (r.Type === 'Aggregate' && r.Level === 1) {
      problems.push(at(i, 'Type', `aggregate "${r.iCode}" cannot be at Level 1`));
    }
    if (!r.Parent) {
      tops.push(r);
      continue;
    }
    const parent = rows.get(r.Parent);
    if (!parent) {
      problems.push(
        at(i, 'Parent', `parent "${r.Parent}" of "${r.iCode}" is not an iCode of the tree`),
      );
      continue;
    }
    if (parent.Level <= r.Level) {
      problems.push(
        at(
          i,
          'Parent',
          `parent "${r.Parent}" (Level ${parent.Level}) of "${r.iCode}" (Level ${r.Level}) must be at a higher level`,
        ),
      );
    }
    const list = children.get(r.Parent) ?? [];
    list.push(r);
    children.set(r.Parent, list);
  }
  problems.push(...findCycles(rows, index));
  if (tops.length !== 1) {
    problems.push(
      at(
        0,
        'Parent',
        `the tree must have exactly one top iCode without a Parent, found ${tops.length}${tops.length ? ` (${tops.map((t) => t.iCode).join(', ')})` : ''}`,
      ),
    );
  }
  const byLevel = new Map<number, TreeNode[]>();
  for (const r of rows.values()) {
    if (r.Type !== 'Aggregate') continue;
    const kids = children.get(r.iCode) ?? [];
    const i = index.get(r.iCode) ?? 0;
    if (kids.length === 0) {
      problems.push(at(i, 'iCode', `aggregate "${r.iCode}" has no children`));
      continue;
    }
    const sum = kids.reduce((s, k) => s + k.Weight, 0);
    if (!(Math.abs(sum) > 0)) {
      problems.push(
        at(
          i,
          'Weight',
          `weights of the children of "${r.iCode}" sum to ${sum}; expected a non-zero sum`,
        ),
      );
    }
    const node = {
      iCode: r.iCode,
      level: r.Level,
      children: kids.map((k) => k.iCode),
      weights: kids.map((k) => k.Weight),
    };
    const list = byLevel.get(r.Level) ?? [];
    list.push(node);
    byLevel.set(r.Level, list);
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  const indicators = [...rows.values()].filter((r) => r.Type === 'Indicator').map((r) => r.iCode);
  const levels = [...byLevel.keys()].sort((a, b) => a - b);
  return { ok: true, tree: { indicators, levels, byLevel, indexCode: tops[0]!.iCode, rows } };
}

function findCycles(rows: Map<string, IMetaRow>, index: Map<string, number>): TreeIssue[] {
  const problems: TreeIssue[] = [];
  const reported = new Set<string>();
  for (const start of rows.values()) {
    const seen = new Set<string>([start.iCode]);
    let cur = start.Parent ? rows.get(start.Parent) : undefined;
    while (cur) {
      if (seen.has(cur.iCode)) {
        if (!reported.has(cur.iCode)) {
          reported.add(cur.iCode);
          problems.push(
            at(
              index.get(cur.iCode) ?? 0,
              'Parent',
              `cycle in the tree: "${cur.iCode}" is its own ancestor (${[...seen].join(' -> ')})`,
            ),
          );
        }
        break;
      }
      seen.add(cur.iCode);
      cur = cur.Parent ? rows.get(cur.Parent) : undefined;
    }
  }
  return problems;
}
