/** Escaping for XML text and attributes, with spreadsheet-invalid control characters as `_xHHHH_`. @module */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  let out = text;
  if (/[&<>"]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (CONTROL.test(out)) out = out.replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return out;
}

/** `#1f4e79` -> `FF1F4E79` */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
