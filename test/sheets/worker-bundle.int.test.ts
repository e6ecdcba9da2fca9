import { build } from 'esbuild';
import { expect, test } from 'vitest';

test('the Sheets adapter entry bundles for a browser-like runtime (Workers) without node:* or googleapis', async () => {
  const result = await build({
    entryPoints: ['src/adapters/sheets/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(
    inputs.filter(
      (p) =>
        p.startsWith('node:') ||
        p.includes('googleapis') ||
        p.includes('google-auth-library') ||
        p.includes('gaxios'),
    ),
  ).toEqual([]);
  expect(inputs).toContain('src/adapters/sheets/fetch-transport.ts');
  expect(result.outputFiles[0]?.text).not.toMatch(/from\s*["']node:/);
});
