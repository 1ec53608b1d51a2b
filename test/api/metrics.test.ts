/**
 * Metrics over a real database with small data whose figures are worked out by hand below.
 * The clock is fixed at 2024-03-20T12:00Z (a Wednesday); in Pacific/Auckland that is already 2024-03-21.
 * Also run under TZ=Pacific/Auckland (package.json "test"): nothing may depend on the process zone.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, blameFindings, causeClusters, postmortems, recurrences } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../harness.js';

const NOW = new Date('2024-03-20T12:00:00Z');

interface Item {
  text: string;
  owner?: string;
  status: 'open' | 'done' | 'wont-do' | 'unknown';
  due?: string;
}

async function ingest(
  t: TestApp,
  doc: {
    title: string;
    occurredAt?: string;
    severity?: string;
    team: string;
    externalId: string;
    actionItems: Item[];
  },
) {
  const res = await t.request('/api/postmortems', { method: 'POST', json: doc });
  expect(res.status, await res.clone().text()).toBe(201);
  const { postmortemId } = (await res.json()) as { postmortemId: number };
  const full = (await (await t.request(`/api/postmortems/${postmortemId}`)).json()) as {
    actionItems: { id: number; text: string }[];
  };
  const itemId = (text: string) => full.actionItems.find((i) => i.text === text)!.id;
  return { id: postmortemId, itemId };
}

async function complete(t: TestApp, itemId: number, status: 'done' | 'wont-do', completedOn: string) {
  const res = await t.request(`/api/action-items/${itemId}`, {
    method: 'PATCH',
    json: { status, completedOn },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function get<T = any>(
  t: TestApp,
  path: string,
  as: 'admin' | 'leader' | 'member' | 'memberB' | 'ingest' = 'leader',
): Promise<T> {
  const res = await t.request(path, { as });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

describe('metrics API with no data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, () => NOW);
  });
  afterAll(() => t.close());

  it('returns empty buckets, null rates and empty distributions', async () => {
    const m = await get(t, '/api/metrics/action-items?from=2024-01-01&to=2024-02-29&bucket=month');
    expect(
      m.buckets.map((b: any) => [b.start, b.end, b.created, b.due, b.onTimeRate, b.backlogAtEnd]),
    ).toEqual([
      ['2024-01-01', '2024-01-31', 0, 0, null, 0],
      ['2024-02-01', '2024-02-29', 0, 0, null, 0],
    ]);
    expect(m.overdue).toEqual({ count: 0, items: [], asOf: '2024-03-20' });
    expect(m.timeToClose.median).toBeNull();
    expect(m.timeToClose.count).toBe(0);
    for (const name of ['recurrence', 'blame', 'timeliness']) {
      const r = await get(t, `/api/metrics/${name}?from=2024-01-01&to=2024-01-31&bucket=month`);
      expect(r.buckets).toHaveLength(1);
      expect(r.totals.share ?? null).toBeNull();
    }
  });

  it('defaults the range to the last 12 ISO weeks ending today in tz', async () => {
    const sunday = new Date('2024-03-24T12:00:00Z'); // Sunday in UTC, Monday 01:00 in Auckland
    const t2 = await createTestApp({}, () => sunday);
    try {
      const utc = await get(t2, '/api/metrics/recurrence');
      expect(utc.query.today).toBe('2024-03-24');
      expect(utc.buckets).toHaveLength(12);
      expect(utc.buckets.at(-1).start).toBe('2024-03-18');
      expect(utc.buckets[0].start).toBe('2024-01-01');
      const nz = await get(t2, '/api/metrics/recurrence?tz=Pacific/Auckland');
      expect(nz.query.today).toBe('2024-03-25');
      expect(nz.buckets.at(-1).start).toBe('2024-03-25');
      expect(nz.buckets).toHaveLength(12);
    } finally {
      t2.close();
    }
  });
});

describe('metrics API over known data', () => {
  let t: TestApp;
  const pm: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp({}, () => NOW);
    // payments, 2024-01-07 (a Sunday: last day of ISO week 2024-W01), SEV2 -> SLO 28 days.
    const p1 = await ingest(t, {
      title: 'Checkout outage',
      occurredAt: '2024-01-07',
      severity: 'SEV2',
      team: 'payments',
      externalId: 'pm-1',
      actionItems: [
        { text: 'Add alerting on checkout latency', owner: 'alice', status: 'open', due: '2024-01-20' },
        { text: 'Write the failover runbook', status: 'open' }, // SLO due 2024-02-04
        { text: 'Be more careful with deploys', status: 'open', due: '2024-01-15' },
      ],
    });
    await complete(t, p1.itemId('Add alerting on checkout latency'), 'done', '2024-01-19'); // on time
    await complete(t, p1.itemId('Be more careful with deploys'), 'wont-do', '2024-01-10');
    // payments, 2024-01-08 (Monday: first day of 2024-W02), SEV3 -> SLO 56 days.
    const p2 = await ingest(t, {
      title: 'Payment retries',
      occurredAt: '2024-01-08',
      severity: 'SEV3',
      team: 'payments',
      externalId: 'pm-2',
      actionItems: [
        { text: 'Fix the retry storm', status: 'open', due: '2024-01-31' },
        { text: 'Add retry dashboards', status: 'open' }, // SLO due 2024-03-04
        { text: 'Cap retries per client', status: 'done', due: '2024-02-10' }, // done, completion date unknown
      ],
    });
    await complete(t, p2.itemId('Fix the retry storm'), 'done', '2024-02-01'); // late by a day, in February
    await complete(t, p2.itemId('Add retry dashboards'), 'done', '2024-02-29'); // on time against the SLO date
    // search, 2024-01-31 (last day of January), SEV1.
    const p3 = await ingest(t, {
      title: 'Search index stale',
      occurredAt: '2024-01-31',
      severity: 'SEV1',
      team: 'search',
      externalId: 'pm-3',
      actionItems: [
        { text: 'Automate index rebuilds', status: 'open', due: '2024-02-01' },
        { text: 'Add capacity alarms', status: 'open', due: '2024-03-20' }, // overdue only where it is already 03-21
      ],
    });
    // search, no incident date: its item has no creation date and no SLO date.
    const p4 = await ingest(t, {
      title: 'Undated incident',
      team: 'search',
      externalId: 'pm-4',
      actionItems: [{ text: 'Document the cache', status: 'open' }],
    });
    Object.assign(pm, { p1: p1.id, p2: p2.id, p3: p3.id, p4: p4.id });
  });
  afterAll(() => t.close());

  const pick = (b: any) => [
    b.start,
    b.created,
    b.completed,
    b.completedOnTime,
    b.completedLate,
    b.due,
    b.dueCompletedOnTime,
    b.dueCompletionUndated,
    b.onTimeRate,
    b.wontDo,
    b.backlogAtEnd,
  ];

  it("action items per month: created, completed, on-time rate with SLO dates, won't-do, backlog", async () => {
    const m = await get(t, '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month');
    // start, created, completed, onTime, late, due, dueOnTime, dueUndated, rate, wontDo, backlog
    expect(m.buckets.map(pick)).toEqual([
      // created: 3 (01-07) + 3 (01-08) + 2 (01-31). Due in Jan: alerting (on time), retry storm (late);
      // the won't-do item is left out. Backlog: 7 opened/closed-with-date, minus alerting and won't-do.
      ['2024-01-01', 8, 1, 1, 0, 2, 1, 0, 0.5, 1, 5],
      // Due in Feb: runbook (SLO 02-04, open), cap retries (done, date unknown: leaves the rate), index
      // rebuilds (open) -> 0 / 2. Completed: retry storm (late), dashboards (on time). Backlog 5 - 2.
      ['2024-02-01', 0, 2, 1, 1, 3, 0, 1, 0, 0, 3],
      // Due in Mar: dashboards (SLO 03-04, done 02-29: on time), capacity alarms (open) -> 1 / 2.
      ['2024-03-01', 0, 0, 0, 0, 2, 1, 0, 0.5, 0, 3],
    ]);
    expect(m.totals.onTimeRate).toBe(0.3333); // 2 on time of 7 due, less the 1 whose completion date is unknown
    expect(m.undated).toEqual({
      withoutCreatedOn: 1,
      doneWithoutCompletedOn: 1,
      withoutDueOrIncidentDate: 1,
      scope: 'all dates',
    });
    // Days to close: 12 (01-07 -> 01-19), 24 (01-08 -> 02-01), 52 (01-08 -> 02-29).
    expect(m.timeToClose.count).toBe(3);
    expect(m.timeToClose.median).toBe(24);
    expect(m.timeToClose.p90).toBe(52);
    expect(m.timeToClose.histogram.map((h: any) => h.count)).toEqual([0, 1, 1, 1, 0, 0, 0]);
  });

  it('lists overdue items with age, oldest first, from "now" in UTC', async () => {
    const m = await get(t, '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month');
    expect(m.overdue.count).toBe(2);
    expect(
      m.overdue.items.map((i: any) => [i.text, i.team, i.postmortemId, i.due, i.dueSource, i.ageDays]),
    ).toEqual([
      ['Automate index rebuilds', 'search', pm.p3, '2024-02-01', 'document', 48], // 28 days of Feb 2024 + 20
      ['Write the failover runbook', 'payments', pm.p1, '2024-02-04', 'slo', 45],
    ]);
    for (const item of m.overdue.items) expect(item).not.toHaveProperty('owner');
  });

  it('takes "today" from tz: in Auckland the item due 2024-03-20 is already overdue', async () => {
    const m = await get(
      t,
      '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month&tz=Pacific/Auckland',
    );
    expect(m.overdue.asOf).toBe('2024-03-21');
    expect(m.overdue.count).toBe(3);
    expect(m.overdue.items.map((i: any) => [i.text, i.ageDays])).toEqual([
      ['Automate index rebuilds', 49],
      ['Write the failover runbook', 46],
      ['Add capacity alarms', 1],
    ]);
    const la = await get(
      t,
      '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month&tz=America/Los_Angeles',
    );
    expect(la.overdue.count).toBe(2);
  });

  it('ISO week buckets split the Sunday/Monday edge', async () => {
    const m = await get(t, '/api/metrics/action-items?from=2024-01-01&to=2024-01-14&bucket=week');
    expect(m.buckets.map((b: any) => [b.start, b.end, b.label, b.created])).toEqual([
      ['2024-01-01', '2024-01-07', '2024-W01', 3],
      ['2024-01-08', '2024-01-14', '2024-W02', 3],
    ]);
    // A range starting mid-week keeps the Monday as the bucket start but counts only days in range.
    const partial = await get(t, '/api/metrics/action-items?from=2024-01-07&to=2024-01-08&bucket=week');
    expect(partial.buckets.map((b: any) => [b.start, b.partial, b.created])).toEqual([
      ['2024-01-01', true, 3],
      ['2024-01-08', true, 3],
    ]);
    // The ISO year differs from the calendar year at the edge: 2024-12-30 is in 2025-W01.
    const edge = await get(t, '/api/metrics/action-items?from=2024-12-29&to=2024-12-31&bucket=week');
    expect(edge.buckets.map((b: any) => b.label)).toEqual(['2024-W52', '2025-W01']);
  });

  it('month buckets split at the month edge (01-31 vs 02-01)', async () => {
    const m = await get(t, '/api/metrics/action-items?from=2024-01-31&to=2024-02-01&bucket=month');
    expect(m.buckets.map((b: any) => [b.start, b.created, b.completed, b.due])).toEqual([
      ['2024-01-01', 2, 0, 1], // two items created 01-31; retry storm due 01-31
      ['2024-02-01', 0, 1, 1], // retry storm completed 02-01; index rebuilds due 02-01
    ]);
  });

  it("one team, and the principal's scope", async () => {
    const team = await get(
      t,
      '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month&team=payments',
    );
    expect(team.buckets.map((b: any) => b.created)).toEqual([6, 0, 0]);
    expect(team.overdue.items.map((i: any) => i.text)).toEqual(['Write the failover runbook']);
    // A member of payments sees only payments, even without a team filter.
    const member = await get(
      t,
      '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month',
      'member',
    );
    expect(member.buckets.map((b: any) => b.created)).toEqual([6, 0, 0]);
    expect(member.overdue.count).toBe(1);
    const other = await t.request('/api/metrics/action-items?team=search', { as: 'member' });
    expect(other.status).toBe(404);
    const ingestRes = await t.request('/api/metrics/action-items', { as: 'ingest' });
    expect(ingestRes.status).toBe(403);
    const anonymous = await t.request('/api/metrics/action-items', { as: null });
    expect(anonymous.status).toBe(401);
  });

  it('rejects bad parameters with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['bucket=day', 'bucket'],
      ['tz=Mars/Olympus_Mons', 'tz'],
      ['from=2024-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2024-03-01&to=2024-02-01', 'from'],
      ['from=2000-01-01&to=2024-01-01', 'to'],
      ['format=xml', 'format'],
    ];
    for (const [qs, field] of cases) {
      const res = await t.request(`/api/metrics/blame?${qs}`, { as: 'leader' });
      expect(res.status, qs).toBe(400);
      expect(((await res.json()) as any).error.field, qs).toBe(field);
    }
    expect((await t.request('/api/metrics/nope', { as: 'leader' })).status).toBe(404);
    const drill = await t.request('/api/metrics/blame/drill?figure=sideways', { as: 'leader' });
    expect(drill.status).toBe(400);
    expect(((await drill.json()) as any).error.field).toBe('figure');
    const badBucket = await t.request(
      '/api/metrics/blame/drill?figure=postmortems&from=2024-01-01&to=2024-01-31&bucket=week&bucket_start=2024-01-03',
      { as: 'leader' },
    );
    expect(((await badBucket.json()) as any).error.field).toBe('bucket_start');
  });

  it('drills down to the postmortems behind a figure', async () => {
    const base = '/api/metrics/action-items/drill?from=2024-01-01&to=2024-03-31&bucket=month';
    const ids = async (qs: string, as: 'leader' | 'member' = 'leader') =>
      (await get(t, `${base}&${qs}`, as)).items.map((i: any) => i.id);
    expect(await ids('figure=dueCompletedOnTime&bucket_start=2024-01-01')).toEqual([pm.p1]);
    expect(await ids('figure=completedLate&bucket_start=2024-02-01')).toEqual([pm.p2]);
    expect(await ids('figure=dueCompletionUndated&bucket_start=2024-02-01')).toEqual([pm.p2]);
    expect(await ids('figure=wontDo')).toEqual([pm.p1]);
    expect(await ids('figure=overdue')).toEqual([pm.p3, pm.p1]); // newest incident first
    expect(await ids('figure=backlogAtEnd&bucket_start=2024-02-01')).toEqual([pm.p3, pm.p1]);
    expect(await ids('figure=created&bucket_start=2024-01-01', 'member')).toEqual([pm.p2, pm.p1]);
    const one = await get(t, `${base}&figure=created&bucket_start=2024-03-01`);
    expect(one).toMatchObject({ total: 0, items: [], range: { from: '2024-03-01', to: '2024-03-31' } });
  });

  it('recurrence: repeats, share, open follow-ups and top clusters', async () => {
    // Cause links are written by the cause analysis; here they are set directly so the figures are known.
    await t.db.delete(recurrences);
    const [cluster] = await t.db
      .insert(causeClusters)
      .values({ label: 'Retry storms', category: 'capacity' })
      .returning();
    await t.db.update(postmortems).set({ clusterId: null });
    await t.db
      .update(postmortems)
      .set({ clusterId: cluster!.id })
      .where(inArray(postmortems.id, [pm.p1!, pm.p2!]));
    await t.db.insert(recurrences).values([
      { postmortemId: pm.p2!, repeatsPostmortemId: pm.p1!, similarity: 0.8, openActionItemCount: 1 },
      { postmortemId: pm.p3!, repeatsPostmortemId: pm.p1!, similarity: 0.5, openActionItemCount: 0 },
    ]);
    const m = await get(t, '/api/metrics/recurrence?from=2024-01-01&to=2024-01-31&bucket=week');
    expect(
      m.buckets.map((b: any) => [b.start, b.incidents, b.repeats, b.share, b.repeatsWithOpenFollowUps]),
    ).toEqual([
      ['2024-01-01', 1, 0, 0, 0],
      ['2024-01-08', 1, 1, 1, 1],
      ['2024-01-15', 0, 0, null, 0],
      ['2024-01-22', 0, 0, null, 0],
      ['2024-01-29', 1, 1, 1, 0],
    ]);
    expect(m.totals).toEqual({
      incidents: 3,
      repeats: 2,
      share: 0.6667,
      repeatsWithOpenFollowUps: 1,
      undated: 1,
    });
    expect(m.topClusters).toEqual([
      { id: cluster!.id, label: 'Retry storms', category: 'capacity', incidents: 2 },
    ]);
    const drill = await get(
      t,
      '/api/metrics/recurrence/drill?from=2024-01-01&to=2024-01-31&bucket=week&figure=repeatsWithOpenFollowUps',
    );
    expect(drill.items.map((i: any) => [i.id, i.title, i.team, i.occurredAt])).toEqual([
      [pm.p2, 'Payment retries', 'payments', '2024-01-08'],
    ]);
    const byCluster = await get(
      t,
      `/api/metrics/recurrence/drill?from=2024-01-01&to=2024-01-31&figure=cluster:${cluster!.id}`,
    );
    expect(byCluster.items.map((i: any) => i.id)).toEqual([pm.p2, pm.p1]);
  });

  it('blame: share with findings, median score per team per bucket, category mix', async () => {
    // Scores and findings come from the blame analysis; fixed here so the medians are known.
    const set = async (id: number, blameScore: number, categories: string[]) => {
      const [row] = await t.db.select().from(postmortems).where(eq(postmortems.id, id));
      await t.db.delete(blameFindings).where(eq(blameFindings.postmortemId, id));
      await t.db
        .update(postmortems)
        .set({ blameScore, blameFindingCount: categories.length })
        .where(eq(postmortems.id, id));
      for (const [i, category] of categories.entries()) {
        await t.db.insert(blameFindings).values({
          revisionId: row!.currentRevisionId!,
          postmortemId: id,
          category,
          start: i,
          end: i + 1,
          text: 'x',
          weight: 1,
          explanation: 'e',
          suggestion: 's',
          fingerprint: `f${id}-${i}`,
          ruleId: 'r',
          version: 't',
        });
      }
    };
    await set(pm.p1!, 40, ['individual-error', 'should-have']);
    await set(pm.p2!, 10, ['should-have']);
    await set(pm.p3!, 0, []);
    const m = await get(t, '/api/metrics/blame?from=2024-01-01&to=2024-01-31&bucket=month');
    const [jan] = m.buckets;
    expect([jan.postmortems, jan.withFindings, jan.share, jan.medianScore]).toEqual([3, 2, 0.6667, 10]);
    expect(jan.teams).toEqual([
      { team: 'payments', postmortems: 2, medianScore: 25 }, // (10 + 40) / 2
      { team: 'search', postmortems: 1, medianScore: 0 },
    ]);
    expect(jan.categories).toEqual({ 'individual-error': 1, 'should-have': 2 });
    expect(m.categories).toEqual([
      { category: 'should-have', findings: 2, postmortems: 2 },
      { category: 'individual-error', findings: 1, postmortems: 1 },
    ]);
    const drill = await get(
      t,
      '/api/metrics/blame/drill?from=2024-01-01&to=2024-01-31&bucket=month&figure=category:individual-error&bucket_start=2024-01-01',
    );
    expect(drill.items.map((i: any) => i.id)).toEqual([pm.p1]);
  });

  it('timeliness: publish delay, detect and recover distributions, volume by severity', async () => {
    await t.db
      .update(postmortems)
      .set({ publishedOn: '2024-01-10', timeToDetectMinutes: 5, timeToRecoverMinutes: 90 })
      .where(eq(postmortems.id, pm.p1!));
    await t.db
      .update(postmortems)
      .set({ publishedOn: '2024-01-22', timeToDetectMinutes: 45, timeToRecoverMinutes: null })
      .where(eq(postmortems.id, pm.p2!));
    await t.db
      .update(postmortems)
      .set({ publishedOn: null, timeToDetectMinutes: null, timeToRecoverMinutes: null, severity: null })
      .where(eq(postmortems.id, pm.p3!));
    const m = await get(t, '/api/metrics/timeliness?from=2024-01-01&to=2024-01-31&bucket=week');
    expect(m.buckets.map((b: any) => [b.start, b.incidents, b.medianDaysToPublish])).toEqual([
      ['2024-01-01', 1, 3],
      ['2024-01-08', 1, 14],
      ['2024-01-15', 0, null],
      ['2024-01-22', 0, null],
      ['2024-01-29', 1, null],
    ]);
    expect(m.totals.bySeverity).toEqual({ SEV1: 0, SEV2: 1, SEV3: 1, SEV4: 0, unknown: 1 });
    expect(m.totals.undated).toBe(1);
    expect([
      m.daysToPublish.count,
      m.daysToPublish.missing,
      m.daysToPublish.median,
      m.daysToPublish.p90,
    ]).toEqual([2, 1, 8.5, 14]);
    expect([m.timeToDetect.count, m.timeToDetect.missing, m.timeToDetect.median]).toEqual([2, 1, 25]);
    expect(m.timeToDetect.histogram[0]).toMatchObject({ max: 15, count: 1 });
    expect([
      m.timeToRecover.count,
      m.timeToRecover.missing,
      m.timeToRecover.median,
      m.timeToRecover.p90,
    ]).toEqual([1, 2, 90, 90]);
    const drill = await get(
      t,
      '/api/metrics/timeliness/drill?from=2024-01-01&to=2024-01-31&bucket=week&figure=severity:unknown',
    );
    expect(drill.items.map((i: any) => i.id)).toEqual([pm.p3]);
  });

  it('exports CSV (one row per bucket per figure) and JSON, and audits both', async () => {
    const res = await t.request(
      '/api/metrics/action-items?from=2024-01-01&to=2024-03-31&bucket=month&format=csv',
      { as: 'leader' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('metric,bucket_start,bucket_end,bucket,figure,key,value');
    expect(lines).toContain('action-items,2024-01-01,2024-01-31,2024-01,created,,8');
    expect(lines).toContain('action-items,2024-02-01,2024-02-29,2024-02,onTimeRate,,0');
    expect(lines).toContain('action-items,2024-03-01,2024-03-31,2024-03,backlogAtEnd,,3');
    expect(lines).toContain('action-items,2024-01-01,2024-03-31,period,timeToClose.median,days,24');
    expect(lines.filter((l) => l.includes(',created,'))).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/alice/);
    const json = await t.request('/api/metrics/blame?from=2024-01-01&to=2024-01-31&format=json', {
      as: 'leader',
    });
    expect(json.status).toBe(200);
    expect(((await json.json()) as any).metric).toBe('blame');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'metrics.export'));
    expect(audits.map((a) => [a.target, JSON.parse(a.detailJson).format])).toEqual([
      ['metrics:action-items', 'csv'],
      ['metrics:blame', 'json'],
    ]);
  });

  it('team comparison: one row per readable team', async () => {
    const all = await get(t, '/api/metrics/team-comparison?from=2024-01-01&to=2024-03-31');
    expect(all.teams.map((r: any) => [r.team, r.postmortems, r.onTimeRate, r.overdueNow])).toEqual([
      // Due: alerting (on time), runbook (open), retry storm (late), dashboards (on time) -> 2 / 4;
      // cap retries (done, date unknown) leaves the rate, the won't-do item is left out.
      ['payments', 2, 0.5, 1],
      ['search', 1, 0, 1],
    ]);
    const member = await get(t, '/api/metrics/team-comparison?from=2024-01-01&to=2024-03-31', 'memberB');
    expect(member.teams.map((r: any) => r.team)).toEqual(['search']);
  });

  it('action-item list: overdue first, quality flags, never by owner', async () => {
    const list = await get(t, '/api/action-items?team=payments');
    expect(list.items.map((i: any) => [i.text, i.overdue])).toEqual([
      ['Write the failover runbook', true],
      // Then by due date (none is open any more): 01-15, 01-20, 01-31, 02-10, SLO 03-04.
      ['Be more careful with deploys', false],
      ['Add alerting on checkout latency', false],
      ['Fix the retry storm', false],
      ['Cap retries per client', false],
      ['Add retry dashboards', false],
    ]);
    const careful = list.items.find((i: any) => i.text.startsWith('Be more careful'));
    expect(careful.quality).toEqual(['vague', 'no-owner']);
    expect(list.items[0].quality).toEqual(['no-owner', 'no-due-date']);
    expect((await t.request('/api/action-items?owner=alice', { as: 'leader' })).status).toBe(200); // unknown params are ignored, not applied
    expect((await t.request('/api/action-items?team=payments', { as: 'memberB' })).status).toBe(404);
    const overdueOnly = await get(t, '/api/action-items?overdue=true');
    expect(overdueOnly.items.map((i: any) => i.text)).toEqual([
      'Automate index rebuilds',
      'Write the failover runbook',
    ]);
  });

  it('meta status reports demo data', async () => {
    expect(await get(t, '/api/meta/status')).toEqual({ demo: false });
    await t.db.update(postmortems).set({ isDemo: true }).where(eq(postmortems.id, pm.p4!));
    expect(await get(t, '/api/meta/status')).toEqual({ demo: true });
    await t.db.update(postmortems).set({ isDemo: false }).where(eq(postmortems.id, pm.p4!));
  });
});
