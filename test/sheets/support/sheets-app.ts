/** The HTTP app wired to a Sheets gateway on the fake server, for route and browser tests. */
import { createSheetsGateway } from '../../../src/adapters/sheets/gateway.ts';
import { withRetry } from '../../../src/adapters/sheets/retry.ts';
import type { SheetsGateway } from '../../../src/core/contract/sheets-gateway.ts';
import { createApp } from '../../../src/http/app.ts';
import type { AppDeps } from '../../../src/http/deps.ts';
import { AUDIENCE, FIXED_TIME, HUB, ISSUER, KEYS } from '../../http/support.ts';
import { type FakeSheetsServer, nodeClientFor } from '../../support/fake-sheets/index.ts';
import { corridorTabs, fakeAssess, fakeValidate } from './fake-engine.ts';

export const EMAIL = 'corridor-monitor@test-project.iam.gserviceaccount.com';
export { HUB };
export const PARTNER = '1partnerpartnerpartnerpartnerpartnerpartner';

export function sheetsApp(
  server: FakeSheetsServer,
  options: {
    sheets?: boolean;
    publicUrl?: string;
    gateway?: SheetsGateway;
    /** As CM_FIXED_TIME: the app's clock; review links still expire on the real clock. */
    fixedTime?: string;
  } = {},
) {
  const logs: Record<string, unknown>[] = [];
  const clock = { now: () => new Date(options.fixedTime ?? FIXED_TIME) };
  const deps: AppDeps = {
    config: {
      auth: { issuer: ISSUER, audience: AUDIENCE, keys: KEYS },
      corsOrigins: [],
      bodyLimitBytes: 1_000_000,
      ...(options.publicUrl !== ''
        ? { publicUrl: options.publicUrl ?? 'https://cm.example.org' }
        : {}),
    },
    clock,
    log: (e) => logs.push(e),
  };
  if (options.gateway) deps.sheets = options.gateway;
  else if (options.sheets !== false) {
    deps.sheets = createSheetsGateway({
      transport: withRetry(nodeClientFor(server), { baseDelayMs: 5, deadlineMs: 1_000 }),
      serviceAccountEmail: EMAIL,
      engine: { assess: fakeAssess, validate: fakeValidate },
      clock,
      ...(options.fixedTime ? {} : { linkClock: clock }),
      reviewSecret: 'r'.repeat(40),
    });
  }
  return { app: createApp(deps), logs };
}

/** A hub listing five corridor spreadsheets and a partner sheet with two corridors. */
export function observatory(server: FakeSheetsServer): void {
  const peers: [string, string, string, number[]][] = [
    ['MEX-USA', 'MEX', 'USA', [62, 71, 55]],
    ['PHL-SAU', 'PHL', 'SAU', [41, 38]],
    ['SYR-DEU', 'SYR', 'DEU', [77, 80, 69]],
    ['IND-ARE', 'IND', 'ARE', [58, 49]],
    ['GTM-USA', 'GTM', 'USA', [35, 44]],
  ];
  const ids = peers.map(([id], i) => `1peer${i}${id.replace('-', '')}peerpeerpeerpeerpeerpeerpeer`);
  for (const [i, [id, o, d, v]] of peers.entries())
    server.add(ids[i]!, corridorTabs(id, o, d, v), `${id} team`);
  server.add(
    HUB,
    {
      Hub: [
        ['spreadsheet', 'label'],
        ...ids.map((s, i) => [`https://docs.google.com/spreadsheets/d/${s}/edit`, peers[i]![0]]),
        [PARTNER, 'South Asia partner'],
      ],
    },
    'Observatory hub',
  );
  const a = corridorTabs('BGD-MYS', 'BGD', 'MYS', [66, 52, 60]);
  const b = corridorTabs('NPL-QAT', 'NPL', 'QAT', [47, 39]);
  server.add(
    PARTNER,
    {
      Corridors: [...a.Corridors, b.Corridors[1]!],
      Indicators: [
        ...a.Indicators,
        ...b.Indicators.slice(1),
        ['NPL-QAT', 'ind_9', 'corridor', 'NPL', 2016, 30],
        ['NPL-QAT', 'ind_10', 'corridor', 'NPL', 2023, ''],
      ],
    },
    'South Asia partner sheet',
  );
}
