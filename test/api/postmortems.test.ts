import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownPostmortem } from '../fixtures/documents.js';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const postMarkdown = (
  body: string,
  as: Parameters<TestApp['request']>[1] extends infer I
    ? I extends { as?: infer A }
      ? A
      : never
    : never = 'ingest',
  query = '',
) =>
  t.request(`/api/postmortems${query}`, {
    method: 'POST',
    as,
    headers: { 'content-type': 'text/markdown' },
    body,
  });

async function count(table: string): Promise<number> {
  const [row] = (await t.db.all(sql.raw(`select count(*) as n from ${table}`))) as [{ n: number }];
  return row.n;
}

async function snapshot() {
  const tables = [
    'postmortems',
    'revisions',
    'sections',
    'action_items',
    'blame_findings',
    'cause_statements',
    'cause_features',
    'cause_terms',
  ];
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await count(name)])));
}

describe('POST /api/postmortems (markdown)', () => {
  it('creates, then reports the same document unchanged, then a changed one as a new revision', async () => {
    const doc = markdownPostmortem({ id: 'pm-rev' });
    const created = await postMarkdown(doc);
    expect(created.status).toBe(201);
    const first = await created.json();
    expect(first).toMatchObject({ status: 'created', revision: 1, team: 'payments' });

    const again = await postMarkdown(doc);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      status: 'unchanged',
      postmortemId: first.postmortemId,
      revision: 1,
    });

    const changed = await postMarkdown(
      markdownPostmortem({ id: 'pm-rev', extra: 'Customers were refunded.' }),
    );
    expect(await changed.json()).toMatchObject({
      status: 'updated',
      postmortemId: first.postmortemId,
      revision: 2,
    });

    const detail = await (await t.request(`/api/postmortems/${first.postmortemId}`)).json();
    expect(detail.revision).toBe(2);
    expect(detail.revisions.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    expect(detail.body).toContain('Customers were refunded.');
    expect(detail.occurredAt).toBe('2026-03-03');
    expect(detail.severity).toBe('SEV2');
    expect(detail.actionItems).toHaveLength(2);
    expect(detail.actionItems[0]).toMatchObject({
      text: 'Alert 14 days before any certificate expires',
      owner: 'amara',
      status: 'open',
      due: '2026-04-01',
    });
    expect(detail.actionItems[1]).toMatchObject({ owner: 'kenji', status: 'done', due: '2026-03-10' });
  });

  it('keeps a status set through the API when the document is re-imported with the item unchanged', async () => {
    const { postmortemId } = await (await postMarkdown(markdownPostmortem({ id: 'pm-keep' }))).json();
    const detail = await (await t.request(`/api/postmortems/${postmortemId}`)).json();
    const open = detail.actionItems.find((i: { status: string }) => i.status === 'open');
    const patched = await t.request(`/api/action-items/${open.id}`, {
      method: 'PATCH',
      json: { status: 'done', completedOn: '2026-03-20' },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      status: 'done',
      completedOn: '2026-03-20',
      statusSource: 'api',
    });
    await postMarkdown(markdownPostmortem({ id: 'pm-keep', extra: 'An edit elsewhere in the document.' }));
    const after = await (await t.request(`/api/postmortems/${postmortemId}`)).json();
    expect(after.revision).toBe(2);
    expect(after.actionItems.find((i: { id: number }) => i.id === open.id)).toMatchObject({
      status: 'done',
      statusSource: 'api',
    });
  });

  it('stores a document once when two clients ingest it at the same moment', async () => {
    const doc = markdownPostmortem({ id: 'pm-race' });
    const responses = await Promise.all(Array.from({ length: 8 }, () => postMarkdown(doc)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(bodies.filter((b) => b.status === 'created')).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.postmortemId)).size).toBe(1);
    const [{ n }] = (await t.db.all(
      sql`select count(*) as n from revisions r join postmortems p on p.id = r.postmortem_id where p.external_id = 'pm-race'`,
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('deletes a postmortem and everything derived from it', async () => {
    const before = await snapshot();
    const { postmortemId } = await (await postMarkdown(markdownPostmortem({ id: 'pm-delete' }))).json();
    const during = await snapshot();
    expect(during.postmortems).toBe(before.postmortems + 1);
    expect(during.action_items).toBe(before.action_items + 2);
    const deleted = await t.request(`/api/postmortems/${postmortemId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await snapshot()).toEqual(before);
    const [{ n }] = (await t.db.all(
      sql`select count(*) as n from recurrences where postmortem_id = ${postmortemId} or repeats_postmortem_id = ${postmortemId}`,
    )) as [{ n: number }];
    expect(n).toBe(0);
    expect((await t.request(`/api/postmortems/${postmortemId}`)).status).toBe(404);
  });
});

describe('bad input gets a clear error or a clean parse, never a 500 or a half-written row', () => {
  const cases: [string, string, string, number[]][] = [
    ['empty body', 'text/markdown', '', [400]],
    [
      'binary junk',
      'text/markdown',
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
      [201, 422],
    ],
    [
      'malformed front matter',
      'text/markdown',
      '---\nid: [unclosed\ntitle: : :\n---\n# Title\n\n## Summary\nThe queue stalled.\n\n## Root cause\nA consumer deadlocked.\n',
      [201, 422],
    ],
    [
      'a table with missing cells',
      'text/markdown',
      '---\nid: pm-cells\n---\n# Missing cells\n\n## Summary\nOutage.\n\n## Action items\n| Action | Owner | Status |\n|---|---|---|\n| Add a retry |\n| Fix the alert | @li |\n',
      [201],
    ],
    ['unsupported content type', 'image/png', 'abc', [415]],
    ['malformed JSON', 'application/json', '{"title": ', [400]],
  ];
  for (const [name, type, body, statuses] of cases) {
    it(name, async () => {
      const before = await snapshot();
      const res = await t.request('/api/postmortems', {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(statuses).toContain(res.status);
      const json = await res.json();
      if (res.status >= 400) {
        expect(json.error).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
          requestId: expect.any(String),
        });
        expect(json.error).toHaveProperty('field');
        expect(await snapshot()).toEqual(before);
      }
    });
  }

  it('rejects a 5 MB document with 413 and stores nothing', async () => {
    const before = await snapshot();
    const big = `# Big\n\n## Summary\n${'The cache was cold. '.repeat(260_000)}`;
    const res = await postMarkdown(big, 'admin');
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('keeps HTML and <script> inside markdown as inert text', async () => {
    const doc = markdownPostmortem({
      id: 'pm-script',
      extra: 'Payload <script>alert(1)</script> and <img src=x onerror="alert(2)">.',
    });
    const { postmortemId } = await (await postMarkdown(doc)).json();
    const detail = await (await t.request(`/api/postmortems/${postmortemId}`)).json();
    expect(detail.body).toContain('<script>alert(1)</script>');
    const res = await t.request(`/api/postmortems/${postmortemId}`);
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('validates structured JSON and names the field', async () => {
    const res = await t.request('/api/postmortems', {
      method: 'POST',
      as: 'ingest',
      json: { title: 'x', occurredAt: '03/03/2026' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('occurredAt');
  });

  it('rejects a template as not a postmortem', async () => {
    const res = await postMarkdown(
      '# Postmortem template\n\n## Summary\n\n## Impact\n\n## Root causes\n\n## Action items\n',
    );
    expect(res.status).toBe(422);
  });
});

describe('structured ingest, list and bulk', () => {
  it('ingests JSON fields and lists with filters and stable cursor pages', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.request('/api/postmortems', {
        method: 'POST',
        as: 'ingest',
        json: {
          externalId: `json-${i}`,
          title: `Search latency ${i}`,
          occurredAt: `2026-01-0${i + 1}`,
          severity: i % 2 ? 'SEV3' : 'SEV1',
          team: 'search',
          services: ['query-api'],
          rootCauses: ['A hot shard saturated its disk.'],
          actionItems: [
            { text: 'Rebalance shards weekly', owner: '@zhang', status: 'open', due: '2026-02-01' },
          ],
        },
      });
      expect(res.status).toBe(201);
    }
    const page1 = await (await t.request('/api/postmortems?team=search&limit=2')).json();
    expect(page1.items.map((p: { title: string }) => p.title)).toEqual([
      'Search latency 4',
      'Search latency 3',
    ]);
    const page2 = await (
      await t.request(`/api/postmortems?team=search&limit=2&cursor=${page1.nextCursor}`)
    ).json();
    expect(page2.items.map((p: { title: string }) => p.title)).toEqual([
      'Search latency 2',
      'Search latency 1',
    ]);
    const sev1 = await (await t.request('/api/postmortems?team=search&severity=SEV1')).json();
    expect(sev1.items).toHaveLength(3);
    const byService = await (
      await t.request('/api/postmortems?service=query-api&from=2026-01-02&to=2026-01-03')
    ).json();
    expect(byService.items).toHaveLength(2);
    const text = await (await t.request('/api/postmortems?q=latency%204')).json();
    expect(text.items).toHaveLength(1);
    expect((await t.request('/api/postmortems?from=yesterday')).status).toBe(400);
  });

  it('accepts or rejects each bulk document on its own', async () => {
    const res = await t.request('/api/postmortems/bulk', {
      method: 'POST',
      as: 'ingest',
      json: {
        documents: [
          { content: markdownPostmortem({ id: 'bulk-1' }) },
          { content: '' },
          { content: '# Template\n\n## Summary\n\n## Root cause\n' },
          { content: markdownPostmortem({ id: 'bulk-2', team: 'search' }) },
        ],
      },
    });
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'failed',
      'skipped',
      'created',
    ]);
  });
});

describe('an import cut short between the revision and its cause analysis', () => {
  it('is completed by importing the same document again', async () => {
    const doc = markdownPostmortem({ id: 'pm-interrupted' });
    const { postmortemId } = await (await postMarkdown(doc)).json();
    // What a kill -9 after the revision's batch leaves behind: no cause features, no index entries.
    await t.db.run(sql`delete from cause_terms where postmortem_id = ${postmortemId}`);
    await t.db.run(sql`delete from cause_features where postmortem_id = ${postmortemId}`);
    const again = await (await postMarkdown(doc)).json();
    expect(again.status).toBe('unchanged');
    const [{ n }] = (await t.db.all(
      sql`select count(*) as n from cause_features where postmortem_id = ${postmortemId}`,
    )) as [{ n: number }];
    expect(n).toBe(1);
  });
});
