/**
 * Checks the API's answers at the boundary, so that a mismatched server is
 * reported in words instead of failing half-way through a write.
 * @module
 */

import { rangeA1 } from '../../../src/core/contract/a1.ts';
import type { AssessSummary } from '../../../src/core/contract/benchmark.ts';
import type { Issue } from '../../../src/core/contract/issue.ts';
import type {
  DataValidationRule,
  GeneratedTab,
  Patch,
  WriteBack,
} from '../../../src/core/contract/patch.ts';
import { AddonError } from './addon-error.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isWriteBack(v: unknown): v is WriteBack {
  return isRecord(v) && Array.isArray(v.tabs) && Array.isArray(v.patches);
}

export function issuesOf(body: unknown): Issue[] {
  if (!isRecord(body) || !Array.isArray(body.issues)) {
    throw new AddonError('The API answer has no list of issues; is the API URL right?');
  }
  return body.issues as Issue[];
}

export interface AssessAnswer {
  ok: boolean;
  issues: Issue[];
  summary: AssessSummary;
  writeBack: WriteBack;
}

export function assessAnswer(body: unknown): AssessAnswer {
  const issues = issuesOf(body);
  const b = body as Record<string, unknown>;
  if (!isWriteBack(b.writeBack))
    throw new AddonError('The API answer to /v1/assess has no writeBack with tabs and patches.');
  const summary = (isRecord(b.summary) ? b.summary : {}) as Partial<AssessSummary>;
  return {
    ok: b.ok === true,
    issues,
    writeBack: b.writeBack,
    summary: {
      corridors: summary.corridors ?? 0,
      errors: summary.errors ?? issues.filter((i) => i.severity === 'error').length,
      warnings: summary.warnings ?? issues.filter((i) => i.severity === 'warning').length,
      top: summary.top ?? [],
    },
  };
}

function gridToWriteBack(tabs: Record<string, unknown>, validations: unknown): WriteBack {
  const out: WriteBack = { tabs: [], patches: [] };
  for (const [name, rows] of Object.entries(tabs)) {
    if (!Array.isArray(rows)) continue;
    const grid = rows as unknown[][];
    const width = Math.max(1, ...grid.map((r) => r.length));
    const rules =
      isRecord(validations) && Array.isArray(validations[name])
        ? (validations[name] as DataValidationRule[])
        : [];
    const tab: GeneratedTab = { name, frozenRows: 1, validations: rules };
    out.tabs.push(tab);
    if (grid.length > 0) {
      const values = grid.map((r) => {
        const row = r.map((v) => (v === undefined ? null : v)) as Patch['values'][number];
        while (row.length < width) row.push(null);
        return row;
      });
      out.patches.push({ tab: name, range: rangeA1(1, 1, grid.length, width), values });
    }
  }
  return out;
}

/**
 * The template as tabs to create. Accepts `{writeBack}`, a WriteBack itself,
 * the core's BuiltTemplate `{layout, patches}`, or grids
 * `{tabs: {name: rows}, validations?: {name: rules}}`.
 */
export function templateWriteBack(body: unknown): WriteBack {
  if (isRecord(body) && isWriteBack(body.writeBack)) return body.writeBack;
  if (isWriteBack(body)) return body;
  const inner = isRecord(body) && isRecord(body.template) ? body.template : body;
  if (isRecord(inner) && isWriteBack(inner.writeBack)) return inner.writeBack;
  // The core's BuiltTemplate: per-tab layout plus the patches that fill it.
  if (isRecord(inner) && Array.isArray(inner.layout) && Array.isArray(inner.patches)) {
    return { tabs: inner.layout as GeneratedTab[], patches: inner.patches as Patch[] };
  }
  if (isRecord(inner) && isRecord(inner.tabs))
    return gridToWriteBack(inner.tabs, inner.validations);
  if (isRecord(inner) && isRecord(inner.workbook) && isRecord(inner.workbook.tabs)) {
    return gridToWriteBack(inner.workbook.tabs, inner.validations);
  }
  throw new AddonError('The API answer to /v1/template holds no tabs; is the API URL right?');
}

/** The API answers `{review, link: {url, expiresAt}}`; a bare `link` string is accepted too. */
export function reviewLink(body: unknown): { link: string; expiresAt: string | null } {
  const b = isRecord(body) ? body : {};
  const nested = isRecord(b.link) ? b.link : {};
  const link = [nested.url, b.link, b.url].find(
    (c): c is string => typeof c === 'string' && /^https?:\/\//.test(c),
  );
  if (!link) throw new AddonError('The API answer to /v1/review holds no review link.');
  const expiresAt =
    [nested.expiresAt, b.expiresAt].find((e): e is string => typeof e === 'string') ?? null;
  return { link, expiresAt };
}
