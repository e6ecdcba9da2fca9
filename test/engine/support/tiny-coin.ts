/** A small hand-checkable coin: 4 units, 4 indicators, 2 pillars, 1 index. */
import type { CoinInput, IMetaRow } from '../../../src/core/engine/types.ts';

export function tinyCoin(over: Partial<Record<'a' | 'b' | 'c' | 'd', number[]>> = {}): CoinInput {
  const ind = (
    iCode: string,
    Parent: string,
    Direction = 1,
    extra: Partial<IMetaRow> = {},
  ): IMetaRow => ({
    Level: 1,
    iCode,
    Direction,
    Weight: 1,
    Parent,
    Type: 'Indicator',
    ...extra,
  });
  const iMeta: IMetaRow[] = [
    ind('a', 'P1', 1, { Target: 10, goalpost_lower: 0, goalpost_upper: 10, goalpost_scale: 100 }),
    ind('b', 'P1', -1, { Target: 0, goalpost_lower: 0, goalpost_upper: 8, goalpost_scale: 100 }),
    ind('c', 'P2'),
    ind('d', 'P2'),
    { Level: 2, iCode: 'P1', Direction: 1, Weight: 1, Parent: 'Index', Type: 'Aggregate' },
    { Level: 2, iCode: 'P2', Direction: 1, Weight: 1, Parent: 'Index', Type: 'Aggregate' },
    { Level: 3, iCode: 'Index', Direction: 1, Weight: 1, Type: 'Aggregate' },
  ];
  const col = (v: number[]) => Float64Array.from(v);
  return {
    units: ['U1', 'U2', 'U3', 'U4'],
    groups: { g: ['x', 'x', 'y', 'y'] },
    denominators: { pop: col([1, 2, 4, 8]) },
    indicators: {
      a: col(over.a ?? [0, 5, 10, 2]),
      b: col(over.b ?? [8, 4, 0, 2]),
      c: col(over.c ?? [1, 2, 3, 4]),
      d: col(over.d ?? [4, 3, 2, 1]),
    },
    iMeta,
  };
}
