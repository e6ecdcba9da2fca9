import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';
import { corridorFiles, siteFiles } from '../../src/core/observatory/site.ts';
import { siteContext } from '../../src/core/observatory/site-context.ts';
import { svgChart } from '../../src/core/observatory/svg-chart.ts';
import { fakeSource } from './support/fake-source.ts';
import { internalLinks } from './support/links.ts';

const ctx = siteContext(fakeSource(), {
  minStock: 1000,
  siteUrl: 'https://example.org/observatory',
  generatedAt: '2026-11-30T00:00:00Z',
});
const files = new Map([...siteFiles(ctx)].map((f) => [f.path, f.content]));

describe('the generated site', () => {
  test('has a page per pair at or above --min-stock, per country, an index and a methods page', () => {
    expect(files.has('corridor/MEX-USA/index.html')).toBe(true);
    expect(files.has('corridor/GTM-MEX/index.html')).toBe(true);
    expect(files.has('corridor/TUV-USA/index.html')).toBe(false);
    for (const c of ['MEX', 'USA', 'SYR', 'DEU', 'GTM', 'TUV'])
      expect(files.has(`country/${c}/index.html`)).toBe(true);
    expect(
      files.has('index.html') &&
        files.has('methods/index.html') &&
        files.has('corridors/index.html'),
    ).toBe(true);
  });

  test('lists corridors by region of origin and of destination, so they filter without JavaScript', () => {
    const from = files.get('corridors/from/americas/index.html')!;
    expect(from).toContain('corridor/MEX-USA/');
    expect(from).not.toContain('corridor/SYR-DEU/');
    expect(files.get('corridors/to/europe/index.html')).toContain('corridor/SYR-DEU/');
    expect(files.get('index.html')).toContain('href="corridors/from/asia/"');
  });

  test('every internal link and image of every page points at a file of the site', () => {
    const broken: string[] = [];
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      for (const target of internalLinks(path, content))
        if (!files.has(target)) broken.push(`${path} -> ${target}`);
    }
    expect(broken).toEqual([]);
  });

  test('every page stays under 150 KB', () => {
    const sizes = [...files]
      .filter(([p]) => p.endsWith('.html'))
      .map(([p, c]) => [p, new TextEncoder().encode(c).length] as const);
    expect(sizes.filter(([, n]) => n >= 150 * 1024)).toEqual([]);
  });

  test('corridor pages carry Open Graph tags pointing at the absolute card URL', () => {
    const html = files.get('corridor/MEX-USA/index.html')!;
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/observatory/corridor/MEX-USA/card.svg">',
    );
    expect(html).toContain(
      '<meta property="og:url" content="https://example.org/observatory/corridor/MEX-USA/">',
    );
  });

  test('the card is a standalone SVG with no script, link or external resource', () => {
    const svg = files.get('corridor/MEX-USA/card.svg')!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="315"/);
    expect(svg).not.toMatch(/<script|href=|url\(|@import/);
    expect(svg).toContain('10.9 million');
  });

  test('the CSV download holds every stock year and the SDMX-CSV writes quarters as 2020-Q3', () => {
    const csv = parseCsv(files.get('corridor/MEX-USA/data.csv')!);
    expect(csv[0]).toEqual([
      'corridor',
      'origin',
      'destination',
      'indicator',
      'side',
      'period',
      'value',
      'unit',
      'source',
    ]);
    expect(csv.filter((r) => r[3] === 'migrant_stock').map((r) => r[5])).toEqual([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
    ]);
    const sdmx = parseCsv(files.get('corridor/MEX-USA/data.sdmx.csv')!);
    expect(sdmx.find((r) => r[6] === 'COST_SENDING_200_USD' && r[8] === '2020-Q3')?.[9]).toBe(
      '4.6',
    );
    const json = JSON.parse(files.get('corridor/MEX-USA/data.json')!);
    expect(json.citation).toContain('open-data pack test-1');
  });

  test('one corridor rebuilds alone into its five files', () => {
    expect(corridorFiles(ctx, 'SYR', 'DEU').map((f) => f.path)).toEqual([
      'corridor/SYR-DEU/index.html',
      'corridor/SYR-DEU/card.svg',
      'corridor/SYR-DEU/data.csv',
      'corridor/SYR-DEU/data.json',
      'corridor/SYR-DEU/data.sdmx.csv',
    ]);
  });
});

describe('charts', () => {
  test('a chart has role img, a title and a description, and breaks its line at missing years', () => {
    const svg = svgChart({
      id: 'c',
      kind: 'line',
      title: 'T',
      desc: 'D',
      series: [
        {
          name: 'S',
          points: [
            { x: 2011, y: 1 },
            { x: 2012, y: 2 },
            { x: 2015, y: 3 },
          ],
        },
      ],
    });
    expect(svg).toContain('role="img" aria-labelledby="c-t c-d"');
    expect(svg).toContain('<title id="c-t">T</title><desc id="c-d">D</desc>');
    expect(svg.match(/<path d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(2);
  });

  test('a chart with no points is left out', () => {
    expect(
      svgChart({
        id: 'c',
        kind: 'column',
        title: 'T',
        desc: 'D',
        series: [{ name: 'S', points: [] }],
      }),
    ).toBe('');
  });
});
