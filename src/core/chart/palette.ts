/** The one chart palette: series colours in order, and the colours that carry a meaning. @module */

/** Series colours, in the order series are drawn (colour-blind-safe, dark enough for white text). */
export const SERIES_COLOURS = [
  '#1F4E79',
  '#B35900',
  '#2E7D32',
  '#6A1B9A',
  '#00838F',
  '#AD1457',
  '#5D4037',
  '#455A64',
] as const;

/** Colours with a meaning: text, the highlighted item, peers, and data status. */
export const MEANING_COLOURS = {
  text: '#1F1F1F',
  highlight: SERIES_COLOURS[0],
  peer: '#8A8A8A',
  reference: SERIES_COLOURS[1],
  good: SERIES_COLOURS[2],
  warning: SERIES_COLOURS[1],
  bad: '#B00020',
} as const;
