import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { migrationsFolder } from '../../db/migrate-node.js';
import { defineMigrationSuite } from './migrations.js';

interface Journal {
  entries: { idx: number; tag: string }[];
}

const folder = migrationsFolder();
const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;

/** A copy of the migrations folder whose journal stops after `count` entries (drizzle applies by journal). */
function prefixFolder(count: number): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, count);
  for (const e of entries) copyFileSync(join(folder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return { path: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

defineMigrationSuite('Node, libsql migrator', {
  migrationCount: journal.entries.length,
  fresh: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-migrate-test-'));
    // The same driver and migrator as db/migrate-node.ts, with raw SQL access for the filler.
    const client = createClient({ url: `file:${join(dir, 'pulse.db')}` });
    const db = drizzle(client);
    return {
      sql: {
        all: async (sql, params = []) =>
          (await client.execute({ sql, args: params as never })).rows.map((r) => ({ ...r })),
        run: async (sql, params = []) => {
          await client.execute({ sql, args: params as never });
        },
      },
      apply: async (count) => {
        if (count >= journal.entries.length) return migrate(db, { migrationsFolder: folder });
        const prefix = prefixFolder(count);
        try {
          await migrate(db, { migrationsFolder: prefix.path });
        } finally {
          prefix.cleanup();
        }
      },
      close: async () => {
        client.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});
