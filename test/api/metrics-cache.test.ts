/**
 * The metrics response cache must never serve an answer the data no longer gives. After every kind of
 * write (ingest, re-ingest of a changed revision, PATCH of an action item, tracker webhook, delete, and
 * a raw SQL write no service knows about) each cached API answer (metrics, team comparison, the
 * postmortem list) is compared with the same answer computed uncached, for principals with different
 * team scopes.
 */
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.js';
import { cachedJson, metricsCacheKey, metricsDataVersion } from '../../server/services/metrics/cache.js';
import {
  computeMetric,
  METRIC_NAMES,
  parseMetricsQuery,
  sloDays,
  teamComparison,
} from '../../server/services/metrics/index.js';
import { listPostmortems } from '../../server/services/postmortems.js';
import type { Principal } from '../../server/services/principal.js';
import { createTestApp, type TestApp } from '../harness.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const GITHUB_SECRET = 'gh-cache-secret';
const RANGE = { from: '2026-01-01', to: '2026-03-31', bucket: 'week' };

const principal = (role: Principal['role'], teams: string[] = []): Principal => ({
  role,
  teams,
  subject: `test:${role}`,
  via: 'token',
  tokenId: null,
  sessionId: null,
});
const VIEWERS = [
  { as: 'leader' as const, principal: principal('leader') },
  { as: 'member' as const, principal: principal('member', ['payments']) },
  { as: 'memberB' as const, principal: principal('member', ['search']) },
];

let t: TestApp;

function doc(
  externalId: string,
  team: string,
  occurredAt: string,
  items: { text: string; status: string; due?: string; ticket?: string }[],
) {
  return {
    externalId,
    title: `Incident ${externalId}`,
    occurredAt,
    severity: 'SEV2',
    team,
    summary: `The ${team} service returned errors.`,
    services: team === 'payments' ? ['refunds'] : ['indexer'],
    actionItems: items,
  };
}

async function ingest(body: unknown): Promise<number> {
  const res = await t.request('/api/postmortems', { method: 'POST', as: 'admin', json: body });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return ((await res.json()) as { postmortemId: number }).postmortemId;
}

async function itemsOf(id: number): Promise<{ id: number; text: string; status: string }[]> {
  const res = await t.request(`/api/postmortems/${id}`, { as: 'admin' });
  return ((await res.json()) as { actionItems: { id: number; text: string; status: string }[] }).actionItems;
}

/** Every metric through the API (twice: the second answer comes from the cache) equals a direct computation. */
async function expectCachedEqualsDirect(): Promise<void> {
  const slo = sloDays(t.config);
  const q = parseMetricsQuery(RANGE, NOW);
  const query = new URLSearchParams(RANGE).toString();
  for (const viewer of VIEWERS) {
    for (const name of METRIC_NAMES) {
      const direct = JSON.parse(JSON.stringify(await computeMetric(t.db, viewer.principal, name, q, slo)));
      for (let round = 0; round < 2; round++) {
        const res = await t.request(`/api/metrics/${name}?${query}`, { as: viewer.as });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(await res.json(), `${name} as ${viewer.as}, round ${round}`).toEqual(direct);
      }
    }
    // The list: the cache is per database handle, so a fresh handle on the same file answers uncached.
    const fresh = createDb({ url: t.dbUrl });
    try {
      for (const filters of [{ limit: 50 }, { limit: 1 }, { limit: 50, service: 'refunds' }]) {
        const expected = JSON.parse(
          JSON.stringify(await listPostmortems(fresh.db, viewer.principal, filters)),
        );
        const search = new URLSearchParams(Object.entries(filters).map(([k, v]) => [k, String(v)]));
        for (let round = 0; round < 2; round++) {
          const res = await t.request(`/api/postmortems?${search}`, { as: viewer.as });
          expect(await res.json(), `list ${search} as ${viewer.as}`).toEqual(expected);
        }
      }
    } finally {
      fresh.close();
    }
    const direct = JSON.parse(
      JSON.stringify({ query: q, ...(await teamComparison(t.db, viewer.principal, q, slo)) }),
    );
    for (let round = 0; round < 2; round++) {
      const res = await t.request(`/api/metrics/team-comparison?${query}`, { as: viewer.as });
      expect(await res.json(), `team-comparison as ${viewer.as}`).toEqual(direct);
    }
  }
}

async function totals(as: 'leader' | 'member' = 'leader') {
  const res = await t.request(`/api/metrics/action-items?${new URLSearchParams(RANGE)}`, { as });
  return ((await res.json()) as { totals: { created: number; completed: number } }).totals;
}

beforeAll(async () => {
  t = await createTestApp({ GITHUB_WEBHOOK_SECRET: GITHUB_SECRET }, () => NOW);
});
afterAll(() => t.close());

