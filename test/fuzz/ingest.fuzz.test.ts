/**
 * Property-based fuzzing of POST /api/postmortems: random and malformed markdown, HTML and JSON.
 * No 500s, a generous per-request time bound, and stored data intact: a rejected document changes
 * no table, an accepted one adds at most one postmortem and one revision.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { fuzzDocument } from './arbitraries.js';

const BOUND_MS = 2_000;
const TABLES = [
  'postmortems',
  'revisions',
  'sections',
  'action_items',
  'blame_findings',
  'cause_statements',
  'cause_features',
  'teams',
];
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ MAX_DOCUMENT_BYTES: '200000', RATE_LIMIT_INGEST_PER_MINUTE: '100000' });
});
afterAll(() => t.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = (await t.db.all(sql.raw(`select count(*) as n from ${table}`))) as [{ n: number }];
    out[table] = row.n;
  }
  return out;
}

const jsonBody = fc.oneof(
  fc.json(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .record(
      {
        title: fc.oneof(fc.string({ maxLength: 600 }), fc.integer(), fc.constant(null)),
        team: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constant(null)),
        occurredAt: fc.oneof(
          fc.constant('2026-02-30'),
          fc.constant('2026-01-01'),
          fc.string({ maxLength: 12 }),
        ),
        severity: fc.constantFrom('SEV1', 'SEV9', 'sev1', null),
        actionItems: fc.array(
          fc.record({ text: fc.string({ maxLength: 50 }), status: fc.constantFrom('open', 'done', 'nope') }),
          { maxLength: 5 },
        ),
        body: fuzzDocument,
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);

/** A recognisable postmortem with fuzz spliced into every section, so accepted documents are stressed too. */
const plausible = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    fuzzDocument,
    fuzzDocument,
    fuzzDocument,
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  )
  .map(
    ([id, a, b, c, team]) => `---
id: fuzz-${id}
title: Fuzzed incident ${id}
team: ${JSON.stringify(team)}
date: 2026-02-03
---
# Fuzzed incident

## Summary
${a}

## Root cause
${b}

## Action items
- [ ] ${c.slice(0, 500).replace(/\n/g, ' ')}
`,
  );

const request = fc.oneof(
  fc.record({ contentType: fc.constantFrom('text/markdown', 'text/html', 'text/plain'), body: fuzzDocument }),
  fc.record({ contentType: fc.constant('text/markdown'), body: plausible }),
  fc.record({ contentType: fc.constant('text/markdown'), body: plausible }),
  fc.record({ contentType: fc.constant('application/json'), body: jsonBody }),
  fc.record({
    contentType: fc.constantFrom('application/xml', 'multipart/form-data', ''),
    body: fc.string({ maxLength: 100 }),
  }),
);

describe('fuzz: ingest', () => {
  it(
    'POST /api/postmortems never fails with a 500, stays within the bound and keeps the data intact',
    async () => {
      let accepted = 0;
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(
          request,
          fc.constantFrom('', '?team=payments', '?severity=SEV2', '?occurredAt=2026-99-99', '?title='),
          async (req, query) => {
            const before = await counts();
            const started = performance.now();
            const res = await t.request(`/api/postmortems${query}`, {
              as: 'ingest',
              method: 'POST',
              headers: req.contentType ? { 'content-type': req.contentType } : {},
              body: req.body,
            });
            const ms = performance.now() - started;
            const text = await res.text();
            expect(res.status, text.slice(0, 300)).toBeLessThan(500);
            expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
            const body = JSON.parse(text) as { error?: { code: string; requestId: string }; status?: string };
            const after = await counts();
            if (res.status >= 400) {
              rejected++;
              expect(body.error?.requestId).toBeTruthy();
              expect(after).toEqual(before);
            } else {
              accepted++;
              expect(['created', 'updated', 'unchanged']).toContain(body.status);
              expect((after.postmortems ?? 0) - (before.postmortems ?? 0)).toBe(
                body.status === 'created' ? 1 : 0,
              );
              expect((after.revisions ?? 0) - (before.revisions ?? 0)).toBe(
                body.status === 'unchanged' ? 0 : 1,
              );
            }
          },
        ),
        {
          numRuns: Number(process.env.FUZZ_RUNS ?? 120),
          seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
        },
      );
      console.log(`fuzz ingest: ${accepted} accepted, ${rejected} rejected`);
      // Both branches of the property ran.
      expect(accepted).toBeGreaterThan(0);
      expect(rejected).toBeGreaterThan(0);
      // Every stored postmortem still has exactly one current revision that belongs to it.
      const broken = await t.db.all(sql`
      select p.id from postmortems p left join revisions r on r.id = p.current_revision_id
      where r.id is null or r.postmortem_id <> p.id`);
      expect(broken).toEqual([]);
    },
    Math.max(120_000, Number(process.env.FUZZ_RUNS ?? 0) * 400),
  );
});
