/** Fresh service-account keys whose tokens the fake server's token endpoint accepts once registered. @module */
import type { ServiceAccountKey } from '../../../src/adapters/sheets/service-account-token.ts';
import type { FakeSheetsServer } from './server.ts';

export const TEST_CLIENT_EMAIL = 'cm@project.iam.gserviceaccount.com';

/** A fresh RS256 key as Google issues it (PKCS#8 PEM, 64 columns), with its public half; registered nowhere. */
export async function generateServiceAccountKey(
  clientEmail = TEST_CLIENT_EMAIL,
): Promise<{ key: ServiceAccountKey; publicKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  const der = Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).toString(
    'base64',
  );
  const pem = `-----BEGIN PRIVATE KEY-----\n${der.replace(/(.{64})/g, '$1\n')}\n-----END PRIVATE KEY-----\n`;
  return { key: { client_email: clientEmail, private_key: pem }, publicKey: pair.publicKey };
}

/** Makes `server`'s token endpoint accept tokens signed by the key whose public half is `publicKey`. */
export function registerServiceAccount(
  server: FakeSheetsServer,
  publicKey: CryptoKey,
  clientEmail = TEST_CLIENT_EMAIL,
): void {
  server.tokenIssuer = { publicKey, clientEmail, audience: `${server.url}token` };
}

/** Generates a key, registers its public half with `server`, returns the key file's JSON text. */
export async function serviceAccountKeyFile(
  server: FakeSheetsServer,
  clientEmail = TEST_CLIENT_EMAIL,
): Promise<string> {
  const { key, publicKey } = await generateServiceAccountKey(clientEmail);
  registerServiceAccount(server, publicKey, clientEmail);
  return JSON.stringify({ type: 'service_account', ...key });
}
