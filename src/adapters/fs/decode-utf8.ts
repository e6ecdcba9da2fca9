/**
 * Strict UTF-8 decoding for CSV tabs: a byte sequence that is not UTF-8 is an
 * error naming the file and line, never silent U+FFFD replacement.
 * @module
 */
import { type Failed, type PathIssue, pathIssue } from '../../core/contract/issue.ts';

export type Decoded = { ok: true; text: string } | Failed<PathIssue>;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * @example decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'a.csv').ok; // => false (cp1252 "Café")
 */
export function decodeUtf8(bytes: Uint8Array, file: string): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const invalid = firstInvalid(bytes);
    if (invalid === bytes.length && bytes.length >= 2 ** 28) {
      // valid UTF-8 that no single string can hold (V8's limit is about 512 M characters)
      return {
        ok: false,
        issues: [
          pathIssue(
            'too_large',
            file,
            `${file} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, too large to read as one tab; split it`,
          ),
        ],
      };
    }
    const at = Math.min(invalid, bytes.length - 1);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[at] ?? 0;
    const hint = byte >= 0x80 ? 'it looks like Windows-1252; save it as UTF-8' : 'save it as UTF-8';
    return {
      ok: false,
      issues: [
        pathIssue(
          'not_utf8',
          file,
          `${file} line ${line} is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')}): ${hint}`,
        ),
      ],
    };
  }
}
