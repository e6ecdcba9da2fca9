/**
 * The built sidebar in headless Chromium: google.script.run is a stub that
 * calls the bundled server functions (node:vm, Apps Script fakes, API over
 * loopback), so a click goes all the way through.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Addon,
  API_URL,
  type Api,
  buildOnce,
  DIST,
  loadAddon,
  ROOT,
  startApi,
} from './support/addon-harness.ts';
import { columnOf, loadExample, seedWorkbook } from './support/template-data.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`CI is set but ${CHROMIUM} is missing: apt-get install -y chromium`);
if (!available)
  console.warn(
    `Skipping the sidebar browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`,
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

/** google.script.run: chainable handlers, then any server function by name. */
const STUB = `
window.google = { script: { run: (function make(success, failure) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (fn) => make(fn, failure);
    if (name === 'withFailureHandler') return (fn) => make(success, fn);
    return (...args) => window.__cmServer(String(name), JSON.stringify(args)).then((r) => {
      if (r.ok) { if (success) success(r.value); }
      else if (failure) failure(new Error(r.message));
    });
  } });
})() } };`;

describe.skipIf(!available)('sidebar in Chromium', () => {
  let api: Api;
  let browser: Browser;
  let page: Page;
  let addon: Addon;
  let valueCell: string;
  let original: unknown;

  beforeAll(async () => {
    await buildOnce();
    api = await startApi();
    addon = loadAddon(api.handler);
    addon.call('saveSettings', { apiUrl: API_URL, token: api.token });
    const example = await loadExample(ROOT);
    seedWorkbook(addon.spreadsheet, example);
    const cell = addon.spreadsheet
      .getSheetByName('Indicators')!
      .getRange(2, columnOf(example, 'Indicators', 'value'));
    valueCell = cell.getA1Notation();
    original = cell.getValue();
    cell.setValue('ten million');
    // and a real-looking value outside its plausible range: a warning, since the example itself is clean
    const indicators = example.tabs.Indicators ?? [];
    const costRow = indicators.findIndex(
      (r) => r[columnOf(example, 'Indicators', 'indicator') - 1] === 'corridor_remit_cost',
    );
    addon.spreadsheet
      .getSheetByName('Indicators')!
      .getRange(costRow + 1, columnOf(example, 'Indicators', 'value'))
      .setValue(95);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 300, height: 820 } });
    await page.exposeFunction('__cmServer', (name: string, args: string) => {
      try {
        return { ok: true, value: addon.call(name, ...(JSON.parse(args) as unknown[])) ?? null };
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
    });
    // HtmlService provides google.script.run before the page's own script runs.
    const html = await readFile(join(DIST, 'Sidebar.html'), 'utf8');
    await page.setContent(html.replace('<head>', () => `<head><script>${STUB}</script>`));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  test('Validate lists the issues with links that select their cells', async () => {
    await expect.poll(() => page.inputValue('#api-url')).toBe(API_URL);
    await page.click('#validate-button');
    await page.waitForSelector('#issues li');
    const items = await page.locator('#issues li').allInnerTexts();
    expect(items.some((t) => t.includes(`Indicators!${valueCell}`) && t.includes('error'))).toBe(
      true,
    );
    expect(items.some((t) => t.includes('warning'))).toBe(true);
    expect(await page.textContent('#issues-summary')).toMatch(/1 error\(s\), \d+ warning\(s\)/);
    await page.click('#issues li.error a');
    await expect.poll(() => addon.spreadsheet.activeRange?.getA1Notation()).toBe(valueCell);
    expect(addon.spreadsheet.getActiveSheet().getName()).toBe('Indicators');
  });

  test('Assess shows success and the benchmark tabs; a screenshot is saved', async () => {
    addon.spreadsheet.getSheetByName('Indicators')!.getRange(valueCell).setValue(original);
    await page.click('#assess-button');
    await page.waitForSelector('#assess-result:not([hidden])');
    const result = await page.textContent('#assess-result');
    expect(result).toMatch(/Benchmark written for \d+ corridor\(s\)/);
    expect(result).toContain('Scorecard');
    expect(await page.isHidden('#error')).toBe(true);
    expect(addon.spreadsheet.getSheetByName('Scorecard')).not.toBeNull();
    await mkdir(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/addon-sidebar.png'), fullPage: true });
    const docsImage = join(ROOT, 'docs/images/addon-sidebar.png');
    if (!existsSync(docsImage) || process.env.UPDATE_SCREENSHOTS) {
      await mkdir(join(ROOT, 'docs/images'), { recursive: true });
      await page.screenshot({ path: docsImage, fullPage: true });
    }
    expect(existsSync(join(ROOT, 'test-output/addon-sidebar.png'))).toBe(true);
  });

  test('an API failure is shown in the sidebar as a sentence; Share for review shows the partner link', async () => {
    addon.state.fetch = () => ({
      status: 401,
      body: JSON.stringify({ title: 'Unauthorized', detail: 'The token has expired.' }),
    });
    await page.click('#share-button');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(
      /refused the access token.*expired.*Check the token in Settings/,
    );
    addon.state.fetch = api.handler;
    addon.call('saveSettings', { apiUrl: API_URL, token: api.tokens.partner });
    await page.click('#share-button');
    await page.waitForSelector('#share-result:not([hidden])');
    expect(await page.getAttribute('#share-link', 'href')).toMatch(/^https:\/\/.*\/v1\/review\//);
  });

  test("Insert template from the sidebar creates the corridor's tabs in a blank spreadsheet", async () => {
    addon = loadAddon(api.handler);
    addon.call('saveSettings', { apiUrl: API_URL, token: api.token });
    await page.fill('#origin', 'phl');
    await page.fill('#destination', 'sau');
    await page.click('#insert-button');
    await page.waitForSelector('#insert-result:not([hidden])');
    expect(await page.textContent('#insert-result')).toMatch(
      /^Inserted Instructions, Corridors, Indicators, .* with \d+ drop-down and validation rule\(s\)\.$/,
    );
    expect(addon.fetches[0]!.url).toBe(`${API_URL}/v1/template?corridor=PHL-SAU`);
    const corridors = addon.spreadsheet.getSheetByName('Corridors')!.getDataRange().getValues();
    expect(corridors[1]).toEqual(expect.arrayContaining(['PHL-SAU', 'PHL', 'SAU']));
  });

  test('Insert template with Pre-fill from open data writes the corridor pre-filled from the pack', async () => {
    addon = loadAddon(api.handler);
    addon.call('saveSettings', { apiUrl: API_URL, token: api.token });
    await page.fill('#origin', 'npl');
    await page.fill('#destination', 'qat');
    await page.check('#prefill');
    await page.click('#insert-button');
    await page.waitForSelector('#insert-result:not([hidden])');
    expect(addon.fetches[0]!.url).toBe(`${API_URL}/v1/corridors/NPL-QAT/template`);
    const rows = addon.spreadsheet.getSheetByName('Indicators')!.getDataRange().getValues();
    const stock = rows.find((r) => r[1] === 'corridor_stock' && r[4] === 2020);
    expect(stock?.[5]).toBe(253_940);
  });
});
