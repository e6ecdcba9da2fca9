/**
 * Sets every entry date of a zip (an .xlsx) to one fixed date, so a rebuilt
 * workbook is byte-identical: exceljs stamps each part with the current time.
 * @module
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS time and date words (2-second resolution, local = UTC here). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** @returns a copy of `zip` with every local and central entry dated `date`. */
export function fixZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, date: day } = dosDateTime(date);
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--;
  if (end < 0)
    throw new Error('fixZipDates expects a zip archive, found no end-of-directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL)
      throw new Error(`fixZipDates found a broken central directory at byte ${at}`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === LOCAL) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, day, true);
    }
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}
