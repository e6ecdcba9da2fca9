/**
 * What a token may touch besides its role: the hubs a coordinator may
 * recalculate (`hubs`), the hub a partner reviews against (`hub`).
 * @module
 */
import type { Role } from './roles.ts';

/** Spreadsheet IDs are URL-safe base64, 20-100 characters (as parseSheetLink reads them). */
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{20,100}$/;

/** At most this many hubs in one coordinator token. */
export const MAX_HUBS_PER_TOKEN = 50;

export const isSpreadsheetId = (value: unknown): value is string =>
  typeof value === 'string' && SPREADSHEET_ID.test(value);

/**
 * The claims a token of `role` carries for its scope.
 * @example scopeClaims('partner', ['1abc…']) // => { hub: '1abc…' }
 */
export function scopeClaims(role: Role, hubs: readonly string[]): Record<string, unknown> {
  if (role === 'coordinator') return hubs.length > 0 ? { hubs: [...hubs] } : {};
  if (role === 'partner') return hubs[0] ? { hub: hubs[0] } : {};
  return {};
}

/**
 * Reads the scope claims of a verified payload.
 * @returns the hub IDs (empty when the token names none), or undefined when a claim is malformed
 */
export function readScope(role: Role, payload: Record<string, unknown>): string[] | undefined {
  const { hub, hubs } = payload;
  if (role === 'coordinator') {
    if (hub !== undefined) return undefined;
    if (hubs === undefined) return [];
    if (!Array.isArray(hubs) || hubs.length > MAX_HUBS_PER_TOKEN) return undefined;
    return hubs.every(isSpreadsheetId) ? [...new Set(hubs)] : undefined;
  }
  if (role === 'partner') {
    if (hubs !== undefined) return undefined;
    if (hub === undefined) return [];
    return isSpreadsheetId(hub) ? [hub] : undefined;
  }
  return hub === undefined && hubs === undefined ? [] : undefined;
}
