/**
 * Names as a newsroom writes them. The pack keeps the short names of its
 * sources ("US", "Congo - Kinshasa"); pages spell out the few that read as
 * abbreviations or jargon. Codes stay beside the names on every page.
 * @module
 */
const NAMES: Record<string, string> = {
  USA: 'United States',
  GBR: 'United Kingdom',
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
};

/** The display name of a country: the override, else the source's name with "St." written out. */
export function displayName(iso3: string, name: string): string {
  return NAMES[iso3] ?? name.replace(/^St\. /, 'Saint ');
}
