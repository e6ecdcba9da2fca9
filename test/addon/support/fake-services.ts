/**
 * In-memory Apps Script services around one FakeSpreadsheet: SpreadsheetApp
 * (with the data-validation and conditional-format builders), Ui, HtmlService,
 * PropertiesService (9 kB per value), CacheService and UrlFetchApp (50 MB per
 * request), each following the Apps Script reference for what the add-on uses.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeValidationRule } from './fake-range.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType?: string;
  payload?: string;
}
export interface FetchResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}
export type FetchHandler = (request: FetchRequest) => FetchResponse;

export interface MenuItem {
  caption: string;
  functionName: string;
}

function validationBuilder() {
  const rule = { criteria: '', args: [] as unknown[], allowInvalid: true, helpText: '' };
  const set =
    (criteria: string) =>
    (...args: unknown[]) => {
      rule.criteria = criteria;
      rule.args = args;
      return builder;
    };
  const builder = {
    requireValueInList: set('VALUE_IN_LIST'),
    requireValueInRange: set('VALUE_IN_RANGE'),
    requireNumberBetween: set('NUMBER_BETWEEN'),
    requireNumberGreaterThanOrEqualTo: set('NUMBER_GREATER_THAN_OR_EQUAL_TO'),
    requireNumberLessThanOrEqualTo: set('NUMBER_LESS_THAN_OR_EQUAL_TO'),
    requireFormulaSatisfied: set('CUSTOM_FORMULA'),
    setAllowInvalid: (allow: boolean) => {
      rule.allowInvalid = allow;
      return builder;
    },
    setHelpText: (text: string) => {
      rule.helpText = text;
      return builder;
    },
    build: (): FakeValidationRule => {
      const built = { ...rule, args: [...rule.args] };
      return {
        ...built,
        getCriteriaType: () => built.criteria,
        getCriteriaValues: () => built.args,
        getAllowInvalid: () => built.allowInvalid,
        getHelpText: () => built.helpText,
      };
    },
  };
  return builder;
}

function conditionalFormatBuilder() {
  const rule: Record<string, unknown> = {};
  const builder = {
    setGradientMinpoint: (c: string) => {
      rule.min = c;
      return builder;
    },
    setGradientMaxpoint: (c: string) => {
      rule.max = c;
      return builder;
    },
    setGradientMidpointWithValue: (c: string, type: string, value: string) => {
      rule.mid = [c, type, value];
      return builder;
    },
    setRanges: (ranges: { getA1Notation(): string }[]) => {
      rule.ranges = ranges.map((r) => r.getA1Notation());
      return builder;
    },
    build: () => ({ ...rule }),
  };
  return builder;
}

class FakeProperties {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (String(value).length > 9 * 1024) throw new Error('Exception: Argument too large: value');
    this.store.set(key, String(value));
    return this;
  }
  setProperties(values: Record<string, string>): this {
    for (const [k, v] of Object.entries(values)) this.setProperty(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export const URLFETCH_LIMIT = 50 * 1024 * 1024;

export function createServices(options: {
  distDir: string;
  fetch: FetchHandler;
  spreadsheet?: FakeSpreadsheet;
}) {
  const spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
  const menus: { title: string; items: (MenuItem | 'separator')[] }[] = [];
  const alerts: { title: string; prompt: string }[] = [];
  const sidebars: { title: string; content: string }[] = [];
  const fetches: FetchRequest[] = [];
  const responses: FetchResponse[] = [];
  const documentProperties = new FakeProperties();
  const userProperties = new FakeProperties();
  const cache = new Map<string, string>();
  const state = { fetch: options.fetch };

  const ui = {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' },
    Button: { OK: 'OK' },
    createMenu(title: string) {
      const menu = { title, items: [] as (MenuItem | 'separator')[] };
      const builder = {
        addItem: (caption: string, functionName: string) => {
          menu.items.push({ caption, functionName });
          return builder;
        },
        addSeparator: () => {
          menu.items.push('separator');
          return builder;
        },
        addToUi: () => {
          menus.push(menu);
        },
      };
      return builder;
    },
    createAddonMenu() {
      return ui.createMenu('Add-on');
    },
    alert(title: string, prompt?: string) {
      alerts.push({ title, prompt: prompt ?? '' });
      return 'OK';
    },
    showSidebar(html: { getTitle(): string; getContent(): string }) {
      sidebars.push({ title: html.getTitle(), content: html.getContent() });
    },
  };

  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getUi: () => ui,
      flush: () => {},
      newDataValidation: validationBuilder,
      newConditionalFormatRule: conditionalFormatBuilder,
      InterpolationType: {
        NUMBER: 'NUMBER',
        PERCENT: 'PERCENT',
        PERCENTILE: 'PERCENTILE',
        MIN: 'MIN',
        MAX: 'MAX',
      },
    },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        let content = readFileSync(join(options.distDir, `${name}.html`), 'utf8');
        let title = '';
        const output = {
          setTitle: (t: string) => {
            title = t;
            return output;
          },
          getTitle: () => title,
          append: (more: string) => {
            content += more;
            return output;
          },
          getContent: () => content,
        };
        return output;
      },
    },
    PropertiesService: {
      getDocumentProperties: () => documentProperties,
      getUserProperties: () => userProperties,
      getScriptProperties: () => new FakeProperties(),
    },
    CacheService: {
      getUserCache: () => ({
        get: (key: string) => cache.get(key) ?? null,
        put: (key: string, value: string) => {
          cache.set(key, value);
        },
        remove: (key: string) => {
          cache.delete(key);
        },
      }),
    },
    UrlFetchApp: {
      fetch(
        url: string,
        params: {
          method?: string;
          headers?: Record<string, string>;
          contentType?: string;
          payload?: string;
          muteHttpExceptions?: boolean;
        } = {},
      ) {
        const payload = params.payload;
        if (payload !== undefined && Buffer.byteLength(payload) > URLFETCH_LIMIT) {
          throw new Error('Exception: Limit Exceeded: URLFetch POST Size.');
        }
        const request: FetchRequest = {
          url,
          method: (params.method ?? 'get').toUpperCase(),
          headers: { ...(params.headers ?? {}) },
          contentType: params.contentType,
          payload,
        };
        fetches.push(request);
        const response = state.fetch(request);
        responses.push(response);
        if (!params.muteHttpExceptions && response.status >= 400) {
          throw new Error(`Exception: Request failed for ${url} returned code ${response.status}.`);
        }
        return {
          getResponseCode: () => response.status,
          getContentText: () => response.body,
          getHeaders: () => response.headers ?? {},
        };
      },
    },
    Logger: { log: () => {} },
  };

  return {
    spreadsheet,
    globals,
    ui,
    menus,
    alerts,
    sidebars,
    fetches,
    responses,
    documentProperties,
    userProperties,
    cache,
    state,
  };
}
