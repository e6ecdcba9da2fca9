/**
 * Node-only entry: the googleapis transport (Application Default Credentials
 * on Cloud Functions, a key file, or a user's OAuth token). Kept apart from
 * index.ts so the Worker bundle never pulls in googleapis.
 * @module
 */
export { type NodeTransportOptions, nodeTransport } from './node-transport.ts';
