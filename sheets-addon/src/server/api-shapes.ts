/**
 * Checks the API's answers at the boundary, so that a mismatched server is
 * reported in words instead of failing half-way through a write.
 * @module
 */

import type { AssessResponse } from '../../../src/core/contract/assess-api.ts';
import type { AssessSummary } from '../../../src/core/contract/benchmark.ts';
import { expandFormats } from '../../../src/core/contract/compact.ts';
import type { Issue } from '../../../src/core/contract/issue.ts';
import type { CompactWriteBack, WriteBack } from '../../../src/core/contract/patch.ts';
import type { TemplateResponse } from '../../../src/core/contract/template-api.ts';
import { AddonError } from './addon-error.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isWriteBack(v: unknown): v is WriteBack | CompactWriteBack {
  return isRecord(v) && Array.isArray(v.tabs) && Array.isArray(v.patches);
}

/** The write-back as the add-on applies it: a format table (options.formatTable) expanded. */
const plainWriteBack = (w: WriteBack | CompactWriteBack): WriteBack =>
  'formats' in w && Array.isArray(w.formats) ? expandFormats(w) : (w as WriteBack);

export function issuesOf(body: unknown): Issue[] {
  if (!isRecord(body) || !Array.isArray(body.issues)) {
    throw new AddonError('The API answer has no list of issues; is the API URL right?');
  }
  return body.issues as Issue[];
}

/** What the add-on uses of the API's AssessResponse. */
export type AssessAnswer = Pick<AssessResponse, 'ok' | 'issues' | 'summary'> & {
  writeBack: WriteBack;
};

export function assessAnswer(body: unknown): AssessAnswer {
  const issues = issuesOf(body);
  const b = body as Record<string, unknown>;
  if (!isWriteBack(b.writeBack))
    throw new AddonError('The API answer to /v1/assess has no writeBack with tabs and patches.');
  const summary = (isRecord(b.summary) ? b.summary : {}) as Partial<AssessSummary>;
  return {
    ok: b.ok === true,
    issues,
    writeBack: plainWriteBack(b.writeBack),
    summary: {
      corridors: summary.corridors ?? 0,
      errors: summary.errors ?? issues.filter((i) => i.severity === 'error').length,
      warnings: summary.warnings ?? issues.filter((i) => i.severity === 'warning').length,
      top: summary.top ?? [],
    },
  };
}

/** The template as tabs to create: the API's `{workbook, layout, patches}` answer. */
export function templateWriteBack(body: unknown): WriteBack {
  if (isRecord(body) && Array.isArray(body.layout) && Array.isArray(body.patches)) {
    const template = body as unknown as TemplateResponse;
    return { tabs: template.layout, patches: template.patches };
  }
  throw new AddonError('The API answer to /v1/template holds no tabs; is the API URL right?');
}

/** The API answers `{review, link: {url, expiresAt}}` (ReviewResponse in src/http/routes/review.ts). */
export function reviewLink(body: unknown): { link: string; expiresAt: string | null } {
  const link = isRecord(body) && isRecord(body.link) ? body.link : {};
  if (typeof link.url !== 'string' || !/^https?:\/\//.test(link.url)) {
    throw new AddonError('The API answer to /v1/review holds no review link.');
  }
  return { link: link.url, expiresAt: typeof link.expiresAt === 'string' ? link.expiresAt : null };
}
