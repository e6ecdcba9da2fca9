/**
 * What the HTTP app needs from its runtime, injected by each entry in functions/.
 * Web-standard types only: the same app runs on Workers, Cloud Functions and Node.
 * @module
 */
import type { AuthConfig } from '../auth/roles.ts';
import type { Clock } from '../core/contract/ports.ts';
import type { SheetsGateway } from '../core/contract/sheets-gateway.ts';
import type { PackReader } from '../core/pack/reader.ts';

export interface AppConfig {
  auth: AuthConfig;
  /** Origins allowed by CORS; empty = no cross-origin browser access. */
  corsOrigins: string[];
  /** Request body limit in bytes (default 10 MB). */
  bodyLimitBytes: number;
  /** Public base URL, used in review links. */
  publicUrl?: string;
}

export interface AppDeps {
  config: AppConfig;
  clock: Clock;
  /** Structured JSON log lines; never personal data. */
  log: (entry: Record<string, unknown>) => void;
  sheets?: SheetsGateway;
  /** The open-data pack behind /v1/corridors; on Workers the ASSETS binding is used when absent. */
  pack?: PackReader;
}
