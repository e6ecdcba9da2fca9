/** Google Sheets adapter: the core's ports over the Sheets v4 API, on Node and Workers. @module */

export { defaultEngine } from './engine.ts';
export { type FetchTransportOptions, fetchTransport } from './fetch-transport.ts';
export { SheetsConfigError, sheetsGatewayFromEnv } from './from-env.ts';
export { createSheetsGateway, type SheetsGatewayOptions } from './gateway.ts';
export { type RetryOptions, withRetry } from './retry.ts';
export {
  type ServiceAccountKey,
  SHEETS_SCOPES,
  serviceAccountTokens,
  signAssertion,
} from './service-account-token.ts';
export { SheetsWorkbook, type WriteResult } from './sheets-workbook.ts';
export { GENERATED_KEY } from './tab-metadata.ts';
export { SheetsApiError, type SheetsTransport } from './transport.ts';
