import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// keeps wrangler and Miniflare off the network, so `npm test` runs offline
Object.assign(process.env, {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
});

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'sheets-addon/**/*.test.ts'],
          exclude: ['node_modules/**', 'test/workers/**'],
        },
      },
      {
        extends: true,
        // functions/worker.ts inside workerd, with test-only bindings (no real secret)
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { CM_JWT_KEYS: `workers:${'w'.repeat(40)}`, CM_FIXED_TIME: '2026-01-15T12:00:00Z' } },
          }),
        ],
        test: { name: 'workers', include: ['test/workers/**/*.test.ts'] },
      },
    ],
  },
});
