import { createClient } from '@libsql/client';
import { type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema/index.js';

export { schema };
export type Schema = typeof schema;

/**
 * The database handle every query takes. libsql (Node, Turso) and D1 (Workers) share drizzle's
 * async SQLite query builder and `batch`; the Worker entry casts its D1 handle to this type.
 * Rules that keep one code path valid on both: no interactive transactions (use `db.batch`), decide
 * inserts-or-conflicts with `.returning()`, never read driver-specific result fields.
 */
export type Db = LibSQLDatabase<Schema>;

export interface DbConfig {
  url: string;
  authToken?: string | undefined;
}

/** libsql client for Node (file:, libsql:, http(s): URLs). Workers use `createD1Db` in server/worker.ts. */
export function createDb(config: DbConfig): { db: Db; close: () => void } {
  // The busy timeout is per connection and the client keeps a pool, so it is set here, for all of them:
  // concurrent writers (server requests, a CLI import next to the server) then queue instead of failing.
  const client = createClient({ url: config.url, authToken: config.authToken, timeout: 5000 });
  const db = drizzle(client, { schema });
  return { db, close: () => client.close() };
}

/** D1 allows at most 100 bound parameters per statement; chunk multi-row inserts below that. */
export const D1_MAX_PARAMS = 100;

export function chunkRows<T>(rows: T[], columnsPerRow: number): T[][] {
  const perChunk = Math.max(1, Math.floor(D1_MAX_PARAMS / columnsPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += perChunk) chunks.push(rows.slice(i, i + perChunk));
  return chunks;
}

type Statement = BatchItem<'sqlite'>;

/**
 * Runs statements atomically with `db.batch` (D1 has no interactive transactions; libsql runs a batch
 * in one transaction too). Accepts a possibly empty, dynamically built list.
 */
export async function runBatch(db: Db, statements: readonly Statement[]): Promise<void> {
  if (statements.length === 0) return;
  await db.batch(statements as unknown as [Statement, ...Statement[]]);
}

/**
 * `json_extract(j.value, '$[i]')` for `count` consecutive positions from `from`: the columns of a row that
 * travels inside one JSON parameter (rows of an insert-select over `json_each(?) j`). One statement per
 * table whatever the number of rows, within D1's 100 bound parameters, and one statement to prepare.
 */
export function jsonColumns(count: number, from = 0): SQL {
  return sql.raw(
    Array.from({ length: count }, (_, i) => `json_extract(j.value, '$[${from + i}]')`).join(', '),
  );
}