describe('metrics response cache', () => {
  let first: number;

  it('computes once per data version and recomputes after any write to a metrics table', async () => {
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const before = await metricsDataVersion(t.db);
    expect(before).not.toBe('');
    expect(await cachedJson(t.db, 'probe', compute)).toBe('{"n":1}');
    expect(await cachedJson(t.db, 'probe', compute)).toBe('{"n":1}');
    await ingest(doc('probe', 'payments', '2026-01-05', [{ text: 'Probe item', status: 'open' }]));
    expect(await metricsDataVersion(t.db)).not.toBe(before);
    expect(await cachedJson(t.db, 'probe', compute)).toBe('{"n":2}');
    expect(computed).toBe(2);
  });

  it('keys answers by the readable teams, the query and the SLO days', () => {
    const q = parseMetricsQuery(RANGE, NOW);
    const slo = { sev12: 28, other: 56 };
    const leader = metricsCacheKey('blame', principal('leader'), q, slo);
    expect(metricsCacheKey('blame', principal('admin'), q, slo)).toBe(leader);
    expect(metricsCacheKey('blame', principal('member', ['payments']), q, slo)).not.toBe(leader);
    expect(metricsCacheKey('blame', principal('member', ['b', 'a']), q, slo)).toBe(
      metricsCacheKey('blame', principal('member', ['a', 'b']), q, slo),
    );
    expect(metricsCacheKey('blame', principal('leader'), { ...q, today: '2026-03-21' }, slo)).not.toBe(
      leader,
    );
    expect(metricsCacheKey('blame', principal('leader'), q, { sev12: 7, other: 56 })).not.toBe(leader);
    expect(metricsCacheKey('action-items', principal('leader'), q, slo)).not.toBe(leader);
  });

  it('matches direct computation after ingests for two teams', async () => {
    await expectCachedEqualsDirect();
    first = await ingest(
      doc('a', 'payments', '2026-01-12', [
        { text: 'Add a dead-letter queue', status: 'open', due: '2026-02-01', ticket: 'acme/payments#12' },
        { text: 'Alert on queue age', status: 'done', due: '2026-02-01' },
      ]),
    );
    await expectCachedEqualsDirect();
    await ingest(doc('b', 'search', '2026-02-03', [{ text: 'Shard the index', status: 'open' }]));
    await expectCachedEqualsDirect();
    expect((await totals('member')).created).toBe(3);
    expect((await totals('leader')).created).toBe(4);
  });

  it('matches after a PATCH of an action item', async () => {
    const before = await totals();
    const item = (await itemsOf(first)).find((i) => i.text === 'Add a dead-letter queue')!;
    const res = await t.request(`/api/action-items/${item.id}`, {
      method: 'PATCH',
      as: 'admin',
      json: { status: 'done', completedOn: '2026-01-30' },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await totals()).completed).toBe(before.completed + 1);
    await expectCachedEqualsDirect();
  });

  it('matches after a re-ingest with a changed revision', async () => {
    await ingest(
      doc('a', 'payments', '2026-01-19', [
        { text: 'Add a dead-letter queue', status: 'open', due: '2026-02-01', ticket: 'acme/payments#12' },
        { text: 'Alert on queue age', status: 'done', due: '2026-02-01' },
        { text: 'Replay runbook', status: 'wont-do' },
      ]),
    );
    await expectCachedEqualsDirect();
  });

  it('matches after a tracker webhook completes an item', async () => {
    const item = (await itemsOf(first)).find((i) => i.text === 'Add a dead-letter queue')!;
    await t.request(`/api/action-items/${item.id}`, {
      method: 'PATCH',
      as: 'admin',
      json: { status: 'open' },
    });
    await expectCachedEqualsDirect();
    const body = JSON.stringify({
      action: 'closed',
      issue: {
        number: 12,
        html_url: 'https://github.com/acme/payments/issues/12',
        state: 'closed',
        state_reason: 'completed',
        closed_at: '2026-02-10T10:00:00Z',
        updated_at: '2026-02-10T10:00:00Z',
      },
      repository: { full_name: 'acme/payments' },
    });
    const res = await t.request('/api/webhooks/github', {
      method: 'POST',
      as: null,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'issues',
        'x-github-delivery': 'cache-1',
        'x-hub-signature-256': `sha256=${createHmac('sha256', GITHUB_SECRET).update(body).digest('hex')}`,
      },
      body,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await itemsOf(first)).find((i) => i.id === item.id)!.status).toBe('done');
    await expectCachedEqualsDirect();
  });

  it('matches after a write no service knows about (raw SQL) and after a delete', async () => {
    await t.db.run(sql`update action_items set completed_on = '2026-03-01' where status = 'done'`);
    await expectCachedEqualsDirect();
    await t.db.run(
      sql`update postmortems set blame_score = 40, blame_finding_count = 2 where external_id = 'b'`,
    );
    await expectCachedEqualsDirect();
    await t.db.run(
      sql`insert into postmortem_services (postmortem_id, service) select id, 'refunds' from postmortems where external_id = 'b'`,
    );
    await expectCachedEqualsDirect();
    const refunds = (await (await t.request('/api/postmortems?service=refunds')).json()) as {
      items: { title: string }[];
    };
    expect(refunds.items.map((i) => i.title).sort()).toEqual(['Incident a', 'Incident b', 'Incident probe']);
    const before = await totals();
    const res = await t.request(`/api/postmortems/${first}`, { method: 'DELETE', as: 'admin' });
    expect(res.status).toBe(204);
    expect((await totals()).created).toBeLessThan(before.created);
    await expectCachedEqualsDirect();
  });
});
