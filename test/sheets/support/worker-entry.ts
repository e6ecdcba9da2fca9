/** A Worker that reads and writes one spreadsheet over the fetch path, for the workerd test. */
import { fetchTransport } from '../../../src/adapters/sheets/fetch-transport.ts';
import {
  type ServiceAccountKey,
  serviceAccountTokens,
} from '../../../src/adapters/sheets/service-account-token.ts';
import { SheetsWorkbook } from '../../../src/adapters/sheets/sheets-workbook.ts';

interface Env {
  ROOT: string;
  KEY: string;
  SPREADSHEET: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const key = JSON.parse(env.KEY) as ServiceAccountKey;
    const transport = fetchTransport({
      rootUrl: env.ROOT,
      accessToken: serviceAccountTokens(key, { tokenUrl: `${env.ROOT}token` }),
    });
    const book = new SheetsWorkbook(transport, env.SPREADSHEET);
    const workbook = await book.read();
    const written = await book.writeTabs({
      tabs: [{ name: 'Ranking', frozenRows: 1 }],
      patches: [{ tab: 'Ranking', range: 'A1', values: [['from'], ['workerd']] }],
    });
    return Response.json({ workbook, written });
  },
};
