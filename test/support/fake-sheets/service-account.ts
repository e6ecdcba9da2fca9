/** A fresh service-account key file whose tokens the fake server's token endpoint accepts. @module */
import type { FakeSheetsServer } from './server.ts';

export const TEST_CLIENT_EMAIL = 'cm@project.iam.gserviceaccount.com';

/** Generates an RS256 key pair, registers its public half with `server`, returns the key file's JSON text. */
export async function serviceAccountKeyFile(
  server: FakeSheetsServer,
  clientEmail = TEST_CLIENT_EMAIL,
): Promise<string> {
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
  server.tokenIssuer = { publicKey: pair.publicKey, clientEmail, audience: `${server.url}token` };
  return JSON.stringify({
    type: 'service_account',
    client_email: clientEmail,
    private_key: `-----BEGIN PRIVATE KEY-----\n${der}\n-----END PRIVATE KEY-----\n`,
  });
}
