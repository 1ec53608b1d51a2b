import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';

const GITHUB_SECRET = 'gh-test-secret';
const JIRA_SECRET = 'jira-test-secret';
let t: TestApp;
let items: {
  id: number;
  text: string;
  ticket: string | null;
  status: string;
  completedOn: string | null;
  statusSource: string;
}[];
let postmortemId: number;

const sign = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

// Payloads written from GitHub's documented `issues` event shape.
function githubIssue(
  action: string,
  number: number,
  state: 'open' | 'closed',
  updatedAt: string,
  extra: Record<string, unknown> = {},
) {
  return {
    action,
    issue: {
      number,
      html_url: `https://github.com/acme/payments/issues/${number}`,
      state,
      state_reason: state === 'closed' ? 'completed' : null,
      closed_at: state === 'closed' ? updatedAt : null,
      updated_at: updatedAt,
      ...extra,
    },
    repository: { full_name: 'acme/payments' },
  };
}

async function deliverGithub(payload: unknown, delivery: string, secret = GITHUB_SECRET) {
  const body = JSON.stringify(payload);
  return t.request('/api/webhooks/github', {
    method: 'POST',
    as: null,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'issues',
      'x-github-delivery': delivery,
      'x-hub-signature-256': sign(secret, body),
    },
    body,
  });
}

// Payload written from Jira Cloud's documented `jira:issue_updated` webhook shape.
function jiraIssue(
  key: string,
  category: 'done' | 'indeterminate' | 'new',
  timestamp: number,
  resolution: string | null = null,
) {
  return {
    timestamp,
    webhookEvent: 'jira:issue_updated',
    issue_event_type_name: 'issue_generic',
    issue: {
      key,
      self: 'https://acme.atlassian.net/rest/api/2/issue/10042',
      fields: {
        status: { name: category === 'done' ? 'Done' : 'In Progress', statusCategory: { key: category } },
        resolution: resolution ? { name: resolution } : null,
        resolutiondate: category === 'done' ? new Date(timestamp).toISOString() : null,
        updated: new Date(timestamp).toISOString(),
      },
    },
  };
}

async function deliverJira(payload: unknown, delivery: string) {
  const body = JSON.stringify(payload);
  return t.request('/api/webhooks/jira', {
    method: 'POST',
    as: null,
    headers: {
      'content-type': 'application/json',
      'x-atlassian-webhook-identifier': delivery,
      'x-hub-signature': sign(JIRA_SECRET, body),
    },
    body,
  });
}

async function refresh() {
  const detail = await (await t.request(`/api/postmortems/${postmortemId}`)).json();
  items = detail.actionItems;
  return items;
}
const item = (ticket: string) => items.find((i) => i.ticket === ticket)!;

beforeAll(async () => {
  t = await createTestApp({ GITHUB_WEBHOOK_SECRET: GITHUB_SECRET, JIRA_WEBHOOK_SECRET: JIRA_SECRET });
  const res = await t.request('/api/postmortems', {
    method: 'POST',
    as: 'ingest',
    json: {
      externalId: 'tracked',
      title: 'Refund queue stalled',
      occurredAt: '2026-02-02',
      severity: 'SEV2',
      team: 'payments',
      actionItems: [
        {
          text: 'Add a dead-letter queue',
          status: 'open',
          due: '2026-03-01',
          ticket: 'https://github.com/acme/payments/issues/12',
        },
        { text: 'Alert on queue age', status: 'open', due: '2026-03-01', ticket: 'acme/payments#13' },
        { text: 'Document the replay procedure', status: 'open', ticket: 'PAY-77' },
        { text: 'Load test the consumer', status: 'open', ticket: 'PAY-78' },
      ],
    },
  });
  postmortemId = (await res.json()).postmortemId;
  await refresh();
});
afterAll(() => t.close());

