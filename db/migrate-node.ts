import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Db } from './client.js';

/** Folder of drizzle-kit migrations, found relative to this module in source and in the bundle. */
export function migrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // Source: db/ -> db/migrations. Bundle: dist/ -> ../db/migrations.
  return here.endsWith('/db') ? resolve(here, 'migrations') : resolve(here, '..', 'db', 'migrations');
}

/** Creates the folder of a `file:` database URL so a fresh checkout starts without manual steps. */
export function ensureDatabaseFolder(url: string): void {
  if (!url.startsWith('file:')) return;
  const path = url.slice('file:'.length);
  if (path === ':memory:' || path === '') return;
  mkdirSync(dirname(resolve(path)), { recursive: true });
}

/**
 * Prepares a libsql database for the Node server and CLI: write-ahead logging (readers never wait for
 * the writer; kept in the file, so it holds for every connection of the pool) and synchronous=NORMAL,
 * crash-safe in WAL mode (per connection: the first one, which does most of the writing), then the
 * migrations. The busy timeout is a client option (db/client.ts).
 */
export async function migrateNode(db: Db): Promise<void> {
  for (const pragma of ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL']) {
    await db.run(sql.raw(pragma)).catch(() => undefined);
  }
  await migrate(db, { migrationsFolder: migrationsFolder() });
}
