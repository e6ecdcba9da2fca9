/**
 * Cell specs: what one column of a row accepts. Each spec reads a cell into a
 * value or a failure carrying the issue code and what was expected and found.
 * `rowSchema` turns a row spec into a zod schema (for callers that validate
 * rows elsewhere, e.g. at the HTTP boundary); the readers run the same specs
 * directly, which keeps reading 400k-row workbooks fast.
 * @module
 */
import { z } from 'zod';
import type { IssueCode } from '../contract/issue.ts';
import {
  type CellResult,
  describeCell,
  isBlank,
  MAX_YEAR,
  MIN_YEAR,
  numeralHint,
  readNumber,
  readText,
  readYear,
} from './cells.ts';

export interface CellIssueParams {
  code: IssueCode;
  expects: string;
  found: string;
}

export type FieldResult<T> = { ok: true; value: T } | ({ ok: false } & CellIssueParams);

export interface FieldSpec<T> {
  expects: string;
  parse(v: unknown): FieldResult<T>;
}

export type RowSpec = Record<string, FieldSpec<unknown>>;
export type RowOf<S extends RowSpec> = {
  [K in keyof S]: S[K] extends FieldSpec<infer T> ? T : never;
};

function cell<T>(
  expects: string,
  read: (v: unknown) => CellResult<T>,
  blankCode: IssueCode = 'required',
): FieldSpec<T> {
  return {
    expects,
    parse(v) {
      if (isBlank(v)) return { ok: false, code: blankCode, expects, found: 'an empty cell' };
      const r = read(v);
      if (r.ok) return r;
      const found = `${r.found}${numeralHint(v)}`;
      return { ok: false, code: 'wrong_type', expects, found };
    },
  };
}

function optional<T>(spec: FieldSpec<T>): FieldSpec<T | undefined> {
  return {
    expects: spec.expects,
    parse: (v) => (isBlank(v) ? { ok: true, value: undefined } : spec.parse(v)),
  };
}

export const textCell = (expects = 'text', blankCode: IssueCode = 'required') =>
  cell(expects, readText, blankCode);
export const numberCell = (expects = 'a number') => cell(expects, readNumber);
export const yearCell = () => cell(`a year from ${MIN_YEAR} to ${MAX_YEAR}`, readYear);

export const optionalText = () => optional(textCell());
export const optionalYear = () => optional(yearCell());
export const optionalNumber = (expects?: string) => optional(numberCell(expects));

/** One of a fixed list, matched without regard to case or surrounding blanks. */
export function choiceCell<T extends string>(
  options: readonly T[],
  code: IssueCode = 'wrong_type',
): FieldSpec<T> {
  const expects = `one of ${options.join(', ')}`;
  const byLower = new Map(options.map((o) => [o.toLowerCase(), o]));
  return {
    expects,
    parse(v) {
      const t = readText(v);
      const hit = t.ok ? byLower.get(t.value.toLowerCase()) : undefined;
      if (hit !== undefined) return { ok: true, value: hit };
      return { ok: false, code: isBlank(v) ? 'required' : code, expects, found: describeCell(v) };
    },
  };
}

/**
 * The zod schema of a row spec: issues carry `params` {code, expects, found}.
 * @example rowSchema({ year: yearCell() }).safeParse({ year: '2020' }); // => success, data { year: 2020 }
 */
export function rowSchema<S extends RowSpec>(spec: S) {
  const shape = Object.fromEntries(
    Object.entries(spec).map(([key, field]) => [
      key,
      z.unknown().transform((v, ctx) => {
        const r = field.parse(v);
        if (r.ok) return r.value;
        const { code, expects, found } = r;
        ctx.addIssue({
          code: 'custom',
          message: `expects ${expects}, found ${found}`,
          params: { code, expects, found },
        });
        return z.NEVER;
      }),
    ]),
  );
  const keys = Object.keys(spec);
  // absent columns read as blank cells, as in the readers
  const filled = (v: unknown) =>
    typeof v === 'object' && v !== null
      ? Object.fromEntries(keys.map((k) => [k, (v as Record<string, unknown>)[k] ?? null]))
      : v;
  return z.preprocess(filled, z.object(shape)) as unknown as z.ZodType<RowOf<S>>;
}
