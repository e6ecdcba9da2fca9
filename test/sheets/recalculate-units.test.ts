import { describe, expect, test } from 'vitest';
import { readHubList } from '../../src/core/recalculate/hub-list.ts';
import { KeyedLock } from '../../src/core/recalculate/keyed-lock.ts';
import {
  corridorIdsOf,
  mergeSubmissions,
  withShared,
} from '../../src/core/recalculate/merge-workbooks.ts';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('per-hub lock', () => {
  test('a failed run releases the hub for the next one, and other hubs never wait', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const failing = lock.run('hub-a', async () => {
      order.push('a1');
      throw new Error('boom');
    });
    const next = lock.run('hub-a', async () => order.push('a2'));
    const other = lock.run('hub-b', async () => order.push('b1'));
    await expect(failing).rejects.toThrow('boom');
    await Promise.all([next, other]);
    expect(order).toEqual(['a1', 'b1', 'a2']);
    expect(lock.busy('hub-a')).toBe(false);
  });
});

describe('hub list', () => {
  test('reads links and IDs with labels, skips blank rows, reports bad and repeated rows by cell', () => {
    const { entries, issues } = readHubList({
      tabs: {
        Hub: [
          ['Label', 'Spreadsheet'],
          ['Mexico', `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=3`],
          ['', ''],
          ['typo', 'www.example.org'],
          ['again', ID],
          [null, `${ID}x`],
        ],
      },
    });
    expect(entries).toEqual([
      { spreadsheetId: ID, label: 'Mexico' },
      { spreadsheetId: `${ID}x`, label: `${ID}x` },
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['wrong_type', 'Hub!B4', 'error'],
      ['duplicate', 'Hub!B5', 'warning'],
    ]);
  });

  test('a hub without its Hub tab says what it needs', () => {
    expect(readHubList({ tabs: { Sheet1: [] } }).issues[0]?.message).toBe(
      'The hub spreadsheet needs a tab named "Hub" with columns spreadsheet, label; none was found.',
    );
  });
});

describe('merging corridor spreadsheets', () => {
  test('rows are aligned by header name into the template column order, blank rows dropped', () => {
    const a = {
      tabs: {
        Corridors: [
          ['corridor_id', 'origin', 'transit', 'destination'],
          ['MEX-USA', 'MEX', '', 'USA'],
        ],
      },
    };
    const b = {
      tabs: {
        Corridors: [
          ['destination', 'corridor_id', 'origin', 'extra'],
          ['SAU', 'PHL-SAU', 'PHL', 'x'],
          ['', '', '', ''],
        ],
      },
    };
    const merged = mergeSubmissions([a, b]);
    expect(merged.tabs.Corridors?.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['MEX-USA', 'MEX', '', 'USA'],
      ['PHL-SAU', 'PHL', null, 'SAU'],
    ]);
    expect(corridorIdsOf(merged)).toEqual(['MEX-USA', 'PHL-SAU']);
  });

  test("the hub's Method replaces a spreadsheet's own when the hub has rows; each keeps its own Catalogue", () => {
    const own = { tabs: { Catalogue: [['id'], ['own']], Method: [['setting'], ['own']] } };
    const hub = { tabs: { Catalogue: [['id'], ['hub']], Method: [['setting'], ['hub']] } };
    expect(withShared(own, hub).tabs).toEqual({
      Catalogue: [['id'], ['own']],
      Method: [['setting'], ['hub']],
    });
    expect(withShared(own, { tabs: { Method: [['setting']] } }).tabs.Method).toEqual([
      ['setting'],
      ['own'],
    ]);
  });

  test('merged sheets are scored on the union of their catalogues, the hub first, each id once', () => {
    const a = {
      tabs: {
        Catalogue: [
          ['id', 'max'],
          ['x', 1],
          ['c', 9],
        ],
      },
    };
    const b = {
      tabs: {
        Catalogue: [
          ['max', 'id'],
          [2, 'y'],
          [9, 'c'],
        ],
      },
    };
    const hub = {
      tabs: {
        Catalogue: [
          ['id', 'max'],
          ['h', 3],
        ],
      },
    };
    expect(mergeSubmissions([a, b], hub).tabs.Catalogue).toEqual([
      ['id', 'max'],
      ['h', 3],
      ['x', 1],
      ['c', 9],
      ['y', 2],
    ]);
  });
});
