/**
 * What the HTTP app needs from its runtime, injected by each entry in functions/.
 * Web-standard types only: the same app runs on Workers, Cloud Functions and Node.
 * @module
 */
import type { AuthConfig } from '../auth/roles.ts';
import type { Clock } from '../core/contract/ports.ts';
import type { SheetsGateway } from '../core/contract/sheets-gateway.ts';
import type { PackReader } from '../core/pack/reader.ts';
import type { BuiltTemplate } from '../core/template/generate/build-template.ts';
import type { Limits } from './limits.ts';

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

export interface AppDeps {
  config: AppConfig;
  clock: Clock;
  /** Structured JSON log lines; never personal data. */
  log: (entry: Record<string, unknown>) => void;
  sheets?: SheetsGateway;
  /** The open-data pack behind /v1/corridors; on Workers the ASSETS binding is used when absent. */
  pack?: PackReader;
  /** Writes a built template as .xlsx (Node entries); absent on Workers, where the xlsx writer is not bundled. */
  writeTemplateXlsx?: (template: BuiltTemplate, date: Date) => Promise<Uint8Array>;
}