describe('tracker webhooks', () => {
  it('links items to canonical ticket refs', () => {
    expect(items.map((i) => i.ticket)).toEqual(['acme/payments#12', 'acme/payments#13', 'PAY-77', 'PAY-78']);
    expect(items.every((i) => i.statusSource === 'document')).toBe(true);
  });

  it('rejects a bad signature with 401 and changes nothing', async () => {
    const res = await deliverGithub(
      githubIssue('closed', 12, 'closed', '2026-02-20T10:00:00Z'),
      'bad-1',
      'wrong-secret',
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
    await refresh();
    expect(item('acme/payments#12').status).toBe('open');
  });

  it('ignores tokens: a valid admin token without a signature is still 401', async () => {
    const res = await t.request('/api/webhooks/github', {
      method: 'POST',
      as: 'admin',
      headers: { 'content-type': 'application/json', 'x-github-event': 'issues' },
      body: '{}',
    });
    expect(res.status).toBe(401);
  });

  it('completes an item when its GitHub issue closes, with the close time; a replay is a no-op', async () => {
    const payload = githubIssue('closed', 12, 'closed', '2026-02-20T10:00:00Z');
    expect((await deliverGithub(payload, 'd-1')).status).toBe(200);
    await refresh();
    expect(item('acme/payments#12')).toMatchObject({
      status: 'done',
      completedOn: '2026-02-20',
      statusSource: 'tracker',
    });

    // Someone reopens it through the API; a redelivery of the old close must not undo that.
    const patch = await t.request(`/api/action-items/${item('acme/payments#12').id}`, {
      method: 'PATCH',
      json: { status: 'open' },
    });
    expect(patch.status).toBe(200);
    const replay = await deliverGithub(payload, 'd-1');
    expect(await replay.json()).toMatchObject({ duplicate: true });
    await refresh();
    expect(item('acme/payments#12').status).toBe('open');
  });

  it('ends in the right state when events arrive out of order', async () => {
    // Newest first: reopened at 12:00, then the older close from 11:00 arrives late.
    await deliverGithub(githubIssue('reopened', 13, 'open', '2026-02-21T12:00:00Z'), 'o-2');
    await deliverGithub(githubIssue('closed', 13, 'closed', '2026-02-21T11:00:00Z'), 'o-1');
    await refresh();
    expect(item('acme/payments#13').status).toBe('open');
    await deliverGithub(githubIssue('closed', 13, 'closed', '2026-02-22T09:00:00Z'), 'o-3');
    await refresh();
    expect(item('acme/payments#13')).toMatchObject({ status: 'done', completedOn: '2026-02-22' });
  });

  it("maps Jira done to done and Won't Do to won't-do, and the completion metrics follow", async () => {
    const metrics = async () =>
      (
        await (
          await t.request(
            '/api/metrics/action-items?team=payments&from=2026-02-01&to=2026-03-31&bucket=month',
          )
        ).json()
      ).totals;
    const before = await metrics();
    expect(
      (await deliverJira(jiraIssue('PAY-77', 'done', Date.parse('2026-02-25T08:00:00Z')), 'j-1')).status,
    ).toBe(200);
    expect(
      (await deliverJira(jiraIssue('PAY-78', 'done', Date.parse('2026-02-26T08:00:00Z'), "Won't Do"), 'j-2'))
        .status,
    ).toBe(200);
    await refresh();
    expect(item('PAY-77')).toMatchObject({
      status: 'done',
      completedOn: '2026-02-25',
      statusSource: 'tracker',
    });
    expect(item('PAY-78')).toMatchObject({ status: 'wont-do' });
    const after = await metrics();
    expect(after.completed).toBe(before.completed + 1);
    expect(after.wontDo).toBe(before.wontDo + 1);
  });

  it('keeps an unknown ticket and applies it when a postmortem referencing it arrives', async () => {
    await deliverJira(jiraIssue('OPS-5', 'done', Date.parse('2026-03-01T08:00:00Z')), 'j-3');
    const res = await t.request('/api/postmortems', {
      method: 'POST',
      as: 'ingest',
      json: {
        externalId: 'later',
        title: 'Later incident',
        occurredAt: '2026-02-10',
        team: 'payments',
        actionItems: [
          { text: 'Rotate keys', status: 'open', ticket: 'https://acme.atlassian.net/browse/OPS-5' },
        ],
      },
    });
    const detail = await (await t.request(`/api/postmortems/${(await res.json()).postmortemId}`)).json();
    expect(detail.actionItems[0]).toMatchObject({
      ticket: 'OPS-5',
      status: 'done',
      completedOn: '2026-03-01',
      statusSource: 'tracker',
    });
  });

  it('answers 503 when a provider is not configured', async () => {
    const bare = await createTestApp();
    const res = await bare.request('/api/webhooks/jira', {
      method: 'POST',
      as: null,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(503);
    bare.close();
  });
});
