/**
 * Migrations on a populated database, run in both runtimes (Node: drizzle's libsql migrator; workerd:
 * D1 with the wrangler migration table). SQLite table rebuilds behave differently on D1, which
 * enforces foreign keys inside migrations (PRAGMA foreign_keys=OFF is a no-op there), so dropping a
 * parent table during a rebuild cascades into its children. The suite fills every table present after
 * the first k migrations with rows that satisfy every foreign key, applies the rest, and checks that
 * every row and column that still exists kept its value and no foreign key dangles.
 */
import { describe, expect, it } from 'vitest';

export interface SqlRunner {
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
}

export interface MigrationTarget {
  sql: SqlRunner;
  /** Applies the first `count` migrations (those not applied yet). */
  apply(count: number): Promise<void>;
  close(): Promise<void>;
}

export interface MigrationHarness {
  migrationCount: number;
  /** A new, empty database. */
  fresh(): Promise<MigrationTarget>;
}

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

const INTERNAL_TABLE = /^(sqlite_|_cf_|__drizzle_migrations$|d1_migrations$)/;
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function userTables(sql: SqlRunner): Promise<string[]> {
  const rows = await sql.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return rows.map((r) => String(r.name)).filter((name) => !INTERNAL_TABLE.test(name));
}

async function columnsOf(sql: SqlRunner, table: string): Promise<Column[]> {
  return (await sql.all(`PRAGMA table_info(${quote(table)})`)) as unknown as Column[];
}

async function foreignKeysOf(sql: SqlRunner, table: string): Promise<ForeignKey[]> {
  return (await sql.all(`PRAGMA foreign_key_list(${quote(table)})`)) as unknown as ForeignKey[];
}

/** Parents before children; a self-reference does not block its own table. */
function dependencyOrder(tables: string[], keys: Map<string, ForeignKey[]>): string[] {
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) =>
      (keys.get(t) ?? []).every((k) => k.table === t || !pending.has(k.table)),
    );
    // A cycle: take the rest in name order; nullable references in it are left null.
    const next = ready.length > 0 ? ready : [...pending].sort();
    for (const t of next) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

const ROWS_PER_TABLE = 3;

/** Inserts ROWS_PER_TABLE rows into every user table, each foreign key pointing at a real parent row. */
export async function populateEveryTable(sql: SqlRunner): Promise<Map<string, number>> {
  const tables = await userTables(sql);
  const keys = new Map<string, ForeignKey[]>();
  for (const t of tables) keys.set(t, await foreignKeysOf(sql, t));
  const inserted = new Map<string, number>();
  for (const table of dependencyOrder(tables, keys)) {
    const columns = await columnsOf(sql, table);
    const fks = keys.get(table) ?? [];
    let count = 0;
    for (let n = 1; n <= ROWS_PER_TABLE; n++) {
      const names: string[] = [];
      const values: unknown[] = [];
      for (const column of columns) {
        const fk = fks.find((k) => k.from === column.name);
        const isRowid =
          column.pk === 1 && /^integer$/i.test(column.type) && columns.filter((c) => c.pk > 0).length === 1;
        if (isRowid && !fk) continue;
        let value: unknown;
        if (fk) {
          const target = fk.to ?? 'rowid';
          const parents =
            fk.table === table || !inserted.get(fk.table)
              ? []
              : await sql.all(`SELECT ${quote(target)} AS v FROM ${quote(fk.table)} ORDER BY rowid`);
          value = parents.length > 0 ? parents[(n - 1) % parents.length]!.v : null;
        } else if (/INT/i.test(column.type)) {
          value = n;
        } else if (/REAL|FLOA|DOUB/i.test(column.type)) {
          value = n + 0.25;
        } else if (/BLOB/i.test(column.type)) {
          value = null;
        } else {
          value = `${table}.${column.name}.${n}`;
        }
        if (value === null && column.notnull && !fk) value = `${table}.${column.name}.${n}`;
        if (value === null && column.notnull) {
          names.length = 0;
          break;
        }
        names.push(quote(column.name));
        values.push(value);
      }
      if (names.length === 0 && columns.some((c) => c.notnull)) break;
      await sql.run(
        names.length
          ? `INSERT INTO ${quote(table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
          : `INSERT INTO ${quote(table)} DEFAULT VALUES`,
        values,
      );
      count++;
    }
    inserted.set(table, count);
  }
  return inserted;
}

type Snapshot = Map<string, { columns: string[]; rows: Record<string, unknown>[] }>;

async function snapshot(sql: SqlRunner): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const table of await userTables(sql)) {
    const columns = (await columnsOf(sql, table)).map((c) => c.name);
    out.set(table, { columns, rows: await sql.all(`SELECT * FROM ${quote(table)} ORDER BY rowid`) });
  }
  return out;
}

/** Rows of `before` as they must still read after: only columns both versions have. */
function expectSurvived(before: Snapshot, after: Snapshot): void {
  for (const [table, { columns, rows }] of before) {
    const later = after.get(table);
    if (!later) continue; // Dropped on purpose by a migration.
    const shared = columns.filter((c) => later.columns.includes(c));
    const project = (r: Record<string, unknown>) => Object.fromEntries(shared.map((c) => [c, r[c]]));
    expect({ table, rows: later.rows.map(project) }).toEqual({ table, rows: rows.map(project) });
  }
}

export function defineMigrationSuite(runtime: string, harness: MigrationHarness): void {
  const total = harness.migrationCount;
  // Populate after each of the last few prefixes; k = total re-applies everything to a full database.
  const prefixes = [...new Set([Math.max(1, total - 2), Math.max(1, total - 1), total])];

  describe(`migrations on a populated database (${runtime})`, () => {
    it('has migrations to test', () => {
      expect(total).toBeGreaterThan(0);
    });

    it.each(prefixes)('after migration %i of the set, data survives the rest and a re-run', async (k) => {
      const db = await harness.fresh();
      try {
        await db.apply(k);
        const inserted = await populateEveryTable(db.sql);
        const tables = await userTables(db.sql);
        // The filler must reach every table, or the check below proves little.
        for (const t of tables)
          expect({ table: t, rows: inserted.get(t) }).toEqual({ table: t, rows: ROWS_PER_TABLE });
        const before = await snapshot(db.sql);

        await db.apply(total);
        await db.apply(total); // Idempotent: a second run applies nothing.

        expectSurvived(before, await snapshot(db.sql));
        expect(await db.sql.all('PRAGMA foreign_key_check')).toEqual([]);
      } finally {
        await db.close();
      }
    });
  });
}
