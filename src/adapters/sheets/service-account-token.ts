/**
 * OAuth access tokens for a Google service account, on WebCrypto only
 * (Workers, Node 20, browsers): an RS256-signed JWT exchanged at the token
 * endpoint, cached until a minute before it expires.
 * @module
 */

/** The fields we use from a service-account JSON key file. */
export interface ServiceAccountKey {
  client_email: string;
  /** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  private_key: string;
  private_key_id?: string;
  token_uri?: string;
}

export const SHEETS_SCOPES = ['https://www.googleapis.com/auth/spreadsheets'];

export interface TokenOptions {
  scopes?: string[];
  /** Default: the key's token_uri, else https://oauth2.googleapis.com/token. */
  tokenUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function importPrivateKey(pem: string): Promise<CryptoKey> {
  const body = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, '').replace(/\s+/g, '');
  const der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return crypto.subtle.importKey(
    'pkcs8',
    der,
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** Signs the JWT-bearer assertion for `key`. */
export async function signAssertion(
  key: ServiceAccountKey,
  audience: string,
  scopes: string[],
  nowSeconds: number,
): Promise<string> {
  const header = {
    alg: 'RS256',
    typ: 'JWT',
    ...(key.private_key_id ? { kid: key.private_key_id } : {}),
  };
  const claims = {
    iss: key.client_email,
    scope: scopes.join(' '),
    aud: audience,
    iat: nowSeconds,
    exp: nowSeconds + 3600,
  };
  const input = `${b64url(utf8(JSON.stringify(header)))}.${b64url(utf8(JSON.stringify(claims)))}`;
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    await importPrivateKey(key.private_key),
    utf8(input),
  );
  return `${input}.${b64url(new Uint8Array(signature))}`;
}

/** @returns a function giving a valid access token, fetching a new one only when needed. */
export function serviceAccountTokens(
  key: ServiceAccountKey,
  options: TokenOptions = {},
): () => Promise<string> {
  const tokenUrl = options.tokenUrl ?? key.token_uri ?? 'https://oauth2.googleapis.com/token';
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  return async () => {
    if (cached && now() < cached.expiresAt - 60_000) return cached.token;
    const assertion = await signAssertion(
      key,
      tokenUrl,
      options.scopes ?? SHEETS_SCOPES,
      Math.floor(now() / 1000),
    );
    const res = await doFetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion,
      }).toString(),
    });
    const body = (await res.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error_description?: string;
    };
    if (!res.ok || !body.access_token) {
      throw new Error(
        `Service account ${key.client_email} could not get a token: ${body.error_description ?? res.status}`,
      );
    }
    cached = { token: body.access_token, expiresAt: now() + (body.expires_in ?? 3600) * 1000 };
    return cached.token;
  };
}
