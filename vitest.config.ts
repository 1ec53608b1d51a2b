import { defineConfig } from 'vitest/config';

// Node-side tests. The Workers suite has its own config (vitest.workers.config.ts) because it runs
// inside workerd through @cloudflare/vitest-pool-workers.
export default defineConfig({
  test: {
    include: ['analysis/**/*.test.ts', 'db/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/workers/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
