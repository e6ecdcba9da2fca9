/**
 * The bundled add-on (sheets-addon/dist/Code.js) in node:vm with in-memory
 * Apps Script fakes, talking to the API over loopback HTTP.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  AssessOutcome,
  InsertOutcome,
  SettingsView,
  ValidateOutcome,
} from '../../sheets-addon/src/shared/rpc.ts';
import { GENERATED_KEY } from '../../src/adapters/sheets/tab-metadata.ts';
import { expandFormats } from '../../src/core/contract/compact.ts';
import type { CompactWriteBack } from '../../src/core/contract/patch.ts';
import type { Workbook } from '../../src/core/contract/workbook.ts';
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
import { FakeSpreadsheet } from './support/fake-spreadsheet.ts';
import { columnOf, loadExample, seedWorkbook } from './support/template-data.ts';

let api: Api;
let entryPoints: string[];
let example: Workbook;

beforeAll(async () => {
  entryPoints = await buildOnce();
  example = await loadExample(ROOT);
  api = await startApi();
  console.info(`add-on tests: the real API app serves ${api.routes.join(', ')}`);
});
afterAll(async () => api?.close());

function configured(spreadsheet = new FakeSpreadsheet()): Addon {
  const addon = loadAddon(api.handler, spreadsheet);
  addon.call('saveSettings', { apiUrl: API_URL, token: api.token });
  return addon;
}

/** A spreadsheet holding the 10-corridor example observatory. */
function withExample(): Addon {
  const addon = configured();
  seedWorkbook(addon.spreadsheet, example);
  return addon;
}

const inputTabs = () => Object.keys(example.tabs);

