import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { signReviewToken } from '../../src/adapters/sheets/review-link.ts';
import { json, token } from '../http/support.ts';
import { type FakeSheetsServer, startFakeSheets } from '../support/fake-sheets/index.ts';
import { HUB, observatory, PARTNER, sheetsApp } from './support/sheets-app.ts';

const OTHER_HUB = '1otherhubotherhubotherhubotherhubotherhub';
const STRANGER = '1strangerstrangerstrangerstrangerstranger';

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheets();
  observatory(server);
  server.add(OTHER_HUB, { Hub: [['spreadsheet'], [PARTNER]] }, 'Other hub');
  server.add(STRANGER, { Corridors: [['corridor_id'], ['ZZZ-YYY']] }, 'Secret team sheet');
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

describe('coordinator tokens name their hubs', () => {
  test('a coordinator token for one hub cannot recalculate another hub, and Sheets is never called', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/recalculate',
      json({ hubId: OTHER_HUB }, await token('coordinator', 'valid', [HUB])),
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(server.requests).toEqual([]);
  });

  test('a coordinator token naming no hub recalculates nothing', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/recalculate',
      json({ hubId: HUB }, await token('coordinator', 'valid', [])),
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/names no hub/);
  });
});

describe('partner tokens name their hub; only a listed sheet is reviewed', () => {
  test('a partner cannot review the hub itself', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request('/v1/review', json({ sheetUrl: HUB }, await token('partner')));
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('Observatory hub');
    expect(server.requests).toEqual([]);
  });

  test('a partner cannot review a sheet the hub does not list, and learns nothing of it', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json({ sheetUrl: STRANGER }, await token('partner')),
    );
    expect(res.status).toBe(403);
    const text = await res.text();
    expect(text).not.toContain('Secret team sheet');
    expect(text).not.toContain('ZZZ-YYY');
    expect(server.count('get', STRANGER)).toBe(0);
  });

  test('a partner cannot review against a hub its token does not name', async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER, hubId: OTHER_HUB }, await token('partner')),
    );
    expect(res.status).toBe(403);
  });

  test("the review, its link and its page never show the hub's ID or another team's sheet", async () => {
    const { app } = sheetsApp(server);
    const res = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER }, await token('partner')),
    );
    expect(res.status).toBe(200);
    const body = await res.text();
    const { link } = JSON.parse(body) as { link: { url: string } };
    const page = await (await app.request(new URL(link.url).pathname)).text();
    const tokenText = new URL(link.url).pathname.split('/').pop()!;
    const decoded = tokenText
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join(' ');
    for (const shown of [body, page, decoded]) {
      expect(shown).not.toContain(HUB);
      expect(shown).not.toMatch(/1peer\d/);
    }
    expect(decoded).not.toContain(PARTNER);
  });
});

describe('a coordinator reviews against one of its own hubs', () => {
  test('with several hubs it must say which; a hub it does not name is refused; its own is used', async () => {
    const { app } = sheetsApp(server);
    const two = await token('coordinator', 'valid', [HUB, OTHER_HUB]);
    const unnamed = await app.request('/v1/review', json({ sheetUrl: PARTNER }, two));
    expect(unnamed.status).toBe(422);
    expect(((await unnamed.json()) as { errors: { pointer: string }[] }).errors[0]?.pointer).toBe(
      '/hubId',
    );
    const foreign = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER, hubId: '1thirdhubthirdhubthirdhubthirdhubthirdhub' }, two),
    );
    expect(foreign.status).toBe(403);
    const named = await app.request(
      '/v1/review',
      json({ sheetUrl: PARTNER, hubId: OTHER_HUB }, two),
    );
    expect(named.status).toBe(200);
  });
});

describe('review links come from configuration and real time only', () => {
  test('without CM_PUBLIC_URL a review link is refused with a 503 naming the variable, whatever the Host header says', async () => {
    const { app } = sheetsApp(server, { publicUrl: '' });
    const res = await app.request('http://attacker.example/v1/review', {
      ...json({ sheetUrl: PARTNER }, await token('partner')),
    });
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).toContain('CM_PUBLIC_URL');
    expect(text).not.toContain('attacker.example');
    expect(server.requests).toEqual([]);
  });

  test('a link that expired in 2020 stays expired when CM_FIXED_TIME says 2020', async () => {
    const { app } = sheetsApp(server, { fixedTime: '2020-01-01T00:00:00Z' });
    const old = await signReviewToken(
      'r'.repeat(40),
      { spreadsheetId: PARTNER, hubId: HUB },
      new Date('2019-12-31T00:00:00Z'),
      7 * 86_400,
    );
    const res = await app.request(`/v1/review/${old.token}`);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain(old.token);
    expect(text).not.toContain(old.token.slice(0, 40));
  });
});
