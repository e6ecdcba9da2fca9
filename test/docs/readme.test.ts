import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/core/contract/csv.ts';

const README = readFileSync('README.md', 'utf8');
const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** Pages linked before they exist (none now; kept for work in flight on a branch). */
const PENDING = new Set<string>();

const links = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => join(dirname(file), href));

describe('the README is a front door', () => {
  test('it stays under 12 KB', () => {
    expect(Buffer.byteLength(README)).toBeLessThanOrEqual(12 * 1024);
  });

  test('its two set-up commands are scripts of package.json', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(README).toContain('npm ci && npm run example');
    expect(README).toMatch(/^npm test\b/m);
    for (const name of ['example', 'test', 'test:unit']) expect(scripts[name], name).toBeDefined();
  });

  test('every page it or the docs link to exists', () => {
    const broken = PAGES.flatMap((page) => links(page).map((to) => ({ page, to })))
      .filter(({ to }) => !existsSync(to) && !PENDING.has(to))
      .map(({ page, to }) => `${page} -> ${to}`);
    expect(broken).toEqual([]);
  });

  test('docs/index.md links every page in docs/', () => {
    const linked = new Set(links('docs/index.md'));
    const pages = PAGES.filter((p) => p.startsWith('docs/') && p !== 'docs/index.md');
    expect(pages.filter((p) => !linked.has(p))).toEqual([]);
  });

  test('the README and the docs give the example the number of corridors it has', () => {
    const rows = parseCsv(readFileSync('examples/observatory/Corridors.csv', 'utf8'));
    const corridors = rows.slice(1).filter((r) => r.some((c) => c !== '' && c !== null)).length;
    const claims = PAGES.flatMap((p) =>
      [...readFileSync(p, 'utf8').matchAll(/\b(\d+)-corridor example/g)].map(
        (m) => `${p}: ${m[1]}`,
      ),
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => !c.endsWith(`: ${corridors}`))).toEqual([]);
  });
});
