import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

/**
 * Tests that run inside workerd (@cloudflare/vitest-pool-workers 0.15: the `cloudflareTest` Vite plugin)
 * against local D1, with the bindings from wrangler.toml and the Worker entry as `main`.
 */
const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// wrangler.toml's [assets] directory must exist; `npm test` builds it first, a bare run may not have.
mkdirSync(root('./dist/web'), { recursive: true });

const WORKERS_TEST_MAX_DOCUMENT_BYTES = 64 * 1024;

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      main: root('./server/worker.ts'),
      wrangler: { configPath: root('./wrangler.toml') },
      miniflare: {
        bindings: {
          LOG_LEVEL: 'silent',
          PULSE_DEMO: 'off',
          MAX_DOCUMENT_BYTES: String(WORKERS_TEST_MAX_DOCUMENT_BYTES),
          // Read in Node (workerd has no file system) and applied by the tests with applyD1Migrations.
          TEST_MIGRATIONS: await readD1Migrations(root('./db/migrations')),
        },
      },
    })),
  ],
  test: {
    include: ['test/workers/**/*.test.ts'],
    deps: {
      // css-what's ESM build (under node-html-markdown) imports './types' without an extension, which
      // workerd's module loader rejects; pre-bundling the package with esbuild resolves it.
      optimizer: { ssr: { enabled: true, include: ['node-html-markdown'] } },
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
