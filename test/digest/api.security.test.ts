/** Who may manage subscriptions and preview which digest. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { NOW, type Seeded, seedOrganisation, WEEK } from './helpers.js';

let t: TestApp;
let seeded: Seeded;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => NOW);
  seeded = await seedOrganisation(t);
});
afterAll(() => t.close());

const post = (json: unknown, as: 'admin' | 'leader' | 'member' | 'memberB' | 'ingest' | null) =>
  t.request('/api/subscriptions', { method: 'POST', json, as });

describe('subscriptions', () => {
  it('validates the time zone, send time and scope', async () => {
    const bad = await post({ email: 'x@example.com', scope: 'org', timeZone: 'Mars/Olympus' }, 'admin');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('timeZone');
    expect((await post({ email: 'x@example.com', scope: 'org', sendHour: 24 }, 'admin')).status).toBe(400);
    expect((await post({ email: 'x@example.com', scope: 'teams', teams: [] }, 'admin')).status).toBe(400);
    expect((await post({ email: 'not-an-address', scope: 'org' }, 'admin')).status).toBe(400);
    const ok = await post({ email: 'X@Example.com', scope: 'org', timeZone: 'Europe/Berlin' }, 'admin');
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({
      email: 'x@example.com',
      scope: 'org',
      timeZone: 'Europe/Berlin',
      sendDay: 1,
      sendHour: 8,
    });
  });

  it('lets members subscribe to their own teams only, and leaders to the organisation', async () => {
    expect((await post({ email: 'm@example.com', scope: 'org' }, 'member')).status).toBe(403);
    expect((await post({ email: 'm@example.com', scope: 'teams', teams: ['search'] }, 'member')).status).toBe(
      403,
    );
    expect(
      (await post({ email: 'm@example.com', scope: 'teams', teams: ['payments', 'search'] }, 'member'))
        .status,
    ).toBe(403);
    expect(
      (await post({ email: 'm@example.com', scope: 'teams', teams: ['payments'] }, 'member')).status,
    ).toBe(201);
    expect((await post({ email: 'l@example.com', scope: 'org' }, 'leader')).status).toBe(201);
    expect((await post({ email: 'i@example.com', scope: 'org' }, 'ingest')).status).toBe(403);
    expect((await post({ email: 'n@example.com', scope: 'org' }, null)).status).toBe(401);
  });

  it('shows and deletes everything for admins; nothing of others for token holders', async () => {
    const all = (await (await t.request('/api/subscriptions')).json()) as {
      items: { id: number; email: string }[];
    };
    expect(all.items.map((s) => s.email)).toEqual(expect.arrayContaining(['m@example.com', 'l@example.com']));
    const mine = (await (await t.request('/api/subscriptions', { as: 'member' })).json()) as {
      items: unknown[];
    };
    expect(mine.items).toEqual([]);
    const target = all.items.find((s) => s.email === 'l@example.com')!;
    expect(
      (await t.request(`/api/subscriptions/${target.id}`, { method: 'DELETE', as: 'member' })).status,
    ).toBe(404);
    expect(
      (await t.request(`/api/subscriptions/${target.id}`, { method: 'DELETE', as: 'admin' })).status,
    ).toBe(204);
    expect(
      (await t.request(`/api/subscriptions/${target.id}`, { method: 'DELETE', as: 'admin' })).status,
    ).toBe(404);
  });
});

describe('digest preview', () => {
  const preview = (query: string, as: 'admin' | 'leader' | 'member' | 'memberB' | 'ingest' | null) =>
    t.request(`/api/digest/preview?${query}`, { as });

  it('renders for leaders and admins in any scope, for members only their teams', async () => {
    const org = await preview(`scope=org&week=${WEEK}`, 'leader');
    expect(org.status).toBe(200);
    const body = (await org.json()) as { subject: string; html: string; text: string; isoWeek: string };
    expect(body.subject).toBe('2 repeats of earlier causes, 2 follow-ups overdue — Pulse weekly, 2026-W47');
    expect(body.html).toContain('<table');
    expect(body.text).not.toContain('unsubscribe');
    expect((await preview('scope=team:search', 'admin')).status).toBe(200);
    expect((await preview('scope=org', 'member')).status).toBe(403);
    expect((await preview('scope=team:search', 'member')).status).toBe(403);
    expect((await preview('scope=team:payments', 'ingest')).status).toBe(403);
    expect((await preview('scope=org', null)).status).toBe(401);
    expect((await preview('scope=org&week=2026-W99', 'admin')).status).toBe(400);
    expect((await preview('scope=everyone', 'admin')).status).toBe(400);

    const own = await preview(`scope=team:payments&week=${WEEK}`, 'member');
    expect(own.status).toBe(200);
    const ownBody = (await own.json()) as { html: string; text: string };
    for (const s of seeded.searchOnly) {
      expect(ownBody.html).not.toContain(s);
      expect(ownBody.text).not.toContain(s);
    }
  });

  it('defaults to the last complete week', async () => {
    const res = await preview('scope=team:payments', 'member');
    expect(((await res.json()) as { isoWeek: string }).isoWeek).toBe(WEEK);
  });
});

it('escapes document text in the HTML', async () => {
  await t.request('/api/postmortems', {
    method: 'POST',
    json: {
      externalId: 'xss',
      title: '<img src=x onerror=alert(1)> "quoted" & <b>bold</b>',
      occurredAt: '2026-11-20',
      team: 'payments',
      rootCauses: ['A script tag <script>alert(1)</script> in the cause.'],
      actionItems: [{ text: '<script>steal()</script> fix it', status: 'open', due: '2026-11-01' }],
    },
  });
  const res = await t.request(`/api/digest/preview?scope=org&week=${WEEK}`, { as: 'admin' });
  const { html, text } = (await res.json()) as { html: string; text: string };
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script');
  expect(html).toContain(
    '&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;',
  );
  expect(html).toContain('&lt;script&gt;steal()&lt;/script&gt; fix it');
  expect(text).toContain('<script>steal()</script> fix it');
});
