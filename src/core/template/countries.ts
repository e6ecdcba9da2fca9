/**
 * Country codes: ISO 3166-1 alpha-3, with the World Bank / UN codes that are
 * not ISO recognised (accepted with a warning). Only the English locale is
 * registered, so the portable core stays small.
 * @module
 */
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** Codes used by the World Bank or UN statistics that ISO 3166-1 does not assign. */
export const NON_ISO_CODES: ReadonlyMap<string, string> = new Map([
  ['CHI', 'Channel Islands (World Bank)'],
  ['XKX', 'Kosovo (World Bank, UN)'],
  ['KSV', 'Kosovo (IMF)'],
  ['ANT', 'Netherlands Antilles (former ISO code)'],
  ['SCG', 'Serbia and Montenegro (former ISO code)'],
  ['YUG', 'Yugoslavia (former ISO code)'],
  ['SUN', 'USSR (former ISO code)'],
  ['CSK', 'Czechoslovakia (former ISO code)'],
  ['ZAR', 'Zaire (former ISO code)'],
  ['ROM', 'Romania (former World Bank code)'],
  ['TMP', 'East Timor (former ISO code)'],
]);

/** Every ISO 3166-1 alpha-3 code. */
export const ISO_ALPHA3: readonly string[] = Object.keys(countries.getAlpha3Codes()).sort();

export type CountryCheck =
  | { kind: 'iso'; code: string; name: string }
  | { kind: 'non_iso'; code: string; name: string }
  | { kind: 'unknown'; code: string };

/**
 * Classifies a country code (case and surrounding blanks ignored).
 * @example checkCountry('mex'); // => { kind: 'iso', code: 'MEX', name: 'Mexico' }
 */
export function checkCountry(raw: string): CountryCheck {
  const code = raw.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && countries.alpha3ToAlpha2(code) !== undefined) {
    return { kind: 'iso', code, name: countries.getName(code, 'en') ?? code };
  }
  const nonIso = NON_ISO_CODES.get(code);
  if (nonIso) return { kind: 'non_iso', code, name: nonIso };
  return { kind: 'unknown', code };
}

/** English name of a code, or the code itself when unknown. */
export function countryName(code: string): string {
  const c = checkCountry(code);
  return c.kind === 'unknown' ? code : c.name;
}
