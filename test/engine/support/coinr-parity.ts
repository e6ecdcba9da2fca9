/** Reads the COINr parity cases of test/fixtures/coinr-parity (numbers stored as 17-digit strings). */
import { readFileSync } from 'node:fs';
import type { CoinInput, IMetaRow } from '../../../src/core/engine/types.ts';

const DIR = new URL('../../fixtures/coinr-parity/', import.meta.url);

export type Column = (string | number)[];
export type Table = Record<string, Column>;

/** One case: the generated input, the COINr call and COINr's output, as written by generate.R. */
export interface ParityCase {
  id: string;
  deviation: string;
  coinr_call: string | string[];
  input: Record<string, unknown>;
  coinr: Record<string, unknown>;
}

export function parityCase(id: string): ParityCase {
  return JSON.parse(readFileSync(new URL(`${id}.json`, DIR), 'utf8')) as ParityCase;
}

/** "NA" and "NaN" are NaN; other strings are numbers written with 17 significant digits. */
export const num = (v: unknown): number =>
  v === 'NA' || v === 'NaN' || v === null ? Number.NaN : Number(v);
export const nums = (c: unknown): number[] => (c as unknown[]).map(num);

/** A case's iData and iMeta as engine input; the group column `grp` (if any) keeps "" for R's NA. */
export function coinInput(c: ParityCase): CoinInput {
  const iData = c.input.iData as Table;
  const iMeta = (c.input.iMeta as Record<string, unknown>[]).filter((r) => r.Type !== 'Group');
  const meta: IMetaRow[] = iMeta.map((r) => {
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      row[k] =
        typeof v === 'string' && k !== 'iCode' && k !== 'Parent' && k !== 'Type' ? num(v) : v;
      if (k === 'goalpost_trunc2posts') row[k] = v === true || v === 'TRUE';
    }
    return row as unknown as IMetaRow;
  });
  const codes = meta.filter((r) => r.Type === 'Indicator').map((r) => r.iCode);
  const groups: Record<string, string[]> = {};
  if (iData.grp) groups.grp = iData.grp.map((g) => (g === 'NA' ? '' : String(g)));
  return {
    units: iData.uCode!.map(String),
    groups,
    denominators: {},
    indicators: Object.fromEntries(codes.map((k) => [k, Float64Array.from(nums(iData[k]))])),
    iMeta: meta,
  };
}

/** Rows of a COINr data frame by uCode, for order-free comparison. */
export function byUnit(t: Table, code: string): Map<string, number> {
  return new Map(t.uCode!.map((u, i) => [String(u), num(t[code]![i])]));
}
