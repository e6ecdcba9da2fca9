import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import {
  applyWriteBack,
  buildExcel,
  chartData,
  renderChartImages,
  toXlsxBytes,
} from '../../src/adapters/xlsx/index.ts';
import { chartSvg } from '../../src/core/chart/chart-svg.ts';
import { rankingWithChart } from './support/ranking-write-back.ts';

const writeBack = rankingWithChart([
  ['MEX-USA', 61.2],
  ['PHL-SAU', null],
  ['<IND&ARE>', 48],
]);

describe('charts in xlsx', () => {
  test('a chart reads its categories and series from the cells it names, gaps kept as gaps', () => {
    const excel = buildExcel({ tabs: {} });
    const names = applyWriteBack(excel, writeBack);
    const data = chartData(
      excel.getWorksheet(names.get('Ranking')!)!,
      writeBack.tabs[0]!.charts![0]!,
    );
    expect(data).toEqual({
      categories: ['MEX-USA', 'PHL-SAU', '<IND&ARE>'],
      series: [{ name: 'score', values: [61.2, null, 48] }],
    });
  });

  test('the SVG escapes labels and draws one bar per value, none for a gap', () => {
    const svg = chartSvg(
      { type: 'bar', title: 'Overall score' },
      {
        categories: ['MEX-USA', 'PHL-SAU', '<IND&ARE>'],
        series: [{ name: 's', values: [61.2, null, 48] }],
      },
    );
    expect(svg).toContain('&lt;IND&amp;ARE&gt;');
    expect(svg.match(/<rect x=/g)).toHaveLength(2);
  });

  test('each chart becomes a PNG picture anchored in its tab', async () => {
    const excel = buildExcel({ tabs: {} });
    const names = applyWriteBack(excel, writeBack);
    expect(await renderChartImages(excel, writeBack.tabs, names)).toBe(1);
    const read = { excel: new ExcelJS.Workbook() };
    await read.excel.xlsx.load((await toXlsxBytes(excel)) as unknown as ArrayBuffer);
    const images = read.excel.getWorksheet('Ranking')!.getImages();
    expect(images).toHaveLength(1);
    const media = read.excel.getImage(Number(images[0]!.imageId));
    expect(media.extension).toBe('png');
    expect(Array.from((media.buffer as unknown as Uint8Array).subarray(1, 4))).toEqual([
      0x50, 0x4e, 0x47,
    ]);
  });
});

describe('slanted category labels', () => {
  const corridors = ['GTM-MEX-USA', ...Array.from({ length: 16 }, (_, i) => `C${i}-USA`)];
  /** How far left of the picture's edge each slanted label reaches (at 7 px a character, turned 45 degrees). */
  const overhangs = (svg: string) =>
    [...svg.matchAll(/<text x="([\d.]+)"[^>]*rotate\(-45[^>]*>([^<]*)</g)].map(
      ([, x, text]) => (text?.length ?? 0) * 7 * Math.SQRT1_2 - Number(x),
    );

  test.each(['column', 'line'] as const)(
    'of a %s chart stay inside the picture, the first long one included',
    (type) => {
      const categories = type === 'line' ? [...corridors, ...corridors] : corridors;
      const svg = chartSvg(
        { type, title: 'Perspectives' },
        { categories, series: [{ name: 'Origin', values: categories.map((_, i) => 40 + i) }] },
      );
      const reach = overhangs(svg);
      expect(reach.length).toBeGreaterThan(5);
      expect(Math.max(...reach)).toBeLessThanOrEqual(0);
    },
  );

  test('few short labels keep the usual 40 px margin', () => {
    const svg = chartSvg(
      { type: 'column', title: 'Perspectives' },
      { categories: ['A', 'B', 'C'], series: [{ name: 'Origin', values: [1, 2, 3] }] },
    );
    expect(svg).toContain('<line x1="40"');
  });
});
