/**
 * Small accessible SVG charts for the corridor pages: columns or lines over
 * years, an optional reference line (a target), a legend drawn inside the
 * chart so it prints, role="img" with <title> and <desc>. Missing years are
 * gaps, never zeros.
 * @module
 */
import { axis, esc } from './format.ts';

export interface ChartSeries {
  name: string;
  points: { x: number; y: number }[];
}

export interface ChartInput {
  id: string;
  title: string;
  /** A sentence stating the figures, read by screen readers. */
  desc: string;
  kind: 'line' | 'column';
  series: ChartSeries[];
  reference?: { y: number; label: string };
  /** Tick label of a y value (default: 12k, 1.2M). */
  yTick?: (y: number) => string;
}

export const CHART_COLOURS = ['#1F4E79', '#B35900', '#2E7D32'] as const;
const TARGET = '#B00020';
const W = 640;
const H = 240;
const L = 56;
const R = 16;
const T = 30;
const B = 28;

/** Round tick step covering max in about four steps. */
function step(max: number): number {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
}

const f = (n: number) => n.toFixed(1);

/** An inline SVG chart; returns '' when no series has a point. */
export function svgChart(input: ChartInput): string {
  const all = input.series.flatMap((s) => s.points);
  if (!all.length) return '';
  const xs = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  const minX = xs[0]!;
  const maxX = xs[xs.length - 1]!;
  const top = Math.max(...all.map((p) => p.y), input.reference?.y ?? 0, 1e-9);
  const s = step(top);
  const yMax = Math.ceil(top / s) * s;
  const py = (y: number) => T + (1 - y / yMax) * (H - T - B);
  const span = Math.max(1, maxX - minX);
  const slot = (W - L - R) / (input.kind === 'column' ? xs.length : span + 1);
  const px = (x: number) =>
    input.kind === 'column'
      ? L + (xs.indexOf(x) + 0.5) * slot
      : L + slot / 2 + ((x - minX) / span) * (W - L - R - slot);
  const tick = input.yTick ?? axis;
  const parts: string[] = [];
  for (let y = 0; y <= yMax + 1e-9; y += s)
    parts.push(
      `<line x1="${L}" x2="${W - R}" y1="${f(py(y))}" y2="${f(py(y))}" stroke="#D9D9D9"/><text x="${L - 6}" y="${f(py(y) + 4)}" text-anchor="end">${esc(tick(y))}</text>`,
    );
  const every = Math.ceil(xs.length / 12);
  xs.forEach((x, i) => {
    if (i % every === 0 || i === xs.length - 1)
      parts.push(`<text x="${f(px(x))}" y="${H - 8}" text-anchor="middle">${x}</text>`);
  });
  input.series.forEach((ser, k) => {
    const colour = CHART_COLOURS[k % CHART_COLOURS.length];
    const pts = [...ser.points].sort((a, b) => a.x - b.x);
    if (input.kind === 'column') {
      const w = (slot * 0.7) / input.series.length;
      for (const p of pts) {
        const x = px(p.x) - (slot * 0.7) / 2 + k * w;
        parts.push(
          `<rect x="${f(x)}" y="${f(py(p.y))}" width="${f(w)}" height="${f(py(0) - py(p.y))}" fill="${colour}"/>`,
        );
      }
      return;
    }
    // a gap in the years breaks the line
    let d = '';
    pts.forEach((p, i) => {
      const joined = i > 0 && p.x - pts[i - 1]!.x <= 1;
      d += `${joined ? 'L' : 'M'}${f(px(p.x))} ${f(py(p.y))}`;
    });
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
    for (const p of pts)
      parts.push(`<circle cx="${f(px(p.x))}" cy="${f(py(p.y))}" r="3" fill="${colour}"/>`);
  });
  if (input.reference) {
    const y = f(py(input.reference.y));
    parts.push(
      `<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/><text x="${W - R}" y="${f(py(input.reference.y) - 5)}" text-anchor="end" fill="${TARGET}">${esc(input.reference.label)}</text>`,
    );
  }
  let lx = L;
  const legend = input.series.map((ser, k) => {
    const out = `<rect x="${lx}" y="8" width="12" height="12" fill="${CHART_COLOURS[k % CHART_COLOURS.length]}"/><text x="${lx + 17}" y="18">${esc(ser.name)}</text>`;
    lx += 32 + ser.name.length * 7;
    return out;
  });
  const id = esc(input.id);
  return `<svg id="${id}" class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif" font-size="12" fill="#333"><title id="${id}-t">${esc(input.title)}</title><desc id="${id}-d">${esc(input.desc)}</desc>${parts.join('')}<line x1="${L}" x2="${W - R}" y1="${f(py(0))}" y2="${f(py(0))}" stroke="#333"/>${legend.join('')}</svg>`;
}
