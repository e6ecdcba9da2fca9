/**
 * Google Sheets links in every form people paste them: edit, view, copy,
 * htmlview, preview, with `#gid=`, `?gid=` or `range=`, under `/u/0/`, with
 * or without the scheme, or a bare spreadsheet ID. Published-to-web links
 * (`/d/e/2PACX-...`) carry no spreadsheet ID and are refused.
 * @module
 */

export interface SheetLink {
  spreadsheetId: string;
  /** The tab the link pointed at, when it said. */
  gid?: number;
  /** An A1 range from the link, when it had one. */
  range?: string;
}

/** Spreadsheet IDs are URL-safe base64 strings, in practice 25-60 characters. */
const BARE_ID = /^[A-Za-z0-9_-]{25,100}$/;

/**
 * @returns the link's parts, or undefined when the text is not a Sheets link or ID.
 * @example parseSheetLink('https://docs.google.com/spreadsheets/u/0/d/1AbC.../edit#gid=42') // => { spreadsheetId: '1AbC...', gid: 42 }
 */
export function parseSheetLink(input: string): SheetLink | undefined {
  const text = input.trim();
  if (BARE_ID.test(text)) return { spreadsheetId: text };
  // No URL global in the portable core: the link's parts by pattern.
  const parts = /^(?:https?:\/\/)?docs\.google\.com(\/[^?#\s]*)(?:\?([^#\s]*))?(?:#(\S*))?$/i.exec(
    text,
  );
  const m = parts
    ? /^\/spreadsheets(?:\/u\/\d+)?\/d\/([A-Za-z0-9_-]{20,})(?:\/|$)/.exec(parts[1]!)
    : null;
  if (!parts || !m?.[1] || m[1] === 'e') return undefined;
  const out: SheetLink = { spreadsheetId: m[1] };
  const query = params(parts[2]);
  const hash = params(parts[3]);
  const gid = hash.gid ?? query.gid;
  if (gid !== undefined && /^\d+$/.test(gid)) out.gid = Number(gid);
  const range = hash.range ?? query.range;
  if (range) out.range = range;
  return out;
}

function params(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (text ?? '').split('&')) {
    const [k, v = ''] = pair.split('=');
    if (!k) continue;
    try {
      out[k] = decodeURIComponent(v.replace(/\+/g, ' '));
    } catch {
      out[k] = v;
    }
  }
  return out;
}