const names = (addon: Addon) => addon.spreadsheet.getSheets().map((s) => s.getName());
const tab = (addon: Addon, name: string) => {
  const sheet = addon.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}; tabs are ${names(addon).join(', ')}`);
  return sheet;
};
const generatedSnapshot = (addon: Addon, tabs: string[]) =>
  tabs.map((n) => ({ n, ...tab(addon, n).snapshot() }));

describe('build and menu', () => {
  test('the bundle has a top-level function for every entry point, and onOpen builds the Corridor Monitor menu from them', () => {
    const addon = loadAddon(api.handler);
    for (const name of [
      'onOpen',
      'onInstall',
      'showSidebar',
      'insertTemplate',
      'validateSheet',
      'assessSheet',
      'shareForReview',
      'saveSettings',
      'getSettings',
      'selectCell',
      'getProgress',
    ]) {
      expect(entryPoints).toContain(name);
      expect(typeof (addon.context as Record<string, unknown>)[name]).toBe('function');
    }
    addon.call('onOpen', { authMode: 'NONE' });
    expect(addon.menus).toHaveLength(1);
    const menu = addon.menus[0]!;
    expect(menu.title).toBe('Corridor Monitor');
    const items = menu.items.filter((i) => i !== 'separator');
    expect(items.map((i) => i.caption)).toEqual([
      'Open sidebar',
      'Insert template…',
      'Validate',
      'Assess and write benchmark',
      'Assess with uncertainty ranges (slower)',
      'Share for review',
      'Settings…',
    ]);
    for (const item of items)
      expect(typeof (addon.context as Record<string, unknown>)[item.functionName]).toBe('function');
  });

  test('showSidebar opens the built sidebar with its script and style inlined', () => {
    const addon = loadAddon(api.handler);
    addon.call('showSidebar');
    expect(addon.sidebars).toHaveLength(1);
    expect(addon.sidebars[0]!.title).toBe('Corridor Monitor');
    expect(addon.sidebars[0]!.content).toContain('<style>');
    expect(addon.sidebars[0]!.content).toContain('google.script.run');
    expect(addon.sidebars[0]!.content).not.toContain('<!-- inline:');
  });

  test('the manifest asks for exactly the three scopes on V8, and the build puts the API prefix in urlFetchWhitelist', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
    ]);
    const { buildAddon } = await import(join(ROOT, 'sheets-addon/build.mjs'));
    const outDir = await mkdtemp(join(tmpdir(), 'addon-'));
    await buildAddon({ outDir, apiUrl: 'https://api.corridors.example.org' });
    const custom = JSON.parse(readFileSync(join(outDir, 'appsscript.json'), 'utf8'));
    expect(custom.urlFetchWhitelist).toEqual(['https://api.corridors.example.org/']);
    await expect(
      buildAddon({ outDir, apiUrl: 'http://api.corridors.example.org' }),
    ).rejects.toThrow(/https/);
  });
});

describe('settings', () => {
  test('the URL and token are kept in properties, never in a cell, and the token never goes back to the page', () => {
    const addon = withExample();
    addon.call('assessSheet');
    const view = addon.call<SettingsView>('getSettings');
    expect(view).toEqual({ apiUrl: API_URL, hasToken: true, apiUrlScope: 'document' });
    expect(JSON.stringify(view)).not.toContain(api.token);
    expect(addon.userProperties.getProperty('corridorMonitor.token')).toBe(api.token);
    expect(addon.documentProperties.getProperty('corridorMonitor.apiUrl')).toBe(API_URL);
    expect(JSON.stringify(addon.documentProperties.getProperties())).not.toContain(api.token);
    for (const sheet of addon.spreadsheet.getSheets()) {
      for (const cell of sheet.cells.values()) {
        expect(String(cell.value)).not.toContain(api.token);
        expect(String(cell.value)).not.toContain(API_URL);
        expect(cell.note).not.toContain(api.token);
      }
    }
    expect(() =>
      addon.call('saveSettings', { apiUrl: 'http://plain.example.org', token: '' }),
    ).toThrow(/https/);
  });

  test('an action without settings says what to set and calls nothing', () => {
    const addon = loadAddon(api.handler);
    expect(() => addon.call('validateSheet')).toThrow(/Set the API URL and your access token/);
    expect(addon.fetches).toHaveLength(0);
  });
});

describe('insert template', () => {
  test('creates the template tabs with their drop-downs and data validation, replacing the blank first tab', () => {
    const addon = configured();
    const outcome = addon.call<InsertOutcome>('insertTemplate', {
      origin: 'mex',
      transit: '',
      destination: 'usa',
    });
    expect(addon.fetches[0]!.url).toBe(`${API_URL}/v1/template?corridor=MEX-USA`);
    expect(outcome.tabs).toEqual(
      expect.arrayContaining(['Corridors', 'Indicators', 'Policy', 'Method']),
    );
    expect(names(addon)).toEqual(outcome.tabs);
    expect(outcome.validations).toBeGreaterThan(0);
    const indicators = tab(addon, 'Indicators');
    expect(indicators.getRange('A1:K1').getValues()[0]).toEqual([
      'corridor_id',
      'indicator',
      'side',
      'country',
      'year',
      'value',
      'unit',
      'source',
      'source_code',
      'note',
      'confidence',
    ]);
    expect(indicators.getFrozenRows()).toBeGreaterThanOrEqual(1);
    const rules = indicators.getRange('A2:K2').getDataValidations()[0]!;
    const side = rules[2];
    expect(side?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(side?.getCriteriaValues()[0]).toEqual(expect.arrayContaining(['origin', 'destination']));
    expect(rules.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    const corridors = tab(addon, 'Corridors').getDataRange().getValues();
    expect(corridors[1]).toEqual(expect.arrayContaining(['MEX-USA', 'MEX', 'USA']));
  });

  test('refuses to insert over existing tabs and changes nothing', () => {
    const addon = configured();
    addon.call<InsertOutcome>('insertTemplate', { origin: 'MEX', transit: '', destination: 'USA' });
    const before = names(addon);
    addon.spreadsheet.writes.length = 0;
    expect(() =>
      addon.call('insertTemplate', { origin: 'PHL', transit: '', destination: 'SAU' }),
    ).toThrow(/already has the tabs? .*nothing was inserted/);
    expect(names(addon)).toEqual(before);
    expect(addon.spreadsheet.writes).toEqual([]);
  });
});

describe('validate', () => {
  test("lists each issue with its cell, notes and highlights the cells, keeps the user's note, and the next run clears what it added", () => {
    const addon = withExample();
    const valueColumn = columnOf(example, 'Indicators', 'value');
    const indicators = tab(addon, 'Indicators');
    const cell = indicators.getRange(2, valueColumn);
    const original = cell.getValue();
    const a1 = `Indicators!${cell.getA1Notation()}`;
    cell.setValue('about ten million');
    cell.setNote('checked by Ana');
    const first = addon.call<ValidateOutcome>('validateSheet');
    expect(first.ok).toBe(false);
    const wrong = first.issues.find((i) => i.cell === a1);
    expect(wrong).toMatchObject({ severity: 'error' });
    expect(first.marked).toBeGreaterThanOrEqual(1);
    expect(cell.getBackgrounds()[0]![0]).toBe('#f8d0cd');
    expect(cell.getNotes()[0]![0]).toMatch(/^checked by Ana\n\n⚠ Corridor Monitor\n/);
    expect(cell.getNotes()[0]![0]).toContain(wrong!.message);

    addon.call('selectCell', a1);
    expect(addon.spreadsheet.getActiveSheet().getName()).toBe('Indicators');
    expect(addon.spreadsheet.activeRange?.getA1Notation()).toBe(cell.getA1Notation());

    cell.setValue(original);
    const second = addon.call<ValidateOutcome>('validateSheet');
    expect(second.issues.some((i) => i.cell === a1)).toBe(false);
    expect(second.cleared).toBe(first.marked);
    expect(cell.getBackgrounds()[0]![0]).toBe('#ffffff');
    expect(cell.getNotes()[0]![0]).toBe('checked by Ana');
    // Whatever is still wrong is marked again, and nothing else is.
    const marked = addon.spreadsheet
      .getSheets()
      .flatMap((s) => [...s.cells.values()].filter((c) => c.note.includes('⚠ Corridor Monitor')));
    expect(marked).toHaveLength(second.marked);
  });

  test('Validate from the menu reports the same count in a dialog', () => {
    const addon = withExample();
    addon.call('menuValidate');
    const outcome = addon.call<ValidateOutcome>('validateSheet');
    const prompt = addon.alerts.at(-1)?.prompt;
    expect(prompt).toEqual(
      outcome.issues.length === 0
        ? 'No issues found.'
        : expect.stringContaining(`${outcome.issues.length} issue(s) found`),
    );
  });
});

describe('assess', () => {
  test('reads each template tab once, calls /v1/assess once, writes the benchmark tabs and never writes to an input tab', () => {
    const addon = withExample();
    const inputs = inputTabs();
    const before = generatedSnapshot(addon, inputs);
    addon.fetches.length = 0;
    const outcome = addon.call<AssessOutcome>('assessSheet');
    expect(outcome.ok).toBe(true);
    expect(addon.fetches.map((f) => `${f.method} ${f.url}`)).toEqual([`POST ${API_URL}/v1/assess`]);
    expect(Object.keys(JSON.parse(addon.fetches[0]!.payload!).compact.tabs)).toEqual(inputs);
    // sent as ASCII JSON (non-ASCII names and notes as \u escapes), the example's Türkiye included
    expect(addon.fetches[0]!.payload).toMatch(/^[\x20-\x7e]*$/);
    expect(addon.fetches[0]!.payload).toContain('\\u00fc');
    // no uncertainty runs unless asked, and only what it writes: the benchmark JSON stays on the server;
    // the write-back comes with a format table
    expect(JSON.parse(addon.fetches[0]!.payload!).options).toEqual({
      uncertainty: false,
      include: ['writeBack'],
      formatTable: true,
    });
    expect(Object.keys(JSON.parse(addon.responses.at(-1)!.body))).toEqual([
      'ok',
      'issues',
      'summary',
      'writeBack',
    ]);
    expect(outcome.tabs).toEqual(expect.arrayContaining(['Validation', 'Scorecard', 'Ranking']));
    expect(names(addon)).toEqual([...inputs, ...outcome.tabs]);
    expect(addon.spreadsheet.writes.filter((w) => inputs.includes(w.sheet))).toEqual([]);
    expect(generatedSnapshot(addon, inputs)).toEqual(before);
    // Layout as the API described it: frozen rows, widths, tab colour, colour scales, charts.
    const writeBack = expandFormats(
      (JSON.parse(addon.responses.at(-1)!.body) as { writeBack: CompactWriteBack }).writeBack,
    );
    for (const generated of writeBack.tabs) {
      const sheet = tab(addon, generated.name);
      expect(sheet.getFrozenRows(), generated.name).toBe(generated.frozenRows);
      expect(sheet.getTabColor(), generated.name).toBe(generated.tabColour ?? null);
      expect(sheet.getConditionalFormatRules(), generated.name).toHaveLength(
        generated.colourScales?.length ?? 0,
      );
      expect(sheet.getCharts(), generated.name).toHaveLength(generated.charts?.length ?? 0);
      generated.columnWidths?.forEach((width, i) => {
        expect(sheet.getColumnWidth(i + 1)).toBe(width);
      });
    }
    expect(writeBack.tabs.some((t) => (t.charts?.length ?? 0) > 0)).toBe(true);
    // Batched: one setValues per patch, and notes at most once per patch.
    const patches = writeBack.patches.length;
    const count = (method: string) =>
      addon.spreadsheet.writes.filter((w) => w.method === method).length;
    expect(count('setValues')).toBe(patches);
    expect(count('setNotes')).toBeLessThanOrEqual(patches);
    expect(count('RangeList.setNumberFormat')).toBeLessThanOrEqual(patches * 4);
    expect(tab(addon, 'Ranking').getDataRange().getValues().flat()).toContain('MEX-USA');
    expect(outcome.corridors).toBeGreaterThanOrEqual(10);
    expect(addon.call<{ step: string } | null>('getProgress')?.step).toBe('done');
    expect(addon.spreadsheet.toasts.length).toBeGreaterThan(2);

    const again = addon.call<AssessOutcome>('assessSheet');
    expect(names(addon)).toEqual([...inputs, ...again.tabs]);
  });

  test('asked for uncertainty ranges (sidebar check box or menu), it lets the Method tab decide the runs', () => {
    const addon = withExample();
    addon.fetches.length = 0;
    const outcome = addon.call<AssessOutcome>('assessSheet', { uncertainty: true });
    expect(outcome.ok).toBe(true);
    expect(JSON.parse(addon.fetches[0]!.payload!).options).toEqual({
      uncertainty: true,
      include: ['writeBack'],
      formatTable: true,
    });
  });

  test('text that looks like a formula or a number is written as text', () => {
    const addon = withExample();
    const source = columnOf(example, 'Indicators', 'source');
    const indicators = tab(addon, 'Indicators');
    const tricky = ['=HYPERLINK("https://evil.example","click")', '+1 555 0100', '@SUM(A1)'];
    tricky.forEach((text, i) => {
      indicators.cellAt(2 + i, source, true).value = text;
    });
    const outcome = addon.call<AssessOutcome>('assessSheet');
    let formulaLike = 0;
    let sawHyperlink = false;
    for (const name of outcome.tabs) {
      const { values, formulas, formats } = tab(addon, name).snapshot();
      expect(
        formulas.flat().filter((f) => f !== ''),
        `no formula in ${name}`,
      ).toEqual([]);
      values.forEach((row, r) => {
        row.forEach((v, c) => {
          if (typeof v === 'string' && /^['=+\-@]/.test(v)) {
            formulaLike++;
            expect(formats[r]![c], `${name} ${r + 1}:${c + 1} "${v}" is plain text`).toBe('@');
          }
          if (typeof v === 'string' && v.includes('HYPERLINK')) sawHyperlink = true;
        });
      });
    }
    expect(formulaLike).toBeGreaterThan(0);
    expect(sawHyperlink).toBe(true);
    // The fake is not lenient: the same strings without the text format become a formula and a number.
    const control = tab(addon, 'Validation').getRange('Z1:Z2');
    control.setValues([[tricky[0]], ['0042']]);
    expect(control.getFormulas()[0]![0]).toBe(tricky[0]);
    expect(control.getValues()[1]![0]).toBe(42);
  });

  test('a failing API call leaves the previous benchmark exactly as it was', () => {
    const addon = withExample();
    const first = addon.call<AssessOutcome>('assessSheet');
    const before = generatedSnapshot(addon, first.tabs);
    const tabsBefore = names(addon);
    addon.state.fetch = () => ({
      status: 500,
      body: JSON.stringify({ title: 'Internal error', status: 500, requestId: 'r-42' }),
    });
    expect(() => addon.call('assessSheet')).toThrow(/answered 500 \(request id r-42\)/);
    expect(names(addon)).toEqual(tabsBefore);
    expect(generatedSnapshot(addon, first.tabs)).toEqual(before);
  });

  test('a failure while writing removes the half-built tabs and keeps the previous benchmark', () => {
    const addon = withExample();
    const first = addon.call<AssessOutcome>('assessSheet');
    const before = generatedSnapshot(addon, first.tabs);
    const tabsBefore = names(addon);
    let calls = 0;
    const original = addon.spreadsheet.insertSheet.bind(addon.spreadsheet);
    addon.spreadsheet.insertSheet = (name?: string, index?: number) => {
      if (++calls === 3)
        throw new Error('Exception: Service Spreadsheets timed out while accessing document');
      return original(name, index);
    };
    expect(() => addon.call('assessSheet')).toThrow(/timed out/);
    expect(names(addon)).toEqual(tabsBefore);
    expect(generatedSnapshot(addon, first.tabs)).toEqual(before);
  });

  test('when too little of the 6 minutes is left after the API answers, nothing is written', () => {
    const addon = withExample();
    const first = addon.call<AssessOutcome>('assessSheet');
    const before = generatedSnapshot(addon, first.tabs);
    const clock = { offset: 0 };
    (addon.context as { __clock?: typeof clock }).__clock = clock;
    vm.runInContext('Date.now = ((now) => () => now() + __clock.offset)(Date.now);', addon.context);
    addon.state.fetch = (request) => {
      clock.offset = 5 * 60 * 1000;
      return api.handler(request);
    };
    expect(() => addon.call('assessSheet')).toThrow(/6 minutes.*nothing was changed/);
    expect(generatedSnapshot(addon, first.tabs)).toEqual(before);
  });

  test("a user's own tab with a generated tab's name is never overwritten", () => {
    const addon = withExample();
    addon.spreadsheet.seedTab('Ranking', [['my own ranking notes']]);
    const outcome = addon.call<AssessOutcome>('assessSheet');
    expect(tab(addon, 'Ranking').getRange('A1').getValue()).toBe('my own ranking notes');
    expect(outcome.tabs).toContain('Ranking (CM)');
    const rerun = addon.call<AssessOutcome>('assessSheet');
    expect(rerun.tabs).toEqual(outcome.tabs);
    expect(names(addon).filter((n) => n.startsWith('Ranking'))).toEqual([
      'Ranking',
      'Ranking (CM)',
    ]);
  });

  test("a user's tab whose name differs only in case stops the write with a clear message and nothing changed", () => {
    const addon = withExample();
    addon.spreadsheet.seedTab('ranking', [['my notes']]);
    const before = names(addon);
    expect(() => addon.call('assessSheet')).toThrow(
      /"ranking" was not written by Corridor Monitor.*Nothing was changed/,
    );
    expect(names(addon)).toEqual(before);
    expect(tab(addon, 'ranking').getRange('A1').getValue()).toBe('my notes');
  });

  test('tabs left half-built by a run Google stopped are neither read nor kept by the next run', () => {
    const addon = withExample();
    const leftover = addon.spreadsheet.seedTab('~building Ranking', [['half written']]);
    leftover.addDeveloperMetadata('corridor-monitor:building', 'Ranking');
    const outcome = addon.call<AssessOutcome>('assessSheet');
    expect(Object.keys(JSON.parse(addon.fetches.at(-1)!.payload!).compact.tabs)).not.toContain(
      '~building Ranking',
    );
    expect(names(addon)).toEqual([...inputTabs(), ...outcome.tabs]);
  });

  test("generated tabs carry the Sheets adapter's metadata, so a Scorecard written by a recalculation is replaced, not duplicated", () => {
    const addon = withExample();
    const fromHub = addon.spreadsheet.seedTab('Scorecard', [['written by the hub recalculation']]);
    fromHub.addDeveloperMetadata(GENERATED_KEY, 'Scorecard');
    const outcome = addon.call<AssessOutcome>('assessSheet');
    expect(names(addon).filter((n) => n.startsWith('Scorecard'))).toEqual(['Scorecard']);
    expect(tab(addon, 'Scorecard').getRange('A1').getValue()).not.toBe(
      'written by the hub recalculation',
    );
    for (const name of outcome.tabs) {
      const marks = tab(addon, name)
        .getDeveloperMetadata()
        .map((m) => [m.getKey(), m.getValue()]);
      expect(marks).toEqual([[GENERATED_KEY, name]]);
    }
    expect(Object.keys(JSON.parse(addon.fetches.at(-1)!.payload!).compact.tabs)).not.toContain(
      'Scorecard',
    );
  });
});

describe('limits', () => {
  test('a workbook over the 50 MB UrlFetch limit is refused before sending, with what to do instead', () => {
    const addon = withExample();
    const big = 'x'.repeat(1000);
    addon.spreadsheet.seedTab(
      'Notes',
      // distinct texts: the compact workbook sends a repeated one once
      Array.from({ length: 53_000 }, (_, i) => [`${big}${i}`]),
    );
    addon.fetches.length = 0;
    expect(() => addon.call('assessSheet')).toThrow(
      /too large to send from Google Sheets: 5\d\.\d MB.*corridor-monitor assess.*split the observatory/s,
    );
    expect(addon.fetches).toHaveLength(0);
  });

  test("a workbook over the API's body limit gets the same clear message", async () => {
    const small = await startApi({ ADDON_TEST_BODY_LIMIT: '100000' });
    try {
      const addon = loadAddon(small.handler);
      addon.call('saveSettings', { apiUrl: API_URL, token: small.token });
      seedWorkbook(addon.spreadsheet, example);
      expect(() => addon.call('validateSheet')).toThrow(
        /too large to send from Google Sheets: \d+\.\d MB as JSON is over the API's body limit.*corridor-monitor assess.*split the observatory/s,
      );
    } finally {
      await small.close();
    }
  });
});

describe('share for review', () => {
  test("sends this spreadsheet's link with a partner token and returns the signed review link", () => {
    const addon = withExample();
    addon.call('saveSettings', { apiUrl: API_URL, token: api.tokens.partner });
    const outcome = addon.call<{ link: string; expiresAt: string | null }>('shareForReview');
    expect(JSON.parse(addon.fetches.at(-1)!.payload!)).toEqual({
      sheetUrl: addon.spreadsheet.getUrl(),
    });
    expect(outcome.link).toMatch(/^https:\/\/corridor-monitor\.test\/v1\/review\/\S+/);
    expect(outcome.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test("a spreadsheet not shared with the service account gets the API's answer naming the address to share with", () => {
    const other = new FakeSpreadsheet(
      'https://docs.google.com/spreadsheets/d/1NotSharedWithTheServiceAccount/edit',
    );
    const addon = configured(other);
    addon.call('saveSettings', { apiUrl: API_URL, token: api.tokens.partner });
    expect(() => addon.call('shareForReview')).toThrow(
      new RegExp(`Share it with ${api.serviceAccount.replace(/\./g, '\\.')}`),
    );
  });
});
