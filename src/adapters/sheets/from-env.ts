/**
 * The Sheets gateway from environment variables or Worker bindings, on the
 * fetch transport (Workers, Node 20, Cloud Functions alike). Absent when
 * CM_SHEETS_SERVICE_ACCOUNT_JSON is not set.
 * @module
 */
import type { Clock } from '../../core/contract/ports.ts';
import type { SheetsGateway } from '../../core/contract/sheets-gateway.ts';
import type { HubLease } from '../../core/recalculate/types.ts';
import { defaultEngine } from './engine.ts';
import { fetchTransport } from './fetch-transport.ts';
import { createSheetsGateway } from './gateway.ts';
import { withRetry } from './retry.ts';
import { type ServiceAccountKey, serviceAccountTokens } from './service-account-token.ts';

export type SheetsEnv = Record<string, string | undefined>;

export class SheetsConfigError extends Error {
  override name = 'SheetsConfigError';
}

/** The service account key file, checked; throws SheetsConfigError naming the variable. */
export function parseKey(json: string): ServiceAccountKey {
  let key: Partial<ServiceAccountKey>;
  try {
    key = JSON.parse(json) as Partial<ServiceAccountKey>;
  } catch {
    throw new SheetsConfigError(
      'CM_SHEETS_SERVICE_ACCOUNT_JSON expects the service account key file (JSON), got text that is not JSON',
    );
  }
  if (
    typeof key.client_email !== 'string' ||
    typeof key.private_key !== 'string' ||
    !key.private_key.includes('BEGIN PRIVATE KEY')
  ) {
    throw new SheetsConfigError(
      'CM_SHEETS_SERVICE_ACCOUNT_JSON expects a key file with client_email and a PKCS#8 private_key',
    );
  }
  return key as ServiceAccountKey;
}

/**
 * @returns the gateway, or undefined when Sheets is not configured.
 * @throws SheetsConfigError naming the variable when it is set but wrong.
 */
export function sheetsGatewayFromEnv(
  env: SheetsEnv,
  clock: Clock,
  /** The runtime's own lease (a Durable Object on Workers); default: the hub's developer metadata. */
  lease?: (hubId: string, runId: string) => HubLease,
): SheetsGateway | undefined {
  const json = env.CM_SHEETS_SERVICE_ACCOUNT_JSON?.trim();
  if (!json) return undefined;
  const key = parseKey(json);
  const reviewSecret = env.CM_SHEETS_REVIEW_SECRET?.trim() ?? '';
  if (reviewSecret.length < 32)
    throw new SheetsConfigError(
      'CM_SHEETS_REVIEW_SECRET must be set to at least 32 random characters (it signs review links)',
    );
  const rootUrl = env.CM_SHEETS_ROOT_URL?.trim();
  const tokenUrl = env.CM_SHEETS_TOKEN_URL?.trim();
  const runs = env.CM_SHEETS_UNCERTAINTY_RUNS?.trim();
  if (runs && !/^\d+$/.test(runs))
    throw new SheetsConfigError(`CM_SHEETS_UNCERTAINTY_RUNS expects a whole number, got "${runs}"`);
  const transport = fetchTransport({
    accessToken: serviceAccountTokens(key, tokenUrl ? { tokenUrl } : {}),
    ...(rootUrl ? { rootUrl } : {}),
  });
  return createSheetsGateway({
    transport: withRetry(transport),
    serviceAccountEmail: key.client_email,
    engine: defaultEngine,
    clock,
    reviewSecret,
    ...(runs ? { uncertaintyRuns: Number(runs) } : {}),
    ...(lease ? { lease } : {}),
  });
}
