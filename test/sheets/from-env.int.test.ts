import { afterEach, beforeEach, expect, test } from 'vitest';
import { SheetsConfigError, sheetsGatewayFromEnv } from '../../src/adapters/sheets/from-env.ts';
import {
  type FakeSheetsServer,
  serviceAccountKeyFile,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';

const clock = { now: () => new Date('2026-01-15T12:00:00Z') };
let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheets();
});
afterEach(async () => {
  await server.stop();
});

test('without a service account key Sheets is simply not configured', () => {
  expect(sheetsGatewayFromEnv({}, clock)).toBeUndefined();
});

test('a key that is not JSON or a short review secret is refused, naming the variable', async () => {
  expect(() => sheetsGatewayFromEnv({ CM_SHEETS_SERVICE_ACCOUNT_JSON: 'nope' }, clock)).toThrow(
    SheetsConfigError,
  );
  const key = await serviceAccountKeyFile(server);
  expect(() =>
    sheetsGatewayFromEnv(
      { CM_SHEETS_SERVICE_ACCOUNT_JSON: key, CM_SHEETS_REVIEW_SECRET: 'short' },
      clock,
    ),
  ).toThrow(/CM_SHEETS_REVIEW_SECRET/);
});

const HUB_ID = '1hubhubhubhubhubhubhubhubhubhubhubhubhubhubh';

test('a configured gateway signs in with the key file and reviews a sheet over the fetch path', async () => {
  server.add(
    '1partnerpartnerpartnerpartnerpartnerpartner',
    {
      Corridors: [
        ['corridor_id', 'origin'],
        ['XXX-YYY', ''],
      ],
    },
    'Partner',
  );
  server.add(
    HUB_ID,
    { Hub: [['spreadsheet'], ['1partnerpartnerpartnerpartnerpartnerpartner']] },
    'Hub',
  );
  const gateway = sheetsGatewayFromEnv(
    {
      CM_SHEETS_SERVICE_ACCOUNT_JSON: await serviceAccountKeyFile(server),
      CM_SHEETS_REVIEW_SECRET: 's'.repeat(32),
      CM_SHEETS_ROOT_URL: server.url,
      CM_SHEETS_TOKEN_URL: `${server.url}token`,
    },
    clock,
  );
  expect(gateway?.serviceAccountEmail).toBe('cm@project.iam.gserviceaccount.com');
  const outcome = await gateway!.review('1partnerpartnerpartnerpartnerpartnerpartner', HUB_ID);
  expect(outcome.ok && outcome.review.status).toBe('invalid');
  expect(outcome.ok && outcome.review.errors).toBeGreaterThan(0);
  expect(server.requests.map((r) => r.method)).toEqual([
    'token',
    'get',
    'batchGet',
    'get',
    'batchGet',
  ]);
  expect(server.violations).toEqual([]);
});
