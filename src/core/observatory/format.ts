/**
 * Numbers and text for people: thousands separators, "10.9 million",
 * "US$ 31.3 billion", one-decimal percentages, and HTML escaping.
 * @module
 */
import { escapeHtml } from '../contract/html-escape.ts';

/** Escapes text for HTML and XML text or attribute values: the project's one escape, under the name the pages use. */
export const esc = escapeHtml;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A whole count with separators.
 * @example count(10853105); // '10,853,105'
 */
export const count = (n: number): string => grouped.format(Math.round(n));

/**
 * A count as people say it: exact below 100,000, else millions or thousands with one decimal.
 * @example people(10853105); // '10.9 million'
 */
export function people(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${trim(n / 1e9)} billion`;
  if (a >= 1e6) return `${trim(n / 1e6)} million`;
  if (a >= 1e5) return `${count(n / 1e3)} thousand`;
  return count(n);
}

/** One decimal without a trailing ".0". */
const trim = (n: number, digits = 1): string => {
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/**
 * US dollars, scaled.
 * @example usd(31300e6); // 'US$ 31.3 billion'
 */
export function usd(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `US$ ${trim(n / 1e9)} billion`;
  if (a >= 1e6) return `US$ ${trim(n / 1e6)} million`;
  return `US$ ${count(n)}`;
}

/**
 * A percentage with one decimal.
 * @example pct(6.249); // '6.2%'
 */
export const pct = (n: number, digits = 1): string => `${n.toFixed(digits)}%`;

const fixed = new Map<number, Intl.NumberFormat>();

/** A decimal with fixed digits and separators (formatters are cached: building one is slow). */
export function decimal(n: number, digits: number): string {
  const f =
    fixed.get(digits) ??
    new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  fixed.set(digits, f);
  return f.format(n);
}

/** A short axis label: 12k, 1.2M, 3.4bn. */
export function axis(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${trim(n / 1e9)}bn`;
  if (a >= 1e6) return `${trim(n / 1e6)}M`;
  if (a >= 1e3) return `${trim(n / 1e3)}k`;
  return trim(n, a < 10 ? 1 : 0);
}

/**
 * A period for people: quarters as "Q3 2020", years unchanged.
 * @example periodLabel('2020Q3'); // 'Q3 2020'
 */
export const periodLabel = (period: string): string => period.replace(/^(\d{4})Q(\d)$/, 'Q$2 $1');
