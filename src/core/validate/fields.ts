/**
 * zod schemas for single cells. A failing cell adds a zod issue whose params
 * carry the Corridor Monitor issue code and what was expected and found; the
 * row reader turns them into Issues with A1 addresses.
 * @module
 */
import { z } from 'zod';
import type { IssueCode } from '../contract/issue.ts';
import { type CellResult, MAX_YEAR, MIN_YEAR, describeCell, isBlank, looksGrouped, readNumber, readText, readYear } from './cells.ts';

export interface CellIssueParams {
  code: IssueCode;
  expects: string;
  found: string;
}

function cell<T>(expects: string, read: (v: unknown) => CellResult<T>, blankCode: IssueCode = 'required') {
  return z.unknown().transform((v, ctx): T => {
    if (isBlank(v)) {
      ctx.addIssue({ code: 'custom', message: expects, params: { code: blankCode, expects, found: 'an empty cell' } });
      return z.NEVER;
    }
    const r = read(v);
    if (r.ok) return r.value;
    const found = looksGrouped(v) ? `${r.found} (write numbers without thousands separators)` : r.found;
    ctx.addIssue({ code: 'custom', message: expects, params: { code: 'wrong_type', expects, found } });
    return z.NEVER;
  });
}

function optional<T>(schema: z.ZodType<T>) {
  return z.unknown().transform((v, ctx): T | undefined => {
    if (isBlank(v)) return undefined;
    const r = schema.safeParse(v);
    if (r.success) return r.data;
    for (const i of r.error.issues) ctx.addIssue({ code: 'custom', message: i.message, params: (i as { params?: CellIssueParams }).params });
    return z.NEVER;
  });
}

export const textCell = (expects = 'text', blankCode: IssueCode = 'required') => cell(expects, readText, blankCode);
export const numberCell = (expects = 'a number') => cell(expects, readNumber);
export const yearCell = () => cell(`a year from ${MIN_YEAR} to ${MAX_YEAR}`, readYear);

export const optionalText = () => optional(textCell());
export const optionalYear = () => optional(yearCell());
export const optionalNumber = (expects?: string) => optional(numberCell(expects));

/** One of a fixed list, matched without regard to case or surrounding blanks. */
export function choiceCell<T extends string>(options: readonly T[], code: IssueCode = 'wrong_type') {
  const expects = `one of ${options.join(', ')}`;
  return z.unknown().transform((v, ctx): T => {
    const t = readText(v);
    const hit = t.ok ? options.find((o) => o.toLowerCase() === t.value.toLowerCase()) : undefined;
    if (hit !== undefined) return hit;
    const blank = isBlank(v);
    ctx.addIssue({
      code: 'custom',
      message: expects,
      params: { code: blank ? 'required' : code, expects, found: describeCell(v) },
    });
    return z.NEVER;
  });
}
