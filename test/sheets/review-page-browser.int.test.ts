/**
 * The review page in headless Chromium, JavaScript off: key figures from the
 * DOM, accessible structure, text contrast, print layout; screenshots for
 * test-output/ and the README.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultEngine } from '../../src/adapters/sheets/engine.ts';
import { createSheetsGateway } from '../../src/adapters/sheets/gateway.ts';
import { withRetry } from '../../src/adapters/sheets/retry.ts';
import { assess } from '../../src/core/assess/assess.ts';
import { json, token } from '../http/support.ts';
import {
  type FakeSheetsServer,
  nodeClientFor,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';
import { exampleIds, exampleTabs, sheetIdOf } from './support/example-split.ts';
import { HUB, observatory, PARTNER, sheetsApp } from './support/sheets-app.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`CI is set but ${CHROMIUM} is missing: apt-get install -y chromium`);
if (!available)
  console.warn(
    `Skipping the review page browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`,
  );

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

let sheets: FakeSheetsServer;
let http: ServerType;
let browser: Browser;
let reviewUrl: string;

/** WCAG relative luminance contrast of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.skipIf(!available)('review page in headless Chromium', () => {
  beforeAll(async () => {
    sheets = await startFakeSheets();
    observatory(sheets);
    let origin = '';
    const holder: { fetch?: (r: Request) => Response | Promise<Response> } = {};
    http = serve({ fetch: (r) => holder.fetch!(r), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((ok) => http.once('listening', ok));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const { app } = sheetsApp(sheets, { publicUrl: origin });
    holder.fetch = app.fetch;
    // the page shows what the hub's last recalculation stored
    await fetch(`${origin}/v1/recalculate`, json({ hubId: HUB }, await token('coordinator')));
    const res = await fetch(
      `${origin}/v1/review`,
      json(
        { sheetUrl: `https://docs.google.com/spreadsheets/d/${PARTNER}/edit#gid=0` },
        await token('partner'),
      ),
    );
    reviewUrl = ((await res.json()) as { link: { url: string } }).link.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => http?.close(ok));
    await sheets?.stop();
  });

  test('shows the partner corridors’ scores and ranks, charts and tables without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1000, height: 900 },
    });
    const page = await context.newPage();
    const res = await page.goto(reviewUrl);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(
      'Corridor review: South Asia partner sheet',
    );
    expect(await page.locator('#review-status').textContent()).toBe('Scored');
    expect(await page.locator('[data-overall="BGD-MYS"]').textContent()).toBe('59.3');
    expect(await page.locator('[data-rank="BGD-MYS"]').textContent()).toBe('3');
    expect(await page.locator('[data-rank="NPL-QAT"]').textContent()).toBe('7');
    expect(await page.locator('#table-ranks tbody tr').count()).toBe(7);
    expect(await page.locator('#table-gaps tbody tr').allTextContents()).toEqual([
      'BGD-MYS300',
      'NPL-QAT211',
    ]);
    expect(await page.locator('#chart-dimensions rect.bar').count()).toBe(2);
    expect(await page.locator('#chart-ranks circle.rank').count()).toBe(7);
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/review-page.png', fullPage: true });
    await context.close();
  });

  test('meets basic accessibility: language, heading order, table semantics, labelled charts, text contrast', async () => {
    const page = await browser.newPage();
    await page.goto(reviewUrl);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const levels = await page
      .locator('h1, h2, h3')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.every((l, i) => i === 0 || l <= levels[i - 1]! + 1)).toBe(true);
    for (const table of await page.locator('table').all()) {
      expect(await table.locator('caption').count()).toBe(1);
      expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(0);
    }
    const charts = await page
      .locator('svg[role="img"]')
      .evaluateAll((svgs) =>
        svgs.map((s) =>
          (s.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? ''),
        ),
      );
    expect(charts).toHaveLength(3);
    for (const [title, desc] of charts) {
      expect(title).not.toBe('');
      expect(desc).toMatch(/\d/);
    }
    const pairs = await page.locator('h1, h2, p, th, td').evaluateAll((els) =>
      els.map((el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (
          let n: Element | null = el;
          n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg);
          n = n.parentElement
        )
          bg = getComputedStyle(n).backgroundColor;
        return [
          getComputedStyle(el).color,
          /rgba\(0, 0, 0, 0\)/.test(bg) ? 'rgb(255, 255, 255)' : bg,
        ];
      }),
    );
    for (const [fg, bg] of pairs) expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  test('prints: the print stylesheet applies and a PDF is produced', async () => {
    const page = await browser.newPage();
    await page.goto(reviewUrl);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth)).toBe('none');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile('test-output/review-page.pdf', pdf);
    await page.close();
  });
});

describe.skipIf(!available)('review page with the real engine on the example observatory', () => {
  const NOW = new Date('2026-01-15T12:00:00Z');
  const HUB_ID = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';
  const PARTNER_ID = '1partnerpartnerpartnerpartnerpartnerpartner';
  const own = exampleIds.slice(1, 3);
  const peers = exampleIds.filter((id) => !own.includes(id));
  let fake: FakeSheetsServer;
  let server: ServerType;
  let chrome: Browser;
  let url: string;

  beforeAll(async () => {
    fake = await startFakeSheets();
    for (const id of peers) fake.add(sheetIdOf(id), exampleTabs([id]), `${id} team`);
    fake.add(
      HUB_ID,
      {
        Hub: [
          ['spreadsheet', 'label'],
          ...peers.map((id) => [sheetIdOf(id), id]),
          [PARTNER_ID, 'Partner'],
        ],
      },
      'Example observatory hub',
    );
    fake.add(PARTNER_ID, exampleTabs(own), 'Partner: Asia-Gulf corridors');
    const gateway = createSheetsGateway({
      transport: withRetry(nodeClientFor(fake, 10_000), { baseDelayMs: 5 }),
      serviceAccountEmail: 'cm@project.iam.gserviceaccount.com',
      engine: defaultEngine,
      clock: { now: () => NOW },
      reviewSecret: 'r'.repeat(32),
      uncertaintyRuns: 40,
    });
    const holder: { fetch?: (r: Request) => Response | Promise<Response> } = {};
    server = serve({ fetch: (r) => holder.fetch!(r), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((ok) => server.once('listening', ok));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    holder.fetch = sheetsApp(fake, { publicUrl: origin, gateway }).app.fetch;
    await fetch(`${origin}/v1/recalculate`, json({ hubId: HUB_ID }, await token('coordinator')));
    const res = await fetch(
      `${origin}/v1/review`,
      json({ sheetUrl: PARTNER_ID }, await token('partner')),
    );
    url = ((await res.json()) as { link: { url: string } }).link.url;
    chrome = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await chrome?.close();
    await new Promise((ok) => server?.close(ok));
    await fake?.stop();
  });

  test("shows each partner corridor's overall score and rank as assessing all 17 corridors at once gives them", async () => {
    const direct = assess(
      { tabs: exampleTabs(exampleIds) },
      { generatedAt: NOW.toISOString(), uncertaintyRuns: 40 },
    );
    const page = await chrome.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(url);
    expect(await page.locator('#review-status').textContent()).toBe('Scored');
    for (const id of own) {
      const c = direct.benchmark!.corridors.find((x) => x.corridorId === id)!;
      expect(await page.locator(`[data-overall="${id}"]`).textContent()).toBe(
        c.overall!.toFixed(1),
      );
      expect(await page.locator(`[data-rank="${id}"]`).textContent()).toBe(String(c.rank));
    }
    expect(await page.locator('#table-ranks tbody tr').count()).toBe(exampleIds.length);
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/review-page-example.png', fullPage: true });
    // the README shows the top of the page: scores, charts and the ranking table; the checkout
    // is written only when asked (UPDATE_SCREENSHOTS=1) or when the image is missing
    if (!existsSync('docs/images/review-page.png') || process.env.UPDATE_SCREENSHOTS) {
      await mkdir('docs/images', { recursive: true });
      await page.screenshot({
        path: 'docs/images/review-page.png',
        fullPage: true,
        clip: { x: 0, y: 0, width: 1000, height: 2000 },
      });
    }
    await page.close();
  });
});
