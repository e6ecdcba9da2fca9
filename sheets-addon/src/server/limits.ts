/**
 * Apps Script's limits: 6 minutes per execution and 50 MB per UrlFetch
 * request. The API's own body limit (10 MB by default) is usually lower.
 * @module
 */
import { AddonError } from './addon-error.ts';

export const URLFETCH_MAX_BYTES = 50 * 1024 * 1024;
/** The API's default body limit; requests above it would be answered 413. */
export const API_DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** Leave this much of the 6 minutes for writing back and cleaning up. */
const WRITE_RESERVE_MS = 90 * 1000;

/** UTF-8 length of a string without allocating a byte array. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

const INSTEAD =
  'Instead, download it (File > Download > Microsoft Excel) and run the command line: ' +
  '`corridor-monitor assess workbook.xlsx`, or split the observatory into several spreadsheets with fewer corridors each.';

export function tooLargeMessage(bytes: number, limit: number): string {
  return (
    `This workbook is too large to send from Google Sheets: ${mb(bytes)} MB as JSON, ` +
    `over the ${mb(limit)} MB that Apps Script's UrlFetch can send. ${INSTEAD}`
  );
}

/** The API answered 413: its own body limit (10 MB unless its operator changed it) is lower. */
export function tooLargeForApiMessage(bytes: number): string {
  return (
    `This workbook is too large to send from Google Sheets: ${mb(bytes)} MB as JSON is over the API's body limit ` +
    `(${mb(API_DEFAULT_MAX_BYTES)} MB by default; its operator sets CM_BODY_LIMIT_BYTES). ${INSTEAD}`
  );
}

/** Throws the clear message when a request body is over the limit. */
export function checkPayloadSize(body: string, limit: number = URLFETCH_MAX_BYTES): number {
  const bytes = utf8Length(body);
  const cap = Math.min(limit, URLFETCH_MAX_BYTES);
  if (bytes > cap) throw new AddonError(tooLargeMessage(bytes, cap));
  return bytes;
}

/** Time left of one execution; started when the entry point was called. */
export class Deadline {
  private readonly start: number;
  constructor(now: number = Date.now()) {
    this.start = now;
  }
  elapsedMs(now: number = Date.now()): number {
    return now - this.start;
  }
  /** Stops before a step that could not finish inside the 6 minutes. */
  ensureTimeToWrite(now: number = Date.now()): void {
    if (now - this.start > EXECUTION_LIMIT_MS - WRITE_RESERVE_MS) {
      throw new AddonError(
        'Google Sheets stops a script after 6 minutes and too little time is left to write the benchmark safely; nothing was changed. ' +
          'Try again, or use the command line (`corridor-monitor assess`) for a workbook this large.',
      );
    }
  }
}
