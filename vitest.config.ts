import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'sheets-addon/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/workers/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
