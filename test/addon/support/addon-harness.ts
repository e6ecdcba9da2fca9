/**
 * Runs the bundled add-on (dist/Code.js) in node:vm with the in-memory Apps
 * Script fakes, and the API in a child process behind the UrlFetchApp fake.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createServices, type FetchHandler, type FetchRequest } from './fake-services.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { createSyncHttp, type SyncHttp } from './sync-http.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The add-on is built into a fresh temporary folder per test file, never into the checkout. */
export const DIST = mkdtempSync(join(tmpdir(), 'cm-addon-dist-'));
/** The URL saved in Settings; requests to it go to the local API. */
export const API_URL = 'https://corridor-monitor.test';

export async function buildOnce(): Promise<string[]> {
  const { buildAddon } = (await import(join(ROOT, 'sheets-addon/build.mjs'))) as {
    buildAddon(o?: { outDir?: string }): Promise<{ entryPoints: string[] }>;
  };
  return (await buildAddon({ outDir: DIST })).entryPoints;
}

export interface Api {
  baseUrl: string;
  /** The statistician's token (validate, assess, template). */
  token: string;
  tokens: Record<'statistician' | 'partner' | 'coordinator', string>;
  serviceAccount: string;
  routes: string[];
  http: SyncHttp;
  /** UrlFetchApp handler: maps API_URL to the local server. */
  handler: FetchHandler;
  close(): Promise<void>;
}

export async function startApi(env: Record<string, string> = {}): Promise<Api> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/addon/support/api-server.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`API server exited with ${code}`)));
  });
  const info = JSON.parse(first) as {
    port: number;
    tokens: Api['tokens'];
    serviceAccount: string;
    routes: string[];
  };
  const baseUrl = `http://127.0.0.1:${info.port}`;
  const http = createSyncHttp();
  return {
    baseUrl,
    token: info.tokens.statistician,
    tokens: info.tokens,
    serviceAccount: info.serviceAccount,
    routes: info.routes,
    http,
    handler: (request: FetchRequest) =>
      http.request({ ...request, url: request.url.replace(API_URL, baseUrl) }),
    async close() {
      await http.close();
      child.kill('SIGTERM');
    },
  };
}

export type Addon = ReturnType<typeof loadAddon>;

/** A fresh Apps Script environment with the add-on loaded; `call` returns JSON as google.script.run would. */
export function loadAddon(fetch: FetchHandler, spreadsheet = new FakeSpreadsheet()) {
  const services = createServices({ distDir: DIST, fetch, spreadsheet });
  const context = vm.createContext({ ...services.globals, console });
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const call = <T = unknown>(name: string, ...args: unknown[]): T => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    const result = (fn as (...a: unknown[]) => unknown)(...args);
    return result === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(result)) as T);
  };
  return { ...services, context, call };
}
