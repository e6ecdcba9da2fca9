import { afterEach, beforeEach, expect, test } from 'vitest';
import { fetchTransport } from '../../src/adapters/sheets/fetch-transport.ts';
import {
  type ServiceAccountKey,
  serviceAccountTokens,
} from '../../src/adapters/sheets/service-account-token.ts';
import { SheetsWorkbook } from '../../src/adapters/sheets/sheets-workbook.ts';
import {
  type FakeSheetsServer,
  generateServiceAccountKey,
  plainRows,
  registerServiceAccount,
  startFakeSheets,
} from '../support/fake-sheets/index.ts';

let server: FakeSheetsServer;
let key: ServiceAccountKey;
const clientEmail = 'corridor-monitor@test-project.iam.gserviceaccount.com';

/** A key as Google issues it, with a key id (sent as the JWT's kid). */
async function generateKey(): Promise<{ key: ServiceAccountKey; publicKey: CryptoKey }> {
  const generated = await generateServiceAccountKey(clientEmail);
  return { ...generated, key: { ...generated.key, private_key_id: 'k1' } };
}

beforeEach(async () => {
  server = await startFakeSheets();
  const generated = await generateKey();
  key = generated.key;
  registerServiceAccount(server, generated.publicKey, clientEmail);
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

test('the Workers fetch path signs a service-account JWT with WebCrypto, gets a token once, then reads and writes', async () => {
  server.add('ss1', { Corridors: [['corridor_id'], ['MEX-USA']] });
  const transport = fetchTransport({
    rootUrl: server.url,
    accessToken: serviceAccountTokens(key, { tokenUrl: `${server.url}token` }),
  });
  const book = new SheetsWorkbook(transport, 'ss1');
  expect((await book.read()).tabs.Corridors).toEqual([['corridor_id'], ['MEX-USA']]);
  await book.write({
    tabs: [{ name: 'Scorecard', frozenRows: 1 }],
    patches: [{ tab: 'Scorecard', range: 'A1', values: [['overall'], [62.5]] }],
  });
  expect(server.requests.map((r) => r.method)).toEqual(['token', 'get', 'batchGet', 'batchUpdate']);
  expect(new Set(server.requests.slice(1).map((r) => r.authorization))).toEqual(
    new Set(['Bearer sa-token-1']),
  );
  const tab = server.spreadsheets
    .get('ss1')
    ?.sheets.find((s) => s.properties.title === 'Scorecard');
  expect(plainRows(tab!)).toEqual([['overall'], [62.5]]);
});

test('a token signed by another key is refused by the token endpoint with a clear error', async () => {
  const other = await generateKey();
  const tokens = serviceAccountTokens(other.key, { tokenUrl: `${server.url}token` });
  await expect(tokens()).rejects.toThrow(
    `Service account ${clientEmail} could not get a token: Invalid JWT Signature.`,
  );
});

test('the fetch path reports a permission error as PERMISSION_DENIED with status 403', async () => {
  server.add('ss1', { Corridors: [['corridor_id']] });
  server.denied.add('ss1');
  const transport = fetchTransport({ rootUrl: server.url, accessToken: async () => 'fake-token' });
  await expect(new SheetsWorkbook(transport, 'ss1').read()).rejects.toMatchObject({
    status: 403,
    reason: 'PERMISSION_DENIED',
  });
});
