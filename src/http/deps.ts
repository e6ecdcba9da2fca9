/**
 * What the HTTP app needs from its runtime, injected by each entry in functions/.
 * Web-standard types only: the same app runs on Workers, Cloud Functions and Node.
 * @module
 */
import type { Clock } from '../core/contract/ports.ts';
import type { RunReport } from '../core/recalculate/types.ts';
import type { ReviewOutcome } from '../core/review/types.ts';
import type { Limits } from './limits.ts';

export type Role = 'statistician' | 'coordinator' | 'partner';

/** Verification keys for bearer tokens, by key id (rotation = several kids at once). */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** kid -> HMAC secret (HS256) or PEM/JWK public key, as configured. */
  keys: Record<string, string>;
  /** Longest lifetime a token may have (exp - iat and exp - now); default 90 days (CM_JWT_MAX_TTL). */
  maxTtlSeconds?: number;
}

export interface AppConfig {
  auth: AuthConfig;
  /** Origins allowed by CORS; empty = no cross-origin browser access. */
  corsOrigins: string[];
  /** Request body limit in bytes (default 10 MB). */
  bodyLimitBytes: number;
  /** Public base URL, used in review links (CM_PUBLIC_URL; review links are refused without it). */
  publicUrl?: string;
  /** Per-role limits on workbooks and uncertainty runs; DEFAULT_LIMITS when absent (CM_LIMITS). */
  limits?: Limits;
}

/** Access to Google Sheets for recalculation and review; absent where not configured. */
export interface SheetsGateway {
  /** Built by `createSheetsGateway` in src/adapters/sheets. */
  readonly kind: 'sheets';
  /** The service account's address: the one people share their spreadsheets with. */
  readonly serviceAccountEmail: string;
  /** Recalculates a hub; runs for the same hub never interleave. */
  recalculate(hubId: string): Promise<RunReport>;
  /** Reviews a spreadsheet the hub lists against that hub's corridors; writes nothing. */
  review(spreadsheetId: string, hubId: string): Promise<ReviewOutcome>;
  /** The review a recalculation stored in the hub (at most 2 Sheets calls), or undefined when none is. */
  storedReview?(spreadsheetId: string, hubId: string): Promise<ReviewOutcome | undefined>;
  /** A link naming the spreadsheet and hub (encrypted: neither ID shows); expiry on the real clock. */
  signReviewLink(
    spreadsheetId: string,
    hubId: string,
  ): Promise<{ token: string; expiresAt: string }>;
  /** What a review token names, or undefined when forged, malformed or expired. */
  openReviewLink(
    token: string,
  ): Promise<{ spreadsheetId: string; hubId: string; expiresAt: string } | undefined>;
}

export interface AppDeps {
  config: AppConfig;
  clock: Clock;
  /** Structured JSON log lines; never personal data. */
  log: (entry: Record<string, unknown>) => void;
  sheets?: SheetsGateway;
}
