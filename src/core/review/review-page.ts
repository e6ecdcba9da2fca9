/**
 * The review as one self-contained HTML page: no script, inline SVG charts
 * with table equivalents, print styles, and headings and tables a screen
 * reader can navigate.
 * @module
 */

import { escapeHtml as esc } from '../contract/html-escape.ts';
import type { Review } from '../contract/review.ts';
import { fmt, words } from './html.ts';
import { PAGE_STYLE } from './page-style.ts';
import { dimensionChart, gapsChart, rankChart } from './svg-charts.ts';

function table(caption: string, head: string[], rows: string[][], id: string): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function scores(review: Review): string {
  const own = review.corridors.filter((c) => c.partner);
  const total = review.corridors.length;
  const summary = own
    .map(
      (c) =>
        `<li><strong>${esc(c.corridorId)}</strong> (${esc(c.route)}): overall <span class="figure" data-overall="${esc(c.corridorId)}">${fmt(c.overall)}</span> / 100, rank <span class="figure" data-rank="${esc(c.corridorId)}">${c.rank ?? '–'}</span> of ${total}</li>`,
    )
    .join('');
  const first = own[0]?.corridorId ?? '';
  return `<section aria-labelledby="h-scores"><h2 id="h-scores">Scores</h2><ul class="summary">${summary}</ul>
<h3>Scores by dimension${own.length > 1 ? ` (${esc(first)})` : ''}</h3>${dimensionChart(review.dimensions, first)}
${table(
  'Scores by dimension (0-100) with the hub median and best',
  ['Dimension', ...own.map((c) => c.corridorId), 'Hub median', 'Hub best'],
  review.dimensions.map((d) => [
    esc(words(d.id)),
    ...own.map((c) => fmt(d.scores[c.corridorId])),
    fmt(d.median),
    fmt(d.best),
  ]),
  'table-dimensions',
)}
<h3>Rank intervals</h3>${rankChart(review.corridors)}
${table(
  'Every corridor scored, best rank first',
  ['Corridor', 'Route', 'Overall', 'Rank', 'Rank interval (5th-95th)', 'Coverage'],
  review.corridors.map((c) => [
    `${c.partner ? '<strong>' : ''}${esc(c.corridorId)}${c.partner ? ' (yours)</strong>' : ''}`,
    esc(c.route),
    fmt(c.overall),
    String(c.rank ?? '–'),
    c.rankQ5 === null || c.rankQ95 === null
      ? '–'
      : `${Math.round(c.rankQ5)}–${Math.round(c.rankQ95)}`,
    `${fmt(c.coverage * 100, 0)}%`,
  ]),
  'table-ranks',
)}
<h3>Data gaps</h3>${gapsChart(review.gaps)}
${table(
  'Indicators by availability',
  ['Corridor', 'Available', 'Stale', 'Missing'],
  review.gaps.map((g) => [
    esc(g.corridorId),
    String(g.available),
    String(g.stale),
    String(g.missing),
  ]),
  'table-gaps',
)}</section>`;
}

function issues(review: Review): string {
  if (review.issues.length === 0)
    return '<section aria-labelledby="h-issues"><h2 id="h-issues">Validation</h2><p>No problems found.</p></section>';
  const rows = review.issues.map((i) => [
    esc(i.cell),
    `<span class="sev-${i.severity}">${esc(i.severity)}</span>`,
    esc(i.code),
    esc(i.message),
  ]);
  return `<section aria-labelledby="h-issues"><h2 id="h-issues">Validation</h2><p><span class="figure" id="error-count">${review.errors}</span> error(s), <span class="figure" id="warning-count">${review.warnings}</span> warning(s).</p>${table('Problems found, errors first', ['Cell', 'Severity', 'Code', 'Message'], rows, 'table-issues')}</section>`;
}

export function renderReviewPage(review: Review, expiresAt?: string): string {
  const hub = review.hub
    ? `compared with ${review.hub.corridors} corridor(s) of the hub “${esc(review.hub.label)}”${review.hub.unreachable ? ` (${review.hub.unreachable} hub spreadsheet(s) could not be read)` : ''}`
    : 'not compared with a hub (none is configured)';
  const status =
    review.status === 'scored'
      ? 'Scored'
      : review.runId
        ? 'Not scored in this run: fix the errors below; the next recalculation of the hub scores the sheet again.'
        : 'Not scored: fix the errors below and send the sheet for review again.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Corridor review: ${esc(review.title)}</title><style>${PAGE_STYLE}</style></head>
<body><main>
<h1>Corridor review: ${esc(review.title)}</h1>
<p class="meta" id="computed">${review.runId ? `Computed in recalculation run ${esc(review.runId)} at ${esc(review.generatedAt)}` : `Generated ${esc(review.generatedAt)}`}, ${hub}.${expiresAt ? ` This link works until ${esc(expiresAt)}.` : ''}</p>
<p class="status status-${review.status}" id="review-status">${esc(status)}</p>
${review.status === 'scored' ? scores(review) : ''}
${issues(review)}
<footer><p>Corridor Monitor reads this spreadsheet through its service account and writes nothing to it. Scores run from 0 (worst) to 100 (best) and are relative to the corridors compared.</p></footer>
</main></body></html>`;
}
