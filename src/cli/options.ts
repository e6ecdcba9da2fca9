/** Option parsers shared by commands: each names the flag and what it expected. @module */
import { InvalidArgumentError } from 'commander';

export function wholeNumber(flag: string, min = 0) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) {
      throw new InvalidArgumentError(`${flag} expects a whole number >= ${min}, got "${text}"`);
    }
    return n;
  };
}

export function megabytes(text: string): number {
  const n = Number(text);
  if (!(n > 0))
    throw new InvalidArgumentError(`--max-size expects a size in MB above 0, got "${text}"`);
  return Math.round(n * 1024 * 1024);
}

export function isoTime(text: string): string {
  const t = Date.parse(text);
  if (Number.isNaN(t))
    throw new InvalidArgumentError(
      `--now expects an ISO 8601 time such as 2026-01-31T12:00:00Z, got "${text}"`,
    );
  return new Date(t).toISOString();
}

/** The generation time: --now, else SOURCE_DATE_EPOCH (reproducible builds), else the clock. */
export function generationTime(now: string | undefined): string {
  if (now) return now;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}
