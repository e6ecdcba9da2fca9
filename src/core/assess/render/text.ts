/**
 * The one door for user-supplied text into generated tabs and exports.
 * @module
 */
import { safeText } from '../../contract/safe-text.ts';
import { mayStartFormula } from '../../validate/check-formula-text.ts';

/** User text made safe for a sheet or CSV: formula-like text gets a leading apostrophe. */
export const userText = (text: string): string => (mayStartFormula(text) ? safeText(text) : text);
