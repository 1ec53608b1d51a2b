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
 * the writer; one fsync per batch instead of several) with synchronous=NORMAL, which stays crash-safe in
 * WAL mode, a busy timeout so concurrent processes queue instead of failing, then the migrations.
 */
export async function migrateNode(db: Db): Promise<void> {
  for (const pragma of [
    'PRAGMA journal_mode = WAL',
    'PRAGMA synchronous = NORMAL',
    'PRAGMA busy_timeout = 5000',
  ]) {
    await db.run(sql.raw(pragma)).catch(() => undefined);
  }
  await migrate(db, { migrationsFolder: migrationsFolder() });
}
