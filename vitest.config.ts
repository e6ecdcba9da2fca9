import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// keeps wrangler and Miniflare off the network, so `npm test` runs offline
Object.assign(process.env, {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
});

/** Where tests live; `*.int.test.ts` marks an integration test (LibreOffice, Chromium, workerd, add-on build, servers, CLI subprocesses). */
const TESTS = ['src/**/*.test.ts', 'test/**/*.test.ts', 'sheets-addon/**/*.test.ts'];
const INTEGRATION = '**/*.int.test.ts';
const WORKERS = 'test/workers/**';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // pure and fast: `npm run test:unit`. One module graph per worker (isolate: false) halves
        // the time, so a unit test leaves no global state behind (restore spies, no process.env writes).
        test: {
          name: 'unit',
          include: TESTS,
          exclude: ['node_modules/**', INTEGRATION, WORKERS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [INTEGRATION],
          exclude: ['node_modules/**', WORKERS],
        },
      },
      {
        extends: true,
        // functions/worker.ts inside workerd, with test-only bindings (no real secret)
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                CM_JWT_KEYS: `workers:${'w'.repeat(40)}`,
                CM_FIXED_TIME: '2026-01-15T12:00:00Z',
              },
            },
          }),
        ],
        test: { name: 'workers', include: [`${WORKERS}/*.test.ts`] },
      },
    ],
  },
});
