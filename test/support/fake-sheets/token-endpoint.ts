/**
 * The OAuth 2.0 token endpoint for service accounts (JWT bearer grant),
 * verifying the assertion's RS256 signature with the test's public key.
 * @module
 */
import { jwtVerify } from 'jose';

export interface TokenIssuer {
  /** The service account's public key (the test generated the pair). */
  publicKey: CryptoKey;
  clientEmail: string;
  /** The `aud` the assertion must carry: this endpoint's URL. */
  audience: string;
}

const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export async function handleToken(
  issuer: TokenIssuer,
  body: string,
  accepted: Set<string>,
): Promise<{ status: number; body: unknown }> {
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== GRANT) {
    return {
      status: 400,
      body: { error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' },
    };
  }
  try {
    const { payload } = await jwtVerify(form.get('assertion') ?? '', issuer.publicKey, {
      algorithms: ['RS256'],
      issuer: issuer.clientEmail,
      audience: issuer.audience,
    });
    if (typeof payload.scope !== 'string' || !payload.scope.includes('spreadsheets'))
      throw new Error('no scope');
    const token = `sa-token-${accepted.size}`;
    accepted.add(token);
    return { status: 200, body: { access_token: token, expires_in: 3599, token_type: 'Bearer' } };
  } catch {
    return {
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
    };
  }
}
