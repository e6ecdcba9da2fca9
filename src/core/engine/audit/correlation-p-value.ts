/** Two-sided p-value of a correlation coefficient (t test, n - 2 df). @module */
import { incompleteBeta } from './incomplete-beta.ts';

/**
 * As R's cor.test for Pearson; for Spearman it is the same t approximation
 * (R's cor.test uses an exact test for small samples without ties).
 * @param r - the correlation
 * @param n - number of pairs it was computed from
 * @returns P(|T| >= |t|), t = r sqrt((n - 2) / (1 - r^2)); NaN with fewer than 3 pairs
 * @example correlationPValue(0.5, 20) // => 0.0247...
 */
export function correlationPValue(r: number, n: number): number {
  const df = n - 2;
  if (!(df > 0) || Number.isNaN(r)) return Number.NaN;
  if (Math.abs(r) >= 1) return 0;
  const t2 = (r * r * df) / (1 - r * r);
  return incompleteBeta(df / (df + t2), df / 2, 0.5);
}
