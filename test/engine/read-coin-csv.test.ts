import { describe, expect, it } from 'vitest';
import { readCoinCsv } from '../../src/core/engine/read/read-coin-csv.ts';
import { fixtureText } from './support/fixtures.ts';

const META = `Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
1,a,A,1,1,,,,P,Indicator
1,b,B,-1,2,,,Pop,P,Indicator
2,P,Pillar,1,1,,,,Index,Aggregate
3,Index,Index,1,1,,,,,Aggregate
,Pop,Population,,,,,,,Denominator
,grp,Group,,,,,,,Group
`;
const DATA = `uCode,uName,grp,Pop,a,b
X,Ex,g1,10,1.5,2
Y,Why,g2,20,,3
`;
const read = (data: string, meta = META) =>
  readCoinCsv({
    iData: { name: 'iData.csv', text: data },
    iMeta: { name: 'iMeta.csv', text: meta },
  });

describe('readCoinCsv', () => {
  it('splits iData into indicators, denominators and groups by the iMeta Type, empty cells missing', () => {
    const r = read(DATA);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.input.units).toEqual(['X', 'Y']);
    expect(r.input.unitNames).toEqual(['Ex', 'Why']);
    expect(Array.from(r.input.indicators.a!)).toEqual([1.5, Number.NaN]);
    expect(Array.from(r.input.denominators.Pop!)).toEqual([10, 20]);
    expect(r.input.groups.grp).toEqual(['g1', 'g2']);
    expect(r.input.iMeta.find((m) => m.iCode === 'b')).toMatchObject({
      Direction: -1,
      Weight: 2,
      Denominator: 'Pop',
      Parent: 'P',
    });
  });

  it('keeps near-ties distinct by parsing at full precision', () => {
    const r = read('uCode,grp,Pop,a,b\nX,g,1,5.0999999999999996,1\nY,g,1,5.1000000000000005,1\n');
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const [p, q] = r.input.indicators.a!;
    expect(p).toBeLessThan(q!);
    expect(q! - p!).toBe(8.881784197001252e-16); // one ulp apart, as written
  });

  it('reads the ASEM example: 51 units, 49 indicators, 4 denominators, 4 groups, 63 missing values', () => {
    const r = readCoinCsv({
      iData: { name: 'd', text: fixtureText('input_ASEM_iData.csv') },
      iMeta: { name: 'm', text: fixtureText('input_ASEM_iMeta.csv') },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.input.units).toHaveLength(51);
    expect(Object.keys(r.input.indicators)).toHaveLength(49);
    expect(Object.keys(r.input.denominators).sort()).toEqual([
      'Area',
      'Energy',
      'GDP',
      'Population',
    ]);
    expect(Object.keys(r.input.groups)).toHaveLength(4);
    const missing = Object.values(r.input.indicators).reduce(
      (s, c) => s + c.filter((v) => Number.isNaN(v)).length,
      0,
    );
    expect(missing).toBe(63);
  });

  it('names file, row and column of a non-numeric cell', () => {
    const r = read(DATA.replace('1.5', 'n/a'));
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'wrong_type',
          path: 'iData.csv',
          row: 2,
          column: 'a',
          message: 'expected a number or an empty cell, found "n/a"',
          severity: 'error',
        },
      ],
    });
  });

  it('rejects an iData column that is not an iCode of iMeta', () => {
    const r = read(DATA.replace('uCode,uName,grp,Pop,a,b', 'uCode,uName,grp,Pop,a,zz'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual({
      code: 'unknown_icode',
      path: 'iData.csv',
      row: 1,
      column: 'zz',
      message: 'unknown iCode "zz": not in iMeta.csv',
      severity: 'error',
    });
    expect(r.issues).toContainEqual({
      code: 'missing_column',
      path: 'iMeta.csv',
      row: 3,
      column: 'iCode',
      message: 'Indicator "b" has no column in iData.csv',
      severity: 'error',
    });
  });

  it('rejects a parent that is not in the tree, naming its iMeta row', () => {
    const r = read(DATA, META.replace('1,a,A,1,1,,,,P,Indicator', '1,a,A,1,1,,,,Q,Indicator'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        path: 'iMeta.csv',
        row: 2,
        column: 'Parent',
        message: 'parent "Q" of "a" is not an iCode of the tree',
      });
  });

  it('rejects a cycle in the tree', () => {
    const cyclic = META.replace(
      '2,P,Pillar,1,1,,,,Index,Aggregate',
      '2,P,Pillar,1,1,,,,R,Aggregate',
    ).replace(
      '3,Index,Index,1,1,,,,,Aggregate',
      '3,Index,Index,1,1,,,,,Aggregate\n3,R,R,1,1,,,,P,Aggregate',
    );
    const r = read(DATA, cyclic);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((p) => p.message).join('\n')).toMatch(
        /cycle in the tree: "(P|R)" is its own ancestor/,
      );
  });

  it('rejects children weights summing to zero', () => {
    const r = read(DATA, META.replace('1,a,A,1,1,', '1,a,A,1,-2,'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toContainEqual({
        code: 'invalid_tree',
        path: 'iMeta.csv',
        row: 4,
        column: 'Weight',
        message: 'weights of the children of "P" sum to 0; expected a non-zero sum',
        severity: 'error',
      });
    }
  });

  it('rejects an unknown Type and a Direction other than 1 or -1', () => {
    const r = read(
      DATA,
      META.replace('1,b,B,-1,2,,,Pop,P,Indicator', '1,b,B,2,2,,,Pop,P,Indicatr'),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/unknown Type "Indicatr"/);
    const d = read(DATA, META.replace('1,b,B,-1,2,', '1,b,B,3,2,'));
    if (!d.ok)
      expect(d.issues[0]).toMatchObject({
        row: 3,
        column: 'Direction',
        message: 'Direction must be 1 or -1, found 3',
      });
    expect(d.ok).toBe(false);
  });

  it('rejects a repeated unit', () => {
    const r = read(`${DATA}X,Again,g1,1,1,1\n`);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        row: 4,
        column: 'uCode',
        message: 'unit "X" repeats row 2',
      });
  });
});
