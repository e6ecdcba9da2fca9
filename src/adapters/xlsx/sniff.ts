/**
 * Tells what a file is from its first bytes, before any parser sees it, so a
 * wrong or protected file gets a clear message instead of a parser's stack.
 * @module
 */

export type FileKind = 'xlsx' | 'encrypted-or-xls' | 'empty' | 'other';

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  // ZIP local file header: every .xlsx is a zip
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'xlsx';
  // OLE compound file: a password-protected .xlsx (encrypted package) or a legacy .xls
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) return 'encrypted-or-xls';
  return 'other';
}
