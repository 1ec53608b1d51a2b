import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function document(id: string, person: string) {
  return `---
id: ${id}
source: erasure-test
title: Queue backlog after ${person}'s deploy
date: 2026-02-11
severity: SEV2
team: payments
---
# Queue backlog after ${person}'s deploy

## Summary
Settlement jobs queued for two hours. ${person} paged the on-call and rolled back.

## Root cause
${person} forgot to run the migration before the deploy, and ${person.toUpperCase()} should have known better.

## Action items
| Action | Owner | Due | Status |
|---|---|---|---|
| Make the deploy pipeline run migrations first | ${person} | 2026-03-01 | TODO |
| Ask ${person} to document the rollback | sam | 2026-03-05 | DONE |
`;
}

/** Every text column of every table, searched for the name (case-insensitive for ASCII). */
async function occurrences(db: TestApp['db'], needle: string): Promise<Record<string, number>> {
  const tables = (await db.all(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`,
  )) as { name: string }[];
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const columns = (await db.all(sql.raw(`pragma table_info(${JSON.stringify(name)})`))) as {
      name: string;
      type: string;
    }[];
    for (const c of columns.filter((col) => col.type.toUpperCase().includes('TEXT'))) {
      const [{ n }] = (await db.all(
        sql.raw(
          `select count(*) as n from ${JSON.stringify(name)} where ${JSON.stringify(c.name)} like '%${needle}%'`,
        ),
      )) as [{ n: number }];
      if (n) found[`${name}.${c.name}`] = n;
    }
  }
  return found;
}

describe('right to erasure', () => {
  it('removes the name from every stored text, keeps offsets valid, reports per-table counts and audits without the name', async () => {
    const person = 'Dagny Whitlock';
    const created = await t.request('/api/postmortems', {
      as: 'ingest',
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: document('er-1', person),
    });
    expect(created.status).toBe(201);
    const { postmortemId } = await created.json();
    // A second revision, so older revisions are covered too.
    const updated = await t.request('/api/postmortems', {
      as: 'ingest',
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: `${document('er-1', person)}\nFollow-up review with Whitlock's manager.\n`,
    });
    expect((await updated.json()).status).toBe('updated');
    const before = await occurrences(t.db, 'Whitlock');
    expect(Object.keys(before).length).toBeGreaterThan(3);

    const res = await t.request('/api/admin/erase-person', {
      method: 'POST',
      json: { name: 'dagny   whitlock' },
    });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.tables.revisions).toBe(2);
    expect(report.tables.postmortems).toBe(1);
    expect(report.tables.action_items).toBeGreaterThanOrEqual(2);
    expect(report.rows).toBe(
      Object.values(report.tables as Record<string, number>).reduce((a, b) => a + b, 0),
    );
    expect(report.occurrences).toBeGreaterThan(report.rows);

    // Full name gone everywhere; the lone surname in the follow-up line is another string and stays
    // until it is erased on its own.
    expect(await occurrences(t.db, 'Dagny')).toEqual({});
    const second = await runCli(['erase-person', 'Whitlock', '--json'], { DATABASE_URL: t.dbUrl });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).rows).toBeGreaterThan(0);
    expect(await occurrences(t.db, 'Whitlock')).toEqual({});
    // Idempotent: nothing left to change.
    const again = await runCli(['erase-person', 'Whitlock', '--json'], { DATABASE_URL: t.dbUrl });
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 0, occurrences: 0 });

    const detail = await (await t.request(`/api/postmortems/${postmortemId}`)).json();
    expect(detail.title).toContain('[redacted]');
    expect(detail.actionItems.map((a: { owner: string | null }) => a.owner)).toContain('[redacted]');
    // Finding offsets still point at their text in the (masked) body.
    for (const f of detail.blame.findings as { start: number; end: number; text: string }[]) {
      expect(detail.body.slice(f.start, f.end)).toBe(f.text);
    }
    for (const s of detail.sections as { start: number; end: number }[]) {
      expect(s.end).toBeLessThanOrEqual(detail.body.length);
    }

    const audit = await (await t.request('/api/audit?action=person.erase')).json();
    expect(audit.items).toHaveLength(3);
    expect(audit.items.at(-1).detail.tables).toEqual(report.tables);
  });

  it('is admin only and validates the name', async () => {
    for (const as of ['leader', 'member', 'ingest'] as const) {
      expect(
        (await t.request('/api/admin/erase-person', { as, method: 'POST', json: { name: 'Someone' } }))
          .status,
      ).toBe(403);
    }
    expect((await t.request('/api/admin/erase-person', { method: 'POST', json: { name: ' ' } })).status).toBe(
      400,
    );
    expect((await runCli(['erase-person'], { DATABASE_URL: t.dbUrl })).code).toBe(2);
  });
});
