/**
 * Stand-in HTTP routes for the add-on's endpoints while src/http does not
 * mount them yet (the harness uses the real route as soon as it is mounted).
 * Only the HTTP envelope is stood in: the answers come from the real core
 * (buildTemplate, readTemplate, assess), so no rule is faked here.
 * @module
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Workbook } from '../../../src/core/contract/workbook.ts';
import { assess } from '../../../src/core/assess/assess.ts';
import { buildTemplate } from '../../../src/core/template/build/build-template.ts';
import { readTemplate } from '../../../src/core/validate/read-template.ts';

export interface DoubleOptions {
  token: string;
  publicUrl: string;
  now: () => Date;
  bodyLimitBytes: number;
}

const problem = (status: number, title: string, detail: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), { status, headers: { 'content-type': 'application/problem+json' } });

export function apiDouble(options: DoubleOptions): Hono {
  const app = new Hono();
  app.use('*', bodyLimit({ maxSize: options.bodyLimitBytes, onError: () => problem(413, 'Payload too large', `The body exceeds ${options.bodyLimitBytes} bytes.`) }));
  app.use('*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${options.token}`) return problem(401, 'Unauthorized', 'A valid bearer token is required.');
    await next();
    return undefined;
  });
  app.get('/v1/template', (c) => {
    const parts = (c.req.query('corridor') ?? '').split('-');
    if (parts.length < 2 || parts.length > 3) return problem(422, 'Invalid corridor', 'Expected ORIGIN-DESTINATION or ORIGIN-TRANSIT-DESTINATION.');
    const [origin, transit, destination] = parts.length === 3 ? parts : [parts[0], undefined, parts[1]];
    const built = buildTemplate({
      corridors: [{ origin: origin!, destination: destination!, ...(transit ? { transit } : {}) }],
      generatedAt: options.now().toISOString(),
    });
    return c.json(built);
  });
  app.post('/v1/validate', async (c) => {
    const workbook = await c.req.json<Workbook>();
    const { issues } = readTemplate(workbook);
    return c.json({ ok: !issues.some((i) => i.severity === 'error'), issues });
  });
  app.post('/v1/assess', async (c) => {
    const workbook = await c.req.json<Workbook>();
    return c.json(assess(workbook, { generatedAt: options.now().toISOString() }));
  });
  app.post('/v1/review', async (c) => {
    const { sheetUrl } = await c.req.json<{ sheetUrl: string }>();
    if (!/^https:\/\/docs\.google\.com\/spreadsheets\/d\//.test(sheetUrl)) return problem(422, 'Invalid sheet link', 'Expected a Google Sheets link.');
    return c.json({ link: `${options.publicUrl}/v1/review/double-token`, expiresAt: new Date(options.now().getTime() + 7 * 86_400_000).toISOString() });
  });
  return app;
}
