/** Exit codes shared by every command. @module */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Bad usage or unreadable input: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
