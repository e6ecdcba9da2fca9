/** A local, schema-checked Sheets v4 server for offline tests. @module */
export * from './server.ts';
export * from './model.ts';
export { nodeClientFor } from './clients.ts';
