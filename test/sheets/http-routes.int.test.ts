import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, token } from '../http/support.ts';
import { type FakeSheetsServer, startFakeSheets } from '../support/fake-sheets/index.ts';
import { EMAIL, HUB, observatory, PARTNER, sheetsApp } from './support/sheets-app.ts';

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheets();
  observatory(server);
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

describe('POST /v1/recalculate', () => {
  test('a coordinator recalculates a hub given by link and gets the run report', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/recalculate',
      json(
        { hubId: `https://docs.google.com/spreadsheets/d/${HUB}/edit#gid=0` },
        await token('coordinator'),
      ),
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      ok: boolean;
      corridorsScored: number;
      spreadsheets: { status: string }[];
    };
    expect(report.ok).toBe(true);
    expect(report.corridorsScored).toBe(7);
    expect(report.spreadsheets.map((s) => s.status)).toEqual(Array(7).fill('written'));
  });

  test('a partner may not recalculate', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request('/v1/recalculate', json({ hubId: HUB }, await token('partner')));
    expect(res.status).toBe(403);
    expect(server.requests).toEqual([]);
  });

  test('a hubId that is no Sheets link is a 422 pointing at the field', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/recalculate',
      json({ hubId: 'https://example.org/x' }, await token('coordinator')),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([
      { pointer: '/hubId', detail: 'Expected a Google Sheets link or spreadsheet ID.' },
    ]);
  });

  test('without Sheets configured the answer is a 503 problem', async () => {
    const { app } = sheetsApp(server, { sheets: false });
    const res = await app.request(
      '/v1/recalculate',
      json({ hubId: HUB }, await token('coordinator')),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('POST /v1/review and GET /v1/review/{token}', () => {
  test('a partner sends a view link and gets issues, scores among the hub corridors and a working signed link; nothing is written', async () => {
    const { app } = sheetsApp(server, { publicUrl: 'https://cm.example.org/' });
    const res = await app.request(
      '/v1/review',
      json(
        {
          sheetUrl: `https://docs.google.com/spreadsheets/u/0/d/${PARTNER}/view?usp=sharing#gid=0`,
        },
        await token('partner'),
      ),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      review: {
        status: string;
        title: string;
        corridors: { corridorId: string; rank: number; partner: boolean }[];
        hub: { corridors: number };
        gaps: unknown[];
      };
      link: { url: string; expiresAt: string };
    };
    expect(body.review.status).toBe('scored');
    expect(body.review.title).toBe('South Asia partner sheet');
    expect(body.review.hub.corridors).toBe(5);
    expect(
      body.review.corridors.filter((c) => c.partner).map((c) => [c.corridorId, c.rank]),
    ).toEqual([
      ['BGD-MYS', 3],
      ['NPL-QAT', 7],
    ]);
    expect(body.review.gaps).toEqual([
      { corridorId: 'BGD-MYS', available: 3, stale: 0, missing: 0 },
      { corridorId: 'NPL-QAT', available: 2, stale: 1, missing: 1 },
    ]);
    expect(body.link.url).toMatch(
      /^https:\/\/cm\.example\.org\/v1\/review\/[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/,
    );
    expect(body.link.expiresAt).toBe('2026-01-22T12:00:00.000Z');
    expect(server.count('batchUpdate')).toBe(0);

    // the page reads what the last recalculation stored: none yet, then one run's results
    const path = new URL(body.link.url).pathname;
    expect((await app.request(path)).status).toBe(404);
    const run = await app.request(
      '/v1/recalculate',
      json({ hubId: HUB }, await token('coordinator')),
    );
    const { runId } = (await run.json()) as { runId: string };
    const before = server.requests.length;
    const page = await app.request(path);
    expect(page.status).toBe(200);
    expect(server.requests.slice(before).map((r) => r.method)).toEqual(['get', 'batchGet']);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<h1>Corridor review: South Asia partner sheet</h1>');
    expect(html).toContain(`Computed in recalculation run ${runId} at 2026-01-15T12:00:00.000Z`);
    expect(html).not.toContain('<script');
  });

  test('a sheet not shared with the service account gets a 403 problem naming the address to share with', async () => {
    server.denied.add(PARTNER);
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER }, await token('partner')),
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toBe(
      `Corridor Monitor cannot open this spreadsheet. Share it with ${EMAIL} (Viewer is enough), then try again.`,
    );
  });

  test('an invalid sheet is reviewed with its issues and no scores', async () => {
    server.add('1invalidinvalidinvalidinvalidinvalidinvalid', {
      Corridors: [
        ['corridor_id', 'origin'],
        ['XXX-YYY', ''],
      ],
    });
    const hub2 = '1hub2hub2hub2hub2hub2hub2hub2hub2hub2hub2';
    server.add(hub2, { Hub: [['spreadsheet'], ['1invalidinvalidinvalidinvalidinvalidinvalid']] });
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json(
        {
          sheetUrl:
            'https://docs.google.com/spreadsheets/d/1invalidinvalidinvalidinvalidinvalidinvalid/copy',
        },
        await token('partner', 'valid', [hub2]),
      ),
    );
    const body = (await res.json()) as {
      review: { status: string; errors: number; issues: { cell: string }[]; corridors: unknown[] };
    };
    expect(body.review).toMatchObject({ status: 'invalid', errors: 1, corridors: [] });
    expect(body.review.issues[0]?.cell).toBe('Corridors!B2');
  });

  test('a tampered or expired review link is a 404 problem', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER }, await token('partner')),
    );
    const { link } = (await res.json()) as { link: { url: string } };
    const path = new URL(link.url).pathname;
    const tampered = `${path.slice(0, -2)}${path.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await app.request(tampered)).status).toBe(404);
    expect((await app.request('/v1/review/not-a-token')).status).toBe(404);
  });

  test('a statistician may not use the partner review endpoint', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER }, await token('statistician')),
    );
    expect(res.status).toBe(403);
    expect(server.requests).toEqual([]);
  });
});
