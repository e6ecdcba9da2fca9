import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withObservatory } from '../../src/adapters/site/observatory-app.ts';
import { targetProblem, writeSite } from '../../src/adapters/site/write-site.ts';
import { useTmpDir } from '../support/tmp-dir.ts';

const tmp = useTmpDir();
const api = () => new Response('api');

async function site() {
  const dir = join(await tmp(), 'site');
  writeSite(dir, [
    { path: 'index.html', content: '<h1>home</h1>' },
    { path: 'corridor/MEX-USA/index.html', content: '<h1>MEX-USA</h1>' },
    { path: 'corridor/MEX-USA/card.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
  ]);
  return withObservatory(api, dir);
}

describe('the observatory on the Node server', () => {
  test('serves folders as their index.html under /observatory/ and leaves other paths to the API', async () => {
    const fetch = await site();
    expect(await (await fetch(new Request('http://x/observatory/corridor/MEX-USA/'))).text()).toBe(
      '<h1>MEX-USA</h1>',
    );
    expect(await (await fetch(new Request('http://x/v1/health'))).text()).toBe('api');
    const card = await fetch(new Request('http://x/observatory/corridor/MEX-USA/card.svg'));
    expect(card.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  test('redirects a folder without its trailing slash, so relative links resolve', async () => {
    const fetch = await site();
    const res = await fetch(new Request('http://x/observatory/corridor/MEX-USA'));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/observatory/corridor/MEX-USA/');
    expect((await fetch(new Request('http://x/observatory'))).headers.get('location')).toBe(
      '/observatory/',
    );
  });

  test('answers 404 for a missing page and for a path that climbs out of the site', async () => {
    const fetch = await site();
    expect((await fetch(new Request('http://x/observatory/corridor/XXX-YYY/'))).status).toBe(404);
    const climb = await fetch(new Request('http://x/observatory/..%2f..%2f..%2fetc%2fpasswd'));
    expect(climb.status).toBe(404);
    expect(await climb.text()).not.toContain('root:');
  });
});

describe('writing the site', () => {
  test('refuses a folder that holds other files, and replaces an earlier build', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'mine'));
    await writeFile(join(dir, 'mine', 'notes.txt'), 'keep me');
    expect(targetProblem(join(dir, 'mine'))).toMatch(/not an observatory site/);
    expect(() => writeSite(join(dir, 'mine'), [])).toThrow(/not an observatory site/);
    const out = join(dir, 'site');
    writeSite(out, [{ path: 'a.html', content: 'a' }]);
    const report = writeSite(out, [{ path: 'b.html', content: 'bb' }]);
    expect(report).toMatchObject({ files: 1, bytes: 2 });
    expect(targetProblem(out)).toBeNull();
  });
});
