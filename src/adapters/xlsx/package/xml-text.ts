/** Escaping for XML text and attributes, with spreadsheet-invalid control characters as `_xHHHH_`. @module */

const ch = (code: number) => String.fromCharCode(code);
/** Characters XML 1.0 cannot hold (tab, newline and carriage return aside). */
const CONTROL_CLASS = `[${ch(0)}-${ch(8)}${ch(11)}${ch(12)}${ch(14)}-${ch(31)}${ch(0xfffe)}${ch(0xffff)}]`;
const CONTROL = new RegExp(CONTROL_CLASS, 'g');
const HAS_CONTROL = new RegExp(CONTROL_CLASS);

/** Anything escapeXml would change: one test, so plain text (almost every cell) costs one scan. */
const NEEDS_ESCAPE = new RegExp(`[&<>"]|_x[0-9A-Fa-f]{4}_|${CONTROL_CLASS}`);

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  // a literal `_x0041_` is kept literal by escaping its underscore, as Excel does
  let out = text.includes('_x') ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : text;
  if (/[&<>"]/.test(out))
    out = out
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  if (HAS_CONTROL.test(out))
    out = out.replace(
      CONTROL,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  return out;
}

/** `#1f4e79` -> `FF1F4E79` */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
