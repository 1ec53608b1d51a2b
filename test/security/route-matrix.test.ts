/**
 * Every route against every role. The route list comes from the OpenAPI registry, so routes other
 * engineers add later are covered without touching this file; a mounted route nobody described fails
 * the first test. Two teams' data are seeded through the API; team "payments" documents carry a canary
 * word that no response to a member of team "search" (or to an ingest token) may ever contain.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../server/openapi.js';
import { createTestApp, type TestApp } from '../harness.js';

const CANARY = 'Quokkacanary';
const ROLES = ['admin', 'leader', 'member', 'memberB', 'ingest'] as const;
type Role = (typeof ROLES)[number];

interface Operation {
  method: string;
  path: string;
  auth: 'credentials' | 'public-or-signature';
}

let t: TestApp;
const ids = {
  a1: 0,
  a2: 0,
  b1: 0,
  actionItemA: 0,
  findingA: 0,
  clusterA: 0,
  clusterB: 0,
  tokenMember: 0,
  subscriptionA: 0,
};

function teamDocument(opts: { id: string; team: string; date: string; canary: boolean; cause: string }) {
  const mark = opts.canary ? ` ${CANARY}` : '';
  return `---
id: ${opts.id}
source: matrix
title: Checkout latency spike${mark} ${opts.id}
date: ${opts.date}
severity: SEV2
team: ${opts.team}
services: [checkout-api]
---
# Checkout latency spike${mark}

## Summary
Checkout requests slowed down for forty minutes.

## Impact
Customers of the${mark} storefront waited at the payment step.

## Timeline
- 10:02 alert fired
- 10:40 mitigated${mark}

## Root cause
${opts.cause}

## Contributing factors
Bob${mark} should have noticed the warning but he ignored it.

## Action items
| Action | Owner | Due | Status |
|---|---|---|---|
| Add an alert on connection pool saturation${mark} | ${opts.canary ? CANARY : 'robin'} | 2026-04-01 | TODO |
| Load-test the pool size before releases | sam | 2026-04-15 | TODO |
`;
}

const SHARED_CAUSE =
  'The database connection pool was exhausted because the pool size was lowered in a configuration change.';

function operations(): Operation[] {
  const doc = openApiDocument() as { paths: Record<string, Record<string, { security: unknown[] }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      auth: op.security.length === 0 ? ('public-or-signature' as const) : ('credentials' as const),
    })),
  );
}

/** A concrete URL for an OpenAPI path, pointing at team payments' resources. */
function concrete(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'team') return 'payments';
    if (path.startsWith('/api/action-items/')) return String(ids.actionItemA);
    if (path.startsWith('/api/findings/')) return String(ids.findingA);
    // pay-2's cluster: payments only (pay-1's is shared with the search team's repeat).
    if (path.startsWith('/api/causes/')) return String(ids.clusterB);
    if (path.startsWith('/api/tokens/')) return String(ids.tokenMember);
    if (path.startsWith('/api/subscriptions/')) return String(ids.subscriptionA);
    return String(ids.a1);
  });
}

/** Valid bodies for writes, aimed at team payments, so a refusal proves authorisation and not validation. */
function bodyFor(op: Operation): { body?: string; contentType?: string } {
  const json = (v: unknown) => ({ body: JSON.stringify(v), contentType: 'application/json' });
  const key = `${op.method} ${op.path}`;
  switch (key) {
    case 'POST /api/postmortems':
      return {
        body: teamDocument({
          id: 'intruder',
          team: 'payments',
          date: '2026-05-01',
          canary: false,
          cause: 'x',
        }),
        contentType: 'text/markdown',
      };
    case 'POST /api/postmortems/bulk':
      return json({
        documents: [
          {
            content: teamDocument({
              id: 'intruder-bulk',
              team: 'payments',
              date: '2026-05-01',
              canary: false,
              cause: 'x',
            }),
          },
        ],
      });
    case 'PATCH /api/action-items/{id}':
      return json({ status: 'done' });
    case 'POST /api/findings/{id}/dismiss':
      return json({ reason: 'not blame' });
    case 'PATCH /api/causes/{id}':
      return json({ label: 'hijacked label' });
    case 'POST /api/causes/merge':
      return json({ clusterIds: [ids.clusterA, ids.clusterB] });
    case 'POST /api/causes/{id}/split':
      return json({ postmortemIds: [ids.a2] });
    case 'POST /api/recurrences/not-a-repeat':
      return json({ postmortemId: ids.a2, repeatsPostmortemId: ids.a1 });
    case 'PATCH /api/postmortems/{id}/cause':
      return json({ category: 'capacity' });
    case 'POST /api/subscriptions':
      return json({ email: 'intruder@example.test', scope: 'teams', teams: ['payments'] });
    case 'POST /api/tokens':
      return json({ name: 'intruder', role: 'admin' });
    case 'POST /api/admin/erase-person':
      return json({ name: CANARY });
    case 'POST /api/lint':
      return { body: 'Bob forgot to check the dashboard.', contentType: 'text/markdown' };
    default:
      return op.method === 'GET' || op.method === 'DELETE' ? {} : json({});
  }
}

