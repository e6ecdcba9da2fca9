/** A local, schema-checked Sheets v4 server for offline tests. @module */

export { nodeClientFor } from './clients.ts';
export * from './model.ts';
export * from './server.ts';
export * from './service-account.ts';
