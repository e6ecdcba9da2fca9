/**
 * The whole observatory built by the CLI from the open-data pack, then read
 * in headless Chromium on a seeded sample of pages: key figures in the DOM
 * equal the CSV extracts (computed here, independently of the pack), no
 * broken link, axe-core finds no serious or critical violation, pages stay
 * under 150 KB and fit A4, the card works in a plain <img>, search works as
 * an enhancement. Screenshots go to test-output/observatory/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { observatoryApp } from '../../src/adapters/site/observatory-app.ts';
import { readBenchmark } from '../../src/adapters/site/read-benchmark.ts';
import { mulberry32 } from '../../src/core/stats/mulberry32.ts';
import { runCli } from '../support/run-cli.ts';
import { expectedFigures, loadExtracts } from './support/extract-figures.ts';
import { internalLinks } from './support/links.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`CI is set but ${CHROMIUM} is missing: apt-get install -y chromium`);

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output/observatory');
const SITE = join(OUT, 'site');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

let browser: Browser;
let server: ServerType;
let base = '';
let sample: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe.skipIf(!available)('the observatory in headless Chromium', () => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    const bench = join(OUT, 'benchmark');
    const assessed = await runCli([
      'assess',
      'examples/observatory.xlsx',
      '--out',
      join(OUT, 'assessed.xlsx'),
      '--export',
      bench,
      '--uncertainty',
      '20',
      '--now',
      '2026-11-29T10:00:00Z',
      '--quiet',
    ]);
    expect(assessed.code).toBe(0);
    const built = await runCli([
      'observatory',
      '--out',
      SITE,
      '--benchmark',
      join(bench, 'benchmark.json'),
      '--assessed-by',
      'the example hub team',
      '--site-url',
      'https://observatory.example.org/',
      '--now',
      '2026-11-30T00:00:00Z',
      '--quiet',
    ]);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/4461 corridors/);
    const rows: [number, number, number][] = JSON.parse(
      readFileSync(join(SITE, 'search.json'), 'utf8'),
    ).c;
    const codes: [string, string][] = JSON.parse(readFileSync(join(SITE, 'search.json'), 'utf8')).k;
    const rand = mulberry32(13);
    const picked = new Set(['MEX-USA', 'VEN-COL', 'SYR-TUR', 'IND-ARE']);
    while (picked.size < 16) {
      const r = rows[Math.floor(rand() * rows.length)]!;
      picked.add(`${codes[r[0]]![0]}-${codes[r[1]]![0]}`);
    }
    sample = [...picked];
    const app = observatoryApp(SITE);
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((ok) => server.once('listening', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/observatory/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('the key figures in the DOM equal the extracts, computed from the CSV files, on a seeded sample', async () => {
    const x = loadExtracts();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const mismatches: string[] = [];
    for (const id of sample) {
      await page.goto(`${base}corridor/${id}/`);
      const shown: Record<string, number | null> = await page.$$eval(
        '#figures ~ dl [data-figure], [data-figure]',
        (els) =>
          Object.fromEntries(
            els
              .map((e) => [
                e.getAttribute('data-figure'),
                e.querySelector('data')?.getAttribute('value') ?? null,
              ])
              .map(([k, v]) => [k, v === null ? null : Number(v)]),
          ),
      );
      for (const [key, want] of Object.entries(expectedFigures(x, id))) {
        const got = shown[key] ?? null;
        const same =
          want === null || got === null
            ? want === got
            : Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
        if (!same) mismatches.push(`${id} ${key}: page ${got}, extract ${want}`);
      }
      const note = await page.$eval(
        '[data-figure="dead_missing_route"] .note',
        (e) => e.textContent ?? '',
      );
      const regions = note.match(/missing in (.+), not only/)?.[1]?.split(' and ') ?? [];
      const deaths = shown.dead_missing_route ?? null;
      if (regions.length)
        expect(deaths, id).toBe(regions.reduce((s, r) => s + (x.deaths.get(r) ?? Number.NaN), 0));
    }
    await context.close();
    expect(mismatches).toEqual([]);
    expect(sample).toHaveLength(16);
  });

  test('a crawl of the whole built site finds no broken link, and every page is under 150 KB', () => {
    const files = new Set(walk(SITE).map((f) => relative(SITE, f).split('\\').join('/')));
    const broken: string[] = [];
    const big: string[] = [];
    let pages = 0;
    for (const path of files) {
      if (!path.endsWith('.html')) continue;
      pages++;
      const html = readFileSync(join(SITE, path), 'utf8');
      if (Buffer.byteLength(html) >= 150 * 1024) big.push(path);
      for (const target of internalLinks(path, html))
        if (!files.has(target)) broken.push(`${path} -> ${target}`);
    }
    expect(pages).toBeGreaterThan(4461 + 200);
    expect(broken.slice(0, 10)).toEqual([]);
    expect(big).toEqual([]);
  });

  test('every link on the sampled pages answers 200 through the Node server', async () => {
    const page = await browser.newPage();
    const seen = new Set<string>();
    for (const path of [
      '',
      'methods/',
      'corridors/',
      ...sample.slice(0, 4).map((id) => `corridor/${id}/`),
    ]) {
      await page.goto(`${base}${path}`);
      const urls = await page.$$eval('a[href], link[href], img[src], script[src]', (els) =>
        els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src),
      );
      for (const u of urls) if (u.startsWith(base)) seen.add(u.split('#')[0]!);
    }
    const bad: string[] = [];
    for (const u of seen) {
      const res = await fetch(u);
      if (res.status !== 200) bad.push(`${res.status} ${u}`);
    }
    await page.close();
    expect(seen.size).toBeGreaterThan(30);
    expect(bad).toEqual([]);
  });

  test('axe-core finds no serious or critical violation on the home, list, methods, country and sampled corridor pages', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const page = await browser.newPage();
    const found: string[] = [];
    for (const path of [
      '',
      'corridors/',
      'methods/',
      'country/PHL/',
      'country/USA/',
      ...sample.slice(0, 8).map((id) => `corridor/${id}/`),
    ]) {
      await page.goto(`${base}${path}`);
      await page.addScriptTag({ content: axe });
      const violations: { id: string; impact: string; nodes: unknown[] }[] = await page.evaluate(
        async () => {
          const r = await (
            globalThis as unknown as {
              axe: {
                run: (
                  ctx: Document,
                ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
              };
            }
          ).axe.run(document);
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes }));
        },
      );
      for (const v of violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`${path || 'home'}: ${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
    }
    await page.close();
    expect(found).toEqual([]);
  });

  test('pages work without JavaScript, fit a phone screen and an A4 page in print, and are saved as screenshots and a PDF', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    for (const [name, path] of [
      ['home', ''],
      ['corridor-MEX-USA', 'corridor/MEX-USA/'],
      ['country-PHL', 'country/PHL/'],
      ['methods', 'methods/'],
      [`corridor-${sample[5]}`, `corridor/${sample[5]}/`],
    ] as const) {
      await page.goto(`${base}${path}`);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['corridor/MEX-USA/', 'country/PHL/', 'methods/', 'corridors/']) {
      await page.goto(`${base}${path}`);
      const wider = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(wider, `${path} on a 375 px phone`).toBeLessThanOrEqual(0);
    }
    await page.goto(`${base}corridor/MEX-USA/`);
    expect(await page.isHidden('#search')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    // A4 less 14 mm margins at 96 dpi: 210 mm - 28 mm = 688 px
    await page.setViewportSize({ width: 688, height: 1000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.pdf({ path: join(OUT, 'corridor-MEX-USA.pdf'), format: 'A4' });
    expect(statSync(join(OUT, 'corridor-MEX-USA.pdf')).size).toBeGreaterThan(10_000);
    await context.close();
  });

  test('the card renders in a plain <img> on another page, and Open Graph points at it', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}corridor/MEX-USA/`);
    expect(await page.getAttribute('meta[property="og:image"]', 'content')).toBe(
      'https://observatory.example.org/corridor/MEX-USA/card.svg',
    );
    await page.setContent(`<img id="c" src="${base}corridor/MEX-USA/card.svg" alt="card">`);
    await page.waitForFunction(() => (document.getElementById('c') as HTMLImageElement).complete);
    expect(await page.$eval('#c', (i) => (i as HTMLImageElement).naturalWidth)).toBe(600);
    await page.locator('#c').screenshot({ path: join(OUT, 'card-MEX-USA.png') });
    await page.close();
  });

  test('with JavaScript the search box appears and finds a corridor by two country names', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.fill('#q', 'philippines to saudi');
    await page.waitForSelector('#results a');
    const first = await page.$eval('#results a', (a) => (a as HTMLAnchorElement).href);
    expect(first).toBe(`${base}corridor/PHL-SAU/`);
    await page.close();
  });

  test('an assessed corridor shows its score, rank interval, date and who assessed', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}corridor/MEX-USA/`);
    const text = await page.textContent('#assessment ~ p');
    expect(text).toContain('Assessed 2026-11-29 by the example hub team');
    expect(await page.textContent('[data-figure="rank"]')).toMatch(/of 17/);
    await page.close();
    const fromXlsx = await readBenchmark(join(OUT, 'assessed.xlsx'), undefined);
    expect(fromXlsx.ok && fromXlsx.benchmark.generatedAt).toBe('2026-11-29T10:00:00.000Z');
    expect(fromXlsx.ok && fromXlsx.assessedBy).toBe('Corridor Monitor example');
  }, 120_000);
});
