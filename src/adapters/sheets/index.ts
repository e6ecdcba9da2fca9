/** Google Sheets adapter: the core's ports over the Sheets v4 API, on Node and Workers. @module */
export { SheetsWorkbook, type WriteResult } from './sheets-workbook.ts';
export { fetchTransport, type FetchTransportOptions } from './fetch-transport.ts';
export { serviceAccountTokens, signAssertion, SHEETS_SCOPES, type ServiceAccountKey } from './service-account-token.ts';
export { withRetry, type RetryOptions } from './retry.ts';
export { SheetsApiError, type SheetsTransport } from './transport.ts';
export { GENERATED_KEY } from './tab-metadata.ts';
export { createSheetsGateway, type SheetsGatewayOptions } from './gateway.ts';
export { sheetsGatewayFromEnv, SheetsConfigError } from './from-env.ts';
export { defaultEngine } from './engine.ts';