function call(op: Operation, as: Role | null, url = concrete(op.path)) {
  const { body, contentType } = bodyFor(op);
  return t.request(url, {
    method: op.method,
    as,
    ...(body !== undefined ? { body, headers: { 'content-type': contentType! } } : {}),
  });
}

/** What must stay untouched when non-owners try their writes. */
async function teamASnapshot() {
  return t.db.all(sql`
    select
      (select count(*) from postmortems where team_id = 'payments') as postmortems,
      (select group_concat(status) from action_items where team_id = 'payments') as statuses,
      (select count(*) from blame_dismissals) as dismissals,
      (select group_concat(title) from postmortems where team_id = 'payments') as titles,
      (select group_concat(coalesce(category_override, '') || cluster_id) from cause_features where postmortem_id in (${ids.a1}, ${ids.a2})) as causes,
      (select group_concat(label) from cause_clusters) as labels,
      (select count(*) from cause_corrections) as corrections,
      (select count(*) from tokens where revoked_at is null) as tokens,
      (select count(*) from subscriptions) as subscriptions,
      (select count(*) from recurrences) as recurrences`);
}

beforeAll(async () => {
  t = await createTestApp({
    GITHUB_WEBHOOK_SECRET: 'matrix-github-secret',
    JIRA_WEBHOOK_SECRET: 'matrix-jira-secret',
  });
  const ingest = async (id: string, team: string, date: string, canary: boolean, cause: string) => {
    const res = await t.request('/api/postmortems', {
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: teamDocument({ id, team, date, canary, cause }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { postmortemId: number }).postmortemId;
  };
  ids.a1 = await ingest('pay-1', 'payments', '2026-01-10', true, SHARED_CAUSE);
  const memoryCause = 'The card tokenisation service ran out of memory after a dependency upgrade.';
  ids.a2 = await ingest('pay-2', 'payments', '2026-02-10', true, memoryCause);
  // pay-2's repeat: its cluster has two payments postmortems, so a split of one of them is valid.
  await ingest('pay-3', 'payments', '2026-02-20', true, memoryCause);
  // Same cause as pay-1, later, in another team: a recurrence link across teams.
  ids.b1 = await ingest('search-1', 'search', '2026-03-10', false, SHARED_CAUSE);

  const [item] = (await t.db.all(
    sql`select id from action_items where postmortem_id = ${ids.a1} order by position limit 1`,
  )) as { id: number }[];
  ids.actionItemA = item!.id;
  const [finding] = (await t.db.all(
    sql`select id from blame_findings where postmortem_id = ${ids.a1} limit 1`,
  )) as { id: number }[];
  ids.findingA = finding?.id ?? 999_999;
  const clusters = (await t.db.all(sql`select postmortem_id as pm, cluster_id as c from cause_features`)) as {
    pm: number;
    c: number;
  }[];
  ids.clusterA = clusters.find((c) => c.pm === ids.a1)?.c ?? 999_999;
  ids.clusterB = clusters.find((c) => c.pm === ids.a2)?.c ?? 999_998;
  const token = await t.request('/api/tokens', {
    method: 'POST',
    json: { name: 'matrix member', role: 'member', teams: ['payments'] },
  });
  ids.tokenMember = ((await token.json()) as { id: number }).id;
  const subscription = await t.request('/api/subscriptions', {
    as: 'member',
    method: 'POST',
    json: { email: 'payments-lead@example.test', scope: 'teams', teams: ['payments'] },
  });
  ids.subscriptionA = subscription.ok ? ((await subscription.json()) as { id: number }).id : 999_999;
});

afterAll(() => t.close());

describe('route registry', () => {
  it('describes every mounted /api route in OpenAPI (so this matrix covers it)', () => {
    const described = operations().map((o) => `${o.method} ${o.path}`);
    // Public meta routes that describe the API itself.
    const meta = new Set(['GET /api/health', 'GET /api/openapi.json', 'GET /api/docs']);
    const mounted = t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(mounted.length).toBeGreaterThan(10);
    // A parameterised route may be described once per concrete value (GET /api/metrics/{name}).
    const covered = (route: string) => {
      const pattern = new RegExp(
        `^${route.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}$`,
      );
      return described.some((d) => d === route || pattern.test(d));
    };
    expect(mounted.filter((r) => !meta.has(r) && !covered(r))).toEqual([]);
  });
});

describe('every route, every role', () => {
  it('needs credentials unless public or signature-checked', async () => {
    const failures: string[] = [];
    for (const op of operations()) {
      const res = await call(op, null);
      if (op.auth === 'credentials' && res.status !== 401)
        failures.push(`${op.method} ${op.path}: ${res.status}`);
      if (res.status >= 500) failures.push(`${op.method} ${op.path}: ${res.status} without credentials`);
    }
    expect(failures).toEqual([]);
  });

  it('answers every role without a server error', async () => {
    const failures: string[] = [];
    for (const op of operations()) {
      for (const as of ROLES) {
        // Owners' destructive writes are exercised by the feature tests; here they would remove the seed.
        if (op.method !== 'GET' && (as === 'admin' || as === 'member')) continue;
        const res = await call(op, as);
        if (res.status >= 500)
          failures.push(`${as} ${op.method} ${op.path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("never shows team payments' data to a member of another team or an ingest token", async () => {
    // Positive control: the canary is visible where it should be, so the check below can fail.
    const own = await t.request(`/api/postmortems/${ids.a1}`, { as: 'member' });
    expect(await own.text()).toContain(CANARY);

    const leaks: string[] = [];
    // Filters, search, exports (CSV) and drill-downs, all aimed at payments.
    const variants = [
      '',
      '?team=payments',
      `?q=${CANARY}`,
      '?teams=payments',
      '?scope=team:payments',
      '?from=2025-01-01&to=2027-01-01',
      '?team=payments&format=csv&from=2025-01-01&to=2027-01-01',
      '?team=payments&bucket=2026-01&from=2025-01-01&to=2027-01-01',
    ];
    const gets = operations().filter((o) => o.method === 'GET' && o.auth === 'credentials');
    expect(gets.length).toBeGreaterThan(8);
    for (const op of gets) {
      for (const as of ['memberB', 'ingest'] as const) {
        for (const variant of variants) {
          const res = await call(op, as, `${concrete(op.path)}${variant}`);
          const text = await res.text();
          if (text.toLowerCase().includes(CANARY.toLowerCase()))
            leaks.push(`${as} GET ${op.path}${variant}: ${res.status}`);
          // A path naming one of payments' resources is refused outright, not served empty.
          if (op.path.includes('{') && res.ok)
            leaks.push(`${as} GET ${op.path}${variant}: ${res.status} (should be 403/404)`);
        }
      }
    }
    // Their own team's postmortem links to the earlier payments incident at most by id, without its content.
    const recurrences = await t.request(`/api/postmortems/${ids.b1}/recurrences`, { as: 'memberB' });
    if (recurrences.ok) expect(await recurrences.text()).not.toContain(CANARY);
    const detailB = await t.request(`/api/postmortems/${ids.b1}`, { as: 'memberB' });
    expect(detailB.status).toBe(200);
    expect(await detailB.text()).not.toContain(CANARY);
    expect(leaks).toEqual([]);
  });

  it("drill-downs behind every metric figure show payments' postmortems to admins only, never to another team", async () => {
    const range = 'from=2025-01-01&to=2027-01-01';
    const drills = operations().filter((o) => o.method === 'GET' && o.path.endsWith('/drill'));
    let adminSawCanary = false;
    const leaks: string[] = [];
    for (const op of drills) {
      const base = op.path.slice(0, -'/drill'.length);
      // The figures a metric has, from its CSV export as the admin sees it.
      const csv = await (await t.request(`${base}?team=payments&format=csv&${range}`)).text();
      const figures = [
        ...new Set(
          csv
            .split('\n')
            .slice(1)
            .map((line) => line.split(',')[4]?.split('.')[0])
            .filter(Boolean),
        ),
      ].slice(0, 4);
      for (const figure of figures) {
        const url = `${op.path}?team=payments&figure=${encodeURIComponent(figure!)}&${range}`;
        if ((await (await t.request(url)).text()).includes(CANARY)) adminSawCanary = true;
        for (const as of ['memberB', 'ingest'] as const) {
          const res = await t.request(url, { as });
          if ((await res.text()).includes(CANARY)) leaks.push(`${as} ${url}: ${res.status}`);
        }
      }
    }
    expect(drills.length).toBeGreaterThan(0);
    // Positive control: the drill-downs do list payments' postmortems to someone allowed to see them.
    expect(adminSawCanary).toBe(true);
    expect(leaks).toEqual([]);
  });

  it("refuses writes to team payments' resources by other teams, leaders and ingest tokens, and changes nothing", async () => {
    const before = await teamASnapshot();
    const allowed = new Set([
      // Ingest tokens write postmortems for every team unless scoped.
      'ingest POST /api/postmortems',
      'ingest POST /api/postmortems/bulk',
      // A leader may subscribe themselves to any team's digest (reading everything is their role).
      'leader POST /api/subscriptions',
      // Write-only tokens may update follow-ups (trackers, automation).
      'ingest PATCH /api/action-items/{id}',
      // Answered per document; checked below.
      'memberB POST /api/postmortems/bulk',
      'leader POST /api/postmortems/bulk',
    ]);
    const stateless = new Set(['POST /api/lint']);
    const failures: string[] = [];
    for (const op of operations()) {
      if (op.method === 'GET' || op.auth !== 'credentials' || stateless.has(`${op.method} ${op.path}`))
        continue;
      for (const as of ['memberB', 'leader', 'ingest'] as const) {
        if (allowed.has(`${as} ${op.method} ${op.path}`)) continue;
        const res = await call(op, as);
        const text = await res.text();
        if (res.status !== 403 && res.status !== 404)
          failures.push(`${as} ${op.method} ${op.path}: ${res.status} ${text.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    // A bulk ingest by a member of another team is answered per document: each one refused.
    const bulk = await t.request('/api/postmortems/bulk', {
      as: 'memberB',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyFor({ method: 'POST', path: '/api/postmortems/bulk', auth: 'credentials' }).body!,
    });
    if (bulk.ok) {
      const { results } = (await bulk.json()) as { results: { status: string; error?: { code: string } }[] };
      expect(results.every((r) => r.status === 'failed' && r.error?.code === 'forbidden')).toBe(true);
    }
    expect(await teamASnapshot()).toEqual(before);
  });

  it('keeps admin routes to admins', async () => {
    const adminOnly = operations().filter((o) => /^\/api\/(tokens|audit|admin\/)/.test(o.path));
    expect(adminOnly.length).toBeGreaterThanOrEqual(5);
    for (const op of adminOnly) {
      for (const as of ['leader', 'member', 'memberB', 'ingest'] as const) {
        expect((await call(op, as)).status, `${as} ${op.method} ${op.path}`).toBe(403);
      }
      if (op.method === 'GET') expect((await call(op, 'admin')).status, `admin GET ${op.path}`).toBe(200);
    }
  });
});
