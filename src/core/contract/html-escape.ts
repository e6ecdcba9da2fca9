/** The one HTML escape: safe in text and in quoted attribute values (HTML and SVG). @module */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * @param value - anything; null and undefined become ''
 * @returns the text with & < > " ' replaced by entities
 * @example escapeHtml('<b title="x">Migrants\' rights</b>') // => '&lt;b title=&quot;x&quot;&gt;Migrants&#39; rights&lt;/b&gt;'
 */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
