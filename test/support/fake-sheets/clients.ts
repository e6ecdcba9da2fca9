/**
 * Transports pointed at the fake server: the real googleapis client with a
 * fixed access token (no refresh, so no network).
 * @module
 */
import { OAuth2Client } from 'google-auth-library';
import { nodeTransport } from '../../../src/adapters/sheets/node-transport.ts';
import type { SheetsTransport } from '../../../src/adapters/sheets/transport.ts';
import type { FakeSheetsServer } from './server.ts';

export function nodeClientFor(server: FakeSheetsServer, timeoutMs = 2_000): SheetsTransport {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: 'fake-token', expiry_date: Date.now() + 3_600_000 });
  return nodeTransport({ auth, rootUrl: server.url, timeoutMs });
}
