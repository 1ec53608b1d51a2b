import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reanalyzeCauses } from '../../server/services/causes.js';
import { markdownPostmortem } from '../fixtures/documents.js';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
const ids: Record<string, number> = {};

async function ingest(key: string, opts: Parameters<typeof markdownPostmortem>[0]) {
  const res = await t.request('/api/postmortems', {
    method: 'POST',
    as: 'admin',
    headers: { 'content-type': 'text/markdown' },
    body: markdownPostmortem(opts),
  });
  expect(res.status).toBe(201);
  ids[key] = (await res.json()).postmortemId;
}

beforeAll(async () => {
  t = await createTestApp();
  await ingest('certA', {
    id: 'c-1',
    team: 'payments',
    date: '2026-01-10',
    cause:
      'The TLS certificate on the gateway expired; the renewal cron job had been disabled months earlier.',
  });
  await ingest('dns', {
    id: 'c-2',
    team: 'search',
    date: '2026-02-01',
    title: 'Search outage',
    cause:
      'A CNAME record was changed to point at a decommissioned load balancer, and the 24h TTL kept the bad answer cached.',
  });
  // Same failure, other team, other words; ingested out of date order.
  await ingest('certC', {
    id: 'c-4',
    team: 'search',
    date: '2026-04-02',
    title: 'Mobile API down',
    cause:
      'Clients got NET::ERR_CERT_DATE_INVALID: the SSL cert lapsed because auto-renewal was never set up for the new domain.',
  });
  await ingest('certB', {
    id: 'c-3',
    team: 'search',
    date: '2026-03-05',
    title: 'Login failures',
    cause: 'Our x509 certificate for the identity endpoint was not renewed in time and expired.',
  });
});
afterAll(() => t.close());

describe('recurring causes over the API', () => {
  it('links repeats across teams and wording, earlier to later, with the open follow-ups', async () => {
    const res = await (await t.request(`/api/postmortems/${ids.certB}/recurrences`)).json();
    const repeated = res.repeats.map((r: { postmortemId: number }) => r.postmortemId);
    expect(repeated).toContain(ids.certA);
    expect(repeated).not.toContain(ids.dns);
    const link = res.repeats.find((r: { postmortemId: number }) => r.postmortemId === ids.certA);
    // certA's alert item (due 2026-04-01, open) was still open on 2026-03-05; the done one was not counted.
    expect(link.openFollowUps.map((i: { text: string }) => i.text)).toEqual([
      'Alert 14 days before any certificate expires',
    ]);
    const later = await (await t.request(`/api/postmortems/${ids.certA}/recurrences`)).json();
    expect(later.repeatedBy.map((r: { postmortemId: number }) => r.postmortemId)).toEqual(
      expect.arrayContaining([ids.certB]),
    );
  });

  it('shows another team’s linked postmortem to a member as existing, without its content', async () => {
    const res = await (await t.request(`/api/postmortems/${ids.certA}/recurrences`, { as: 'member' })).json();
    const other = res.repeatedBy.find((r: { postmortemId: number }) => r.postmortemId === ids.certB);
    expect(other).toMatchObject({ restricted: true, title: null, team: 'search' });
    expect((await t.request(`/api/postmortems/${ids.certB}/recurrences`, { as: 'member' })).status).toBe(404);
  });

  it('groups the certificate incidents in one cluster and lists it', async () => {
    const list = await (await t.request('/api/causes')).json();
    const cert = list.items.find((c: { incidents: number }) => c.incidents >= 2);
    expect(cert).toBeTruthy();
    const detail = await (await t.request(`/api/causes/${cert.id}`)).json();
    const members = detail.incidents.map((i: { id: number }) => i.id);
    expect(members).toEqual(expect.arrayContaining([ids.certA, ids.certB]));
    expect(members).not.toContain(ids.dns);
    const report = await (await t.request('/api/teams/search/recurring-report')).json();
    expect(report.clusters.some((c: { id: number }) => c.id === cert.id)).toBe(true);
  });

  it('keeps "not a repeat" and a user label through reanalysis', async () => {
    const mark = await t.request('/api/recurrences/not-a-repeat', {
      method: 'POST',
      json: { postmortemId: ids.certB, repeatsPostmortemId: ids.certA },
    });
    expect(mark.status).toBe(200);
    const clusterId = (await (await t.request(`/api/postmortems/${ids.certC}`)).json()).cause.clusterId;
    expect(
      (
        await t.request(`/api/causes/${clusterId}`, {
          method: 'PATCH',
          json: { label: 'Certificates nobody renewed' },
        })
      ).status,
    ).toBe(200);

    await reanalyzeCauses({ db: t.db, recurrenceWindowDays: 365 }, { force: true });

    const after = await (await t.request(`/api/postmortems/${ids.certB}/recurrences`)).json();
    expect(after.repeats.map((r: { postmortemId: number }) => r.postmortemId)).not.toContain(ids.certA);
    const newCluster = (await (await t.request(`/api/postmortems/${ids.certC}`)).json()).cause.clusterId;
    const relabelled = await (await t.request(`/api/causes/${newCluster}`)).json();
    expect(relabelled.label).toBe('Certificates nobody renewed');
  });

  it('validates corrections', async () => {
    const res = await t.request('/api/causes/merge', { method: 'POST', json: { clusterIds: [1] } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('clusterIds');
  });
});
