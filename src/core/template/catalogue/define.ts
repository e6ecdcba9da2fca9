/**
 * A compact way to write built-in catalogue rows: side letters, defaults.
 * @module
 */
import type { Side } from '../layout.ts';
import type { CatalogueEntry, DimensionId, Direction } from '../types.ts';

const SIDE_LETTERS: Record<string, Side> = {
  O: 'origin',
  T: 'transit',
  D: 'destination',
  C: 'corridor',
  M: 'migrants',
};

/** `'O/D'` -> ['origin', 'destination']; letters as in indicator-frameworks.md §4. */
export function sideLetters(letters: string): Side[] {
  return letters.split('/').map((l) => {
    const side = SIDE_LETTERS[l];
    if (!side) throw new Error(`catalogue side letters expect O, T, D, C or M, found "${l}"`);
    return side;
  });
}

export interface EntrySpec {
  id: string;
  name: string;
  unit: string;
  sides: string;
  direction: Direction;
  min: number;
  max: number;
  source: string;
  code?: string;
  weight?: number;
  goalposts?: [number, number];
}

/** Builds the built-in entries of one dimension. */
export function defineDimension(dimension: DimensionId, specs: EntrySpec[]): CatalogueEntry[] {
  return specs.map((s) => ({
    id: s.id,
    name: s.name,
    dimension,
    unit: s.unit,
    sides: sideLetters(s.sides),
    direction: s.direction,
    min: s.min,
    max: s.max,
    source: s.source,
    code: s.code ?? '',
    weight: s.weight ?? 1,
    ...(s.goalposts ? { goalpostLower: s.goalposts[0], goalpostUpper: s.goalposts[1] } : {}),
    custom: false,
  }));
}
