import { describe, expect, test } from 'vitest';
import { loadAsyncRenderer, loadRenderer } from '../../src/adapters/xlsx/chart-images.ts';
import { editPackage } from '../../src/adapters/xlsx/package/edit-package.ts';
import { gridsToXlsx } from '../../src/adapters/xlsx/package/grids-to-xlsx.ts';
import { newEntry, newEntryAsync } from '../../src/adapters/xlsx/package/zip-write.ts';
import { rankingWithChart } from './support/ranking-write-back.ts';

const rows = Array.from({ length: 40 }, (_, i) => [`C-${i}`, (i * 7.3) % 61]);
const writeBack = rankingWithChart(rows, [
  [{ bold: true }, { bold: true }],
  ...rows.map(() => [null, { numberFormat: '0.0' }]),
]);

describe('work moved to the thread pool gives the same bytes', () => {
  test('a part deflated on the thread pool is the entry deflated on the main thread', async () => {
    const small = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(200);
    const big = Buffer.from('<c r="A1" t="inlineStr"><is><t>MEX-USA</t></is></c>'.repeat(120_000));
    for (const data of [small, big, new Uint8Array([1, 2, 3])])
      expect(await newEntryAsync('x.xml', data)).toEqual(newEntry('x.xml', data));
  });

  test('a workbook with chart pictures rendered on the thread pool is the one rendered on the main thread', async () => {
    const sync = await loadRenderer();
    const parallel = await loadAsyncRenderer();
    if (!sync || !parallel) return expect(sync).toBe(parallel); // no native renderer: neither loads
    const input = await gridsToXlsx({ tabs: { Corridors: [['corridor_id'], ['MEX-USA']] } });
    const a = await editPackage(input, writeBack, { registry: undefined, renderPng: sync });
    const b = await editPackage(input, writeBack, { registry: undefined, renderPng: parallel });
    expect(Buffer.from(a.bytes).includes('xl/media/cm-chart1.png')).toBe(true);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    expect(Buffer.concat(b.chunks).equals(Buffer.from(a.bytes))).toBe(true);
  });
});
