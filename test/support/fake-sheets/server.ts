/**
 * A local Sheets v4 server for offline tests: spreadsheets.get, values.batchGet,
 * spreadsheets.batchUpdate and an OAuth token endpoint, with Google's error
 * bodies. Every request body and response is checked against the discovery
 * schemas; every violation is recorded so a test can fail on it.
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyRequests, InvalidRequest } from './apply-requests.ts';
import { validateSchema } from './discovery-schema.ts';
import { type FakeSpreadsheet, newSpreadsheet, type PlainValue } from './model.ts';
import { checkQuery } from './query.ts';
import { handleToken, type TokenIssuer } from './token-endpoint.ts';
import { RangeError400, readRange } from './values.ts';

export type Method = 'get' | 'batchGet' | 'batchUpdate';
export type FaultKind = '429' | '500' | '503' | 'timeout' | '403';

export interface Fault {
  kind: FaultKind;
  spreadsheetId?: string;
  method?: Method;
  /** How many matching requests fail (default 1; Infinity = always). */
  times?: number;
  /** Matching requests let through before the fault starts (default 0). */
  after?: number;
}

export interface LoggedRequest {
  method: Method | 'token' | 'unknown';
  spreadsheetId?: string;
  status: number;
  authorization?: string;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export class FakeSheetsServer {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly requests: LoggedRequest[] = [];
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  /** Spreadsheets the caller may not open (403). */
  readonly denied = new Set<string>();
  readonly acceptedTokens = new Set(['fake-token']);
  tokenIssuer?: TokenIssuer;
  /** Resolved by tests that hold a batchUpdate open (see `holdWrites`). */
  private writeGate?: Promise<void>;
  private gatedId?: string;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()) ?? ok());
  }

  add(id: string, tabs: Record<string, PlainValue[][]>, title?: string): FakeSpreadsheet {
    const ss = newSpreadsheet(id, tabs, title);
    this.spreadsheets.set(id, ss);
    return ss;
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Makes every batchUpdate (or only those to `spreadsheetId`) wait until the returned function is called. */
  holdWrites(spreadsheetId?: string): () => void {
    let release!: () => void;
    this.writeGate = new Promise((ok) => (release = ok));
    this.gatedId = spreadsheetId;
    return () => {
      this.writeGate = undefined;
      release();
    };
  }

  count(method: Method, spreadsheetId?: string): number {
    return this.requests.filter(
      (r) => r.method === method && (!spreadsheetId || r.spreadsheetId === spreadsheetId),
    ).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    if (url.pathname === '/token' && this.tokenIssuer) {
      const out = await handleToken(this.tokenIssuer, body, this.acceptedTokens);
      this.requests.push({ method: 'token', status: out.status });
      return send(res, out.status, out.body);
    }
    const m = /^\/v4\/spreadsheets\/([^/:]+)(\/values:batchGet|:batchUpdate)?$/.exec(url.pathname);
    const method: Method | undefined = !m
      ? undefined
      : m[2] === ':batchUpdate'
        ? 'batchUpdate'
        : m[2]
          ? 'batchGet'
          : 'get';
    const id = m ? decodeURIComponent(m[1]!) : undefined;
    const log: LoggedRequest = {
      method: method ?? 'unknown',
      spreadsheetId: id,
      status: 0,
      authorization: req.headers.authorization,
    };
    this.requests.push(log);
    const reply = (status: number, payload: unknown) => {
      log.status = status;
      send(res, status, payload);
    };
    const fail = (status: number, message: string) =>
      reply(status, { error: { code: status, message, status: STATUS_NAMES[status] } });
    if (!method || !id || req.method !== (method === 'batchUpdate' ? 'POST' : 'GET'))
      return fail(404, 'Method not found.');
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    if (!token || !this.acceptedTokens.has(token)) {
      return fail(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
    const fault = this.takeFault(id, method);
    if (fault === 'timeout') return; // never answers; the client's timeout must fire
    if (fault === '403' || this.denied.has(id))
      return fail(403, 'The caller does not have permission');
    if (fault === '429')
      return fail(
        429,
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'.",
      );
    if (fault) return fail(Number(fault), 'Internal error encountered.');
    const queryProblems = checkQuery(method, url.searchParams);
    if (queryProblems.length > 0) return this.reject(fail, queryProblems);
    const ss = this.spreadsheets.get(id);
    if (!ss) return fail(404, 'Requested entity was not found.');
    const out = await this.answer(method, ss, url, body, fail);
    if (!out) return;
    const problems = validateSchema(out.payload, out.schema);
    if (problems.length > 0) {
      this.violations.push(...problems.map((p) => `response: ${p}`));
      return fail(500, `fake server produced an invalid ${out.schema}: ${problems.join('; ')}`);
    }
    reply(200, out.payload);
  }

  private async answer(
    method: Method,
    ss: FakeSpreadsheet,
    url: URL,
    body: string,
    fail: (s: number, m: string) => void,
  ) {
    if (method === 'get') return { schema: 'Spreadsheet', payload: spreadsheetResource(ss) };
    if (method === 'batchGet') {
      try {
        const valueRanges = url.searchParams.getAll('ranges').map((r) => readRange(ss, r));
        return {
          schema: 'BatchGetValuesResponse',
          payload: { spreadsheetId: ss.spreadsheetId, valueRanges },
        };
      } catch (e) {
        if (e instanceof RangeError400) return void fail(400, e.message);
        throw e;
      }
    }
    const parsed = JSON.parse(body || '{}') as { requests?: [] };
    const problems = validateSchema(parsed, 'BatchUpdateSpreadsheetRequest');
    if (problems.length > 0) return void this.reject(fail, problems);
    if (!this.gatedId || this.gatedId === ss.spreadsheetId) await this.writeGate;
    try {
      const { state, replies } = applyRequests(ss, parsed.requests ?? []);
      this.spreadsheets.set(ss.spreadsheetId, state);
      return {
        schema: 'BatchUpdateSpreadsheetResponse',
        payload: { spreadsheetId: ss.spreadsheetId, replies },
      };
    } catch (e) {
      if (e instanceof InvalidRequest) return void fail(400, e.message);
      throw e;
    }
  }

  private reject(fail: (s: number, m: string) => void, problems: string[]): void {
    this.violations.push(...problems.map((p) => `request: ${p}`));
    fail(400, `Invalid JSON payload received. ${problems.join('; ')}`);
  }

  private takeFault(id: string, method: Method): FaultKind | undefined {
    const f = this.faults.find(
      (x) =>
        (x.times ?? 0) > 0 &&
        (!x.spreadsheetId || x.spreadsheetId === id) &&
        (!x.method || x.method === method),
    );
    if (!f) return undefined;
    if ((f.after ?? 0) > 0) {
      f.after = (f.after ?? 0) - 1;
      return undefined;
    }
    f.times = (f.times ?? 1) - 1;
    return f.kind;
  }
}

function spreadsheetResource(ss: FakeSpreadsheet) {
  return {
    spreadsheetId: ss.spreadsheetId,
    properties: { title: ss.title, locale: 'en_GB', timeZone: 'Etc/GMT' },
    sheets: ss.sheets.map((s) => ({
      properties: s.properties,
      ...(s.developerMetadata.length > 0 ? { developerMetadata: s.developerMetadata } : {}),
      ...(s.conditionalFormats.length > 0 ? { conditionalFormats: s.conditionalFormats } : {}),
      ...(s.charts.length > 0 ? { charts: s.charts } : {}),
      ...(s.protectedRanges.length > 0 ? { protectedRanges: s.protectedRanges } : {}),
    })),
    ...(ss.developerMetadata.length > 0 ? { developerMetadata: ss.developerMetadata } : {}),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.spreadsheetId}/edit`,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, ko) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', ko);
  });
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(payload));
}

/** Starts a fake server; call `stop()` when done. */
export function startFakeSheets(): Promise<FakeSheetsServer> {
  return new FakeSheetsServer().start();
}
