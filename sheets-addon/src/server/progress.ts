/**
 * Progress of a long call. google.script.run returns only at the end, so the
 * steps go to the user's cache, which the sidebar polls, and to a toast.
 * @module
 */
import type { Progress } from '../shared/rpc.ts';

const KEY = 'corridorMonitor.progress';

export function reportProgress(step: string, message: string, fraction: number): void {
  const progress: Progress = { step, message, fraction, at: Date.now() };
  CacheService.getUserCache()?.put(KEY, JSON.stringify(progress), 600);
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Corridor Monitor', 5);
}

export function readProgress(): Progress | null {
  const text = CacheService.getUserCache()?.get(KEY);
  return text ? (JSON.parse(text) as Progress) : null;
}
