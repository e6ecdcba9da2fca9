/**
 * The embeddable key-figures card: a standalone 600 x 315 SVG (the Open
 * Graph aspect ratio) with no script, no external font or stylesheet, so it
 * renders in a plain <img> on any site.
 * @module
 */
import type { CorridorModel } from './corridor-model.ts';
import { esc, periodLabel } from './format.ts';
import type { FigureKey } from './key-figures.ts';

const SHOWN: readonly FigureKey[] = ['stock', 'remittances', 'cost_200_usd', 'refugees'];
const SHORT: Record<string, string> = {
  stock: 'Migrants',
  remittances: 'Remittances home',
  cost_200_usd: 'Cost of sending US$ 200',
  refugees: 'Refugees',
};

/** Font size that fits `text` into `width` pixels (system sans, about 0.56 em per character). */
const fitSize = (text: string, width: number, max: number) =>
  Math.min(max, Math.floor(width / (text.length * 0.56)));

export function cardSvg(m: CorridorModel, generatedAt: string): string {
  const title = `${m.origin.name} → ${m.destination.name}`;
  const size = fitSize(title, 552, 30);
  const cells = SHOWN.map((key, i) => {
    const f = m.figures.find((x) => x.key === key)!;
    const x = 24 + (i % 2) * 288;
    const y = 128 + Math.floor(i / 2) * 78;
    const value = f.value === null ? 'No data' : f.display;
    const colour =
      f.value === null ? '#595959' : key === 'cost_200_usd' && f.value > 3 ? '#B00020' : '#123456';
    return `<text x="${x}" y="${y}" font-size="14" fill="#3A3A3A">${esc(SHORT[key])}${f.period ? ` (${esc(periodLabel(f.period))})` : ''}</text><text x="${x}" y="${y + 32}" font-size="${fitSize(value, 270, 28)}" font-weight="700" fill="${colour}">${esc(value)}</text>`;
  }).join('');
  const cost = m.figures.find((x) => x.key === 'cost_200_usd');
  const target =
    cost?.value != null
      ? `<text x="24" y="${128 + 78 + 52}" font-size="12" fill="#3A3A3A">SDG 10.c target: 3%</text>`
      : '';
  const desc = SHOWN.map((k) => {
    const f = m.figures.find((x) => x.key === k)!;
    return `${SHORT[k]}: ${f.value === null ? 'no data' : f.display}${f.period ? ` (${periodLabel(f.period)})` : ''}`;
  }).join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="315" viewBox="0 0 600 315" role="img" aria-labelledby="t d" font-family="system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
<title id="t">Migration corridor ${esc(title)}: key figures</title><desc id="d">${esc(desc)}.</desc>
<rect width="600" height="315" fill="#FFFFFF"/><rect width="600" height="8" fill="#1F4E79"/><rect x="0.5" y="0.5" width="599" height="314" fill="none" stroke="#BFBFBF"/>
<text x="24" y="40" font-size="13" letter-spacing="1" fill="#3A3A3A">MIGRATION CORRIDOR · ${esc(m.origin.iso3)} → ${esc(m.destination.iso3)}</text>
<text x="24" y="${44 + size + 4}" font-size="${size}" font-weight="700" fill="#123456">${esc(title)}</text>
${cells}${target}
<text x="24" y="300" font-size="11" fill="#3A3A3A">Corridor Monitor observatory · UN DESA, KNOMAD, World Bank RPW, UNHCR · ${esc(generatedAt.slice(0, 10))}</text>
</svg>
`;
}
