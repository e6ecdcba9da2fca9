/**
 * A ChartSpec's data as a plain SVG chart (bars, grouped columns or lines),
 * for formats that cannot hold native charts: the xlsx adapter embeds it as
 * a picture. Missing values are gaps, never zeros.
 * @module
 */
import { escapeHtml as esc } from '../contract/html-escape.ts';
import type { ChartSpec } from '../contract/patch.ts';
import { SERIES_COLOURS } from './palette.ts';

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

const PALETTE = SERIES_COLOURS;
const num = (v: number) => (Math.round(v * 10) / 10).toString();

function extent(data: ChartData): [number, number] {
  const all = data.series
    .flatMap((s) => s.values)
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(0, ...all);
  const hi = Math.max(lo + 1e-9, ...all);
  return [lo, hi];
}

function legend(data: ChartData, x: number, y: number): string {
  if (data.series.length < 2) return '';
  return data.series
    .map(
      (s, i) =>
        `<rect x="${x}" y="${y + i * 16}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 14}" y="${y + 9 + i * 16}" font-size="11">${esc(s.name)}</text>`,
    )
    .join('');
}

function bars(data: ChartData, width: number): { body: string; height: number } {
  const left = 130;
  const row = 18;
  const [lo, hi] = extent(data);
  const scale = (v: number) => ((v - lo) / (hi - lo)) * (width - left - 160);
  const values = data.series[0]?.values ?? [];
  const body = data.categories
    .map((c, i) => {
      const v = values[i] ?? null;
      const y = 34 + i * row;
      const bar =
        v === null
          ? ''
          : `<rect x="${left + scale(Math.min(0, v))}" y="${y}" width="${Math.max(0.5, Math.abs(scale(v) - scale(0)))}" height="${row - 5}" fill="${PALETTE[0]}"/><text x="${left + scale(Math.max(0, v)) + 4}" y="${y + 11}" font-size="11">${num(v)}</text>`;
      return `<text x="${left - 6}" y="${y + 11}" font-size="11" text-anchor="end">${esc(c)}</text>${bar}`;
    })
    .join('');
  return { body, height: 44 + data.categories.length * row };
}

/** Many categories under columns or lines: labels turn 45 degrees so they never overlap. */
function label(text: string, x: number, y: number, slanted: boolean): string {
  return slanted
    ? `<text x="${x.toFixed(1)}" y="${y}" font-size="10" text-anchor="end" transform="rotate(-45 ${x.toFixed(1)} ${y})">${esc(text)}</text>`
    : `<text x="${x.toFixed(1)}" y="${y}" font-size="10" text-anchor="middle">${esc(text)}</text>`;
}

/** Width of a label character at font-size 10 (DejaVu Sans capitals and digits, generously). */
const CHAR_PX = 7;

/**
 * The left margin that keeps every slanted label inside the picture: a label
 * ends at its category and turned 45 degrees reaches left by its length times
 * sin 45; `offset` is the category's distance from the margin for a plot width.
 */
function slantedLeft(
  labels: readonly (string | undefined)[],
  width: number,
  offset: (i: number, plot: number) => number,
): number {
  let left = 40;
  // twice: a wider margin narrows the plot and so moves the first categories left
  for (let pass = 0; pass < 2; pass++) {
    const plot = width - left - 150;
    let need = 40;
    labels.forEach((text, i) => {
      if (text === undefined) return;
      need = Math.max(need, Math.ceil(text.length * CHAR_PX * Math.SQRT1_2) + 4 - offset(i, plot));
    });
    left = Math.max(left, need);
  }
  return left;
}

function columns(data: ChartData, width: number, height: number): string {
  const [lo, hi] = extent(data);
  const slanted = data.categories.length > 6;
  const top = 34;
  const bottom = height - (slanted ? 80 : 40);
  const n = Math.max(1, data.categories.length);
  const left = slanted
    ? slantedLeft(data.categories, width, (i, plot) => ((i + 0.5) * plot) / n)
    : 40;
  const plot = width - left - 150;
  const group = plot / n;
  const w = (group * 0.8) / Math.max(1, data.series.length);
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const parts = data.categories.map((c, i) => {
    const x0 = left + i * group + group * 0.1;
    const cols = data.series
      .map((s, k) => {
        const v = s.values[i] ?? null;
        return v === null
          ? ''
          : `<rect x="${x0 + k * w}" y="${Math.min(y(v), y(0))}" width="${w}" height="${Math.abs(y(0) - y(v))}" fill="${PALETTE[k % PALETTE.length]}"/>`;
      })
      .join('');
    return `${cols}${label(c, x0 + group * 0.4, bottom + 14, slanted)}`;
  });
  return `${parts.join('')}<line x1="${left}" x2="${left + plot}" y1="${y(0)}" y2="${y(0)}" stroke="#444"/><text x="${left - 4}" y="${top + 4}" font-size="10" text-anchor="end">${num(hi)}</text>${legend(data, left + plot + 10, top)}`;
}

function lines(data: ChartData, width: number, height: number): string {
  const [lo, hi] = extent(data);
  const slanted = data.categories.length > 12;
  const top = 34;
  const bottom = height - (slanted ? 80 : 40);
  const step = Math.ceil(data.categories.length / 20);
  const span = Math.max(1, data.categories.length - 1);
  const left = slanted
    ? slantedLeft(
        data.categories.map((c, i) => (i % step === 0 ? c : undefined)),
        width,
        (i, plot) => (i / span) * plot,
      )
    : 40;
  const plot = width - left - 150;
  const x = (i: number) => left + (i / span) * plot;
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const paths = data.series.map((s, k) => {
    const segs = s.values
      .map((v, i) => (v === null ? '' : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter(Boolean);
    return segs.length
      ? `<polyline points="${segs.join(' ')}" fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="2"/>`
      : '';
  });
  const ticks = data.categories.map((c, i) =>
    i % step === 0 ? label(c, x(i), bottom + 14, slanted) : '',
  );
  return `${paths.join('')}${ticks.join('')}<line x1="${left}" x2="${left + plot}" y1="${bottom}" y2="${bottom}" stroke="#444"/><text x="${left - 4}" y="${top + 4}" font-size="10" text-anchor="end">${num(hi)}</text><text x="${left - 4}" y="${bottom}" font-size="10" text-anchor="end">${num(lo)}</text>${legend(data, left + plot + 10, top)}`;
}

/**
 * @returns a standalone SVG document with a white background and the chart's title
 * @example chartSvg({ type: 'bar', title: 'Score', ... }, { categories: ['MEX-USA'], series: [{ name: 'score', values: [61.2] }] })
 */
export function chartSvg(
  spec: Pick<ChartSpec, 'type' | 'title'>,
  data: ChartData,
  width = 640,
): string {
  let body: string;
  let height = 300;
  if (spec.type === 'bar') ({ body, height } = bars(data, width));
  else body = spec.type === 'line' ? lines(data, width, height) : columns(data, width, height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#1F1F1F"><rect width="100%" height="100%" fill="#FFFFFF"/><text x="10" y="20" font-size="14" font-weight="700">${esc(spec.title)}</text>${body}</svg>`;
}
