/**
 * An error whose message is written for the person at the spreadsheet; the
 * sidebar shows it as it is.
 * @module
 */
export class AddonError extends Error {
  override readonly name = 'AddonError';
}
