import { applyD1Migrations, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { defineMigrationSuite } from '../contract/migrations.js';

const migrations = env.TEST_MIGRATIONS;

defineMigrationSuite('workerd, D1', {
  migrationCount: migrations.length,
  fresh: async () => {
    // This file's D1 is shared by its tests; reset() empties it so each case starts from nothing.
    await reset();
    return {
      sql: {
        all: async (sql, params = []) =>
          (
            await env.DB.prepare(sql)
              .bind(...params)
              .all()
          ).results as Record<string, unknown>[],
        run: async (sql, params = []) => {
          await env.DB.prepare(sql)
            .bind(...params)
            .run();
        },
      },
      // The same path as `wrangler d1 migrations apply`: each migration one batch, recorded in d1_migrations.
      apply: (count) => applyD1Migrations(env.DB, migrations.slice(0, count)),
      close: async () => {},
    };
  },
});
