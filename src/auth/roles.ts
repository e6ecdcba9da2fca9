/** The three roles a token can carry. @module */
import type { Role } from '../http/deps.ts';

export const ROLES = ['statistician', 'coordinator', 'partner'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
