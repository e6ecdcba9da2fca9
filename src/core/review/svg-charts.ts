/**
 * The review's three charts as inline SVG (no script, prints as vectors),
 * each with role="img", a <title> and a <desc> that states the figures.
 * @module
 */

import { MEANING_COLOURS } from '../chart/palette.ts';
import { escapeHtml as esc } from '../contract/html-escape.ts';
import type { ReviewCorridor, ReviewDimension, ReviewGaps } from '../contract/review.ts';
import { fmt, words } from './html.ts';

export const COLOURS = {
  partner: MEANING_COLOURS.highlight,
  peer: MEANING_COLOURS.peer,
  median: MEANING_COLOURS.reference,
  available: MEANING_COLOURS.good,
  stale: MEANING_COLOURS.warning,
  missing: MEANING_COLOURS.bad,
};

function frame(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string,
): string {
  return `<svg id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>${body}</svg>`;
}

/** A one-line key: coloured swatches with their meaning, drawn inside the chart so it prints. */
function legend(y: number, items: readonly [string, string][]): string {
  let x = 10;
  return items
    .map(([colour, label]) => {
      const out = `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${colour}"/><text x="${x + 18}" y="${y}" font-size="12" fill="#1F1F1F">${esc(label)}</text>`;
      x += 30 + label.length * 7;
      return out;
    })
    .join('');
}

/** Horizontal bars (0-100) per dimension for the partner's first corridor, with the hub median as a tick. */
export function dimensionChart(dimensions: readonly ReviewDimension[], corridorId: string): string {
  const row = 28;
  const left = 210;
  const width = 640;
  const scale = (v: number) => left + (v / 100) * (width - left - 60);
  const parts: string[] = [];
  const said: string[] = [];
  dimensions.forEach((d, i) => {
    const y = 10 + i * row;
    const v = d.scores[corridorId] ?? null;
    parts.push(
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end" font-size="13" fill="#1F1F1F">${esc(words(d.id))}</text>`,
    );
    if (v !== null)
      parts.push(
        `<rect class="bar" data-dimension="${esc(d.id)}" x="${left}" y="${y + 3}" width="${(scale(v) - left).toFixed(1)}" height="16" fill="${COLOURS.partner}"/>`,
      );
    // the value sits in its own column right of the 0-100 scale, never at the median tick
    parts.push(
      `<text x="${width - 8}" y="${y + 15}" text-anchor="end" font-size="12" fill="#1F1F1F">${fmt(v)}</text>`,
    );
    if (d.median !== null)
      parts.push(
        `<line x1="${scale(d.median).toFixed(1)}" x2="${scale(d.median).toFixed(1)}" y1="${y}" y2="${y + 22}" stroke="${COLOURS.median}" stroke-width="3"/>`,
      );
    said.push(`${words(d.id)} ${fmt(v)} (hub median ${fmt(d.median)})`);
  });
  const height = 44 + dimensions.length * row;
  parts.push(
    legend(height - 8, [
      [COLOURS.partner, `score of ${corridorId}`],
      [COLOURS.median, 'hub median'],
    ]),
  );
  return frame(
    'chart-dimensions',
    width,
    height,
    `Scores by dimension for ${corridorId}`,
    `Scores from 0 to 100; orange ticks mark the hub median. ${said.join('; ')}.`,
    parts.join(''),
  );
}

/** Each corridor's rank with its 5th-95th percentile interval; the partner's in blue. */
export function rankChart(corridors: readonly ReviewCorridor[]): string {
  const n = Math.max(1, corridors.length);
  const row = 22;
  const left = 110;
  const width = 640;
  const x = (rank: number) => left + ((rank - 1) / Math.max(1, n - 1)) * (width - left - 30);
  const parts: string[] = [];
  corridors.forEach((c, i) => {
    const y = 12 + i * row;
    const colour = c.partner ? COLOURS.partner : COLOURS.peer;
    parts.push(
      `<text x="${left - 8}" y="${y + 4}" text-anchor="end" font-size="12" font-weight="${c.partner ? 700 : 400}" fill="#1F1F1F">${esc(c.corridorId)}</text>`,
    );
    if (c.rankQ5 !== null && c.rankQ95 !== null)
      parts.push(
        `<line x1="${x(c.rankQ5).toFixed(1)}" x2="${x(c.rankQ95).toFixed(1)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="3"/>`,
      );
    if (c.rank !== null)
      parts.push(
        `<circle class="rank" data-corridor="${esc(c.corridorId)}" cx="${x(c.rank).toFixed(1)}" cy="${y}" r="5" fill="${colour}"/>`,
      );
  });
  const axisY = 12 + n * row;
  parts.push(
    `<text x="${left}" y="${axisY}" font-size="11" fill="#1F1F1F">rank 1 (best)</text><text x="${width - 30}" y="${axisY}" text-anchor="end" font-size="11" fill="#1F1F1F">rank ${n}</text>`,
  );
  const said = corridors.map(
    (c) =>
      `${c.corridorId} rank ${c.rank ?? '–'} (${c.rankQ5 === null ? '–' : Math.round(c.rankQ5)} to ${c.rankQ95 === null ? '–' : Math.round(c.rankQ95)})`,
  );
  return frame(
    'chart-ranks',
    width,
    axisY + 8,
    'Rank and rank interval of every corridor',
    `Dots are ranks, lines the 5th to 95th percentile under uncertainty; partner corridors in blue. ${said.join('; ')}.`,
    parts.join(''),
  );
}

/** One stacked bar per partner corridor: indicators available, stale, missing. */
export function gapsChart(gaps: readonly ReviewGaps[]): string {
  const row = 30;
  const left = 110;
  const width = 640;
  const parts: string[] = [];
  gaps.forEach((g, i) => {
    const y = 8 + i * row;
    const total = Math.max(1, g.available + g.stale + g.missing);
    let x = left;
    parts.push(
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end" font-size="12" fill="#1F1F1F">${esc(g.corridorId)}</text>`,
    );
    for (const key of ['available', 'stale', 'missing'] as const) {
      const w = ((width - left - 20) * g[key]) / total;
      if (w > 0)
        parts.push(
          `<rect class="gap-${key}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${COLOURS[key]}"><title>${key}: ${g[key]}</title></rect>`,
        );
      x += w;
    }
  });
  parts.push(
    legend(32 + gaps.length * row, [
      [COLOURS.available, 'available'],
      [COLOURS.stale, 'stale'],
      [COLOURS.missing, 'missing'],
    ]),
  );
  const said = gaps.map(
    (g) => `${g.corridorId}: ${g.available} available, ${g.stale} stale, ${g.missing} missing`,
  );
  return frame(
    'chart-gaps',
    width,
    40 + gaps.length * row,
    'Data gaps by corridor',
    `Indicators available (green), stale (orange) and missing (red). ${said.join('; ')}.`,
    parts.join(''),
  );
}
