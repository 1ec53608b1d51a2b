import { defineConfig } from 'drizzle-kit';

// One schema, one set of migrations for both runtimes: libsql on Node and D1 on Workers
// (wrangler.toml's migrations_dir points here).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
