/**
 * The API contract, written once and run against both runtimes: test/contract/node.test.ts (the app
 * over libsql) and test/workers/contract.test.ts (the Worker's fetch handler inside workerd over D1).
 * Cases run in order and share the documents they ingest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKOUT_OUTAGE, CHECKOUT_OUTAGE_REVISED, SEARCH_INCIDENT } from './fixtures.js';

export type ContractRole = 'admin' | 'leader' | 'member' | 'memberB' | 'ingest';

export interface ContractRequestInit extends RequestInit {
  /** Whose bearer token to send; null sends none. Defaults to admin. */
  as?: ContractRole | null;
  json?: unknown;
}

export interface ContractClient {
  request(path: string, init?: ContractRequestInit): Promise<Response>;
  /** MAX_DOCUMENT_BYTES the server under test was configured with. */
  maxDocumentBytes: number;
  close?: () => void | Promise<void>;
}

interface ErrorShape {
  error: { code: string; message: string; field: string | null; requestId: string };
}

async function expectError(
  response: Response,
  status: number,
  code: string,
  field?: string | null,
): Promise<ErrorShape> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorShape;
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'field', 'message', 'requestId']);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  if (field !== undefined) expect(body.error.field).toBe(field);
  return body;
}

function markdown(body: string, init: ContractRequestInit = {}): ContractRequestInit {
  return {
    method: 'POST',
    body,
    ...init,
    headers: { 'content-type': 'text/markdown; charset=utf-8', ...init.headers },
  };
}

interface IngestBody {
  status: string;
  postmortemId: number;
  revision: number;
  title: string;
  team: string | null;
}

interface ActionItemBody {
  id: number;
  text: string;
  status: string;
  completedOn: string | null;
  statusSource: string;
  owner: string | null;
}

export function defineContractSuite(runtime: string, makeClient: () => Promise<ContractClient>): void {
  describe(`API contract (${runtime})`, () => {
    let api: ContractClient;
    let checkoutId = 0;
    let searchId = 0;

    beforeAll(async () => {
      api = await makeClient();
    });
    afterAll(async () => {
      await api?.close?.();
    });

    it('health answers without a token, with a request id and security headers', async () => {
      const response = await api.request('/api/health', { as: null });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
      expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{1,64}$/);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('echoes a well-formed incoming request id', async () => {
      const response = await api.request('/api/health', {
        as: null,
        headers: { 'x-request-id': 'trace-abc-123' },
      });
      expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
    });

    it('rejects API calls without credentials with 401 and the error shape', async () => {
      await expectError(await api.request('/api/postmortems', { as: null }), 401, 'unauthorized');
    });

    it('rejects an unknown bearer token with 401', async () => {
      const response = await api.request('/api/postmortems', {
        as: null,
        headers: { authorization: 'Bearer pulse_not-a-real-token' },
      });
      await expectError(response, 401, 'unauthorized');
    });

    it('ingests a markdown postmortem: 201 created', async () => {
      const response = await api.request('/api/postmortems', markdown(CHECKOUT_OUTAGE, { as: 'ingest' }));
      expect(response.status).toBe(201);
      const body = (await response.json()) as IngestBody;
      expect(body).toMatchObject({ status: 'created', revision: 1, team: 'payments' });
      expect(body.title).toBe('Checkout latency after cache eviction storm');
      expect(body.postmortemId).toBeGreaterThan(0);
      checkoutId = body.postmortemId;
    });

    it('re-ingesting the same document changes nothing: 200 unchanged', async () => {
      const response = await api.request('/api/postmortems', markdown(CHECKOUT_OUTAGE, { as: 'ingest' }));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'unchanged',
        postmortemId: checkoutId,
        revision: 1,
      });
    });

    it('ingests a changed document with the same identity as a new revision', async () => {
      // Identity without front matter ids is the content hash, so a revision needs an explicit id.
      const first = await api.request(
        '/api/postmortems?externalId=CHK-7',
        markdown(CHECKOUT_OUTAGE, { as: 'ingest' }),
      );
      expect(first.status).toBe(201);
      const created = (await first.json()) as IngestBody;
      const second = await api.request(
        '/api/postmortems?externalId=CHK-7',
        markdown(CHECKOUT_OUTAGE_REVISED, { as: 'ingest' }),
      );
      expect(second.status).toBe(200);
      expect(await second.json()).toMatchObject({
        status: 'updated',
        postmortemId: created.postmortemId,
        revision: 2,
      });
      const detail = await api.request(`/api/postmortems/${created.postmortemId}`);
      const doc = (await detail.json()) as {
        revision: number;
        revisions: unknown[];
        actionItems: ActionItemBody[];
      };
      expect(doc.revision).toBe(2);
      expect(doc.revisions).toHaveLength(2);
      expect(doc.actionItems.map((i) => i.text).join('\n')).toContain('safe resize procedure');
      const removed = await api.request(`/api/postmortems/${created.postmortemId}`, { method: 'DELETE' });
      expect(removed.status).toBe(204);
    });

    it('ingests and re-ingests a postmortem with more action items than D1 binds per statement', async () => {
      const items = (n: number) =>
        Array.from({ length: n }, (_, i) => ({
          text: `Follow-up task number ${i + 1} for the large review`,
          status: 'open',
        }));
      const doc = (n: number) => ({
        externalId: 'BIG-1',
        title: 'Large review with many follow-ups',
        team: 'Payments',
        occurredAt: '2024-01-10',
        actionItems: items(n),
      });
      const first = await api.request('/api/postmortems', { method: 'POST', as: 'ingest', json: doc(150) });
      expect(first.status).toBe(201);
      const { postmortemId } = (await first.json()) as IngestBody;
      // Fewer items: the ones no longer listed are removed (a NOT IN over every remaining key).
      const second = await api.request('/api/postmortems', { method: 'POST', as: 'ingest', json: doc(120) });
      expect(second.status).toBe(200);
      expect(await second.json()).toMatchObject({ status: 'updated', revision: 2 });
      const detail = (await (await api.request(`/api/postmortems/${postmortemId}`)).json()) as {
        actionItems: ActionItemBody[];
      };
      expect(detail.actionItems).toHaveLength(120);
      expect(detail.actionItems.at(-1)!.text).toBe('Follow-up task number 120 for the large review');
      expect((await api.request(`/api/postmortems/${postmortemId}`, { method: 'DELETE' })).status).toBe(204);
    });

    it('ingests a second team’s postmortem', async () => {
      const response = await api.request('/api/postmortems', markdown(SEARCH_INCIDENT, { as: 'ingest' }));
      expect(response.status).toBe(201);
      const body = (await response.json()) as IngestBody;
      expect(body.team).toBe('search');
      searchId = body.postmortemId;
    });

    it('lists postmortems newest first, scoped to the teams a member may read', async () => {
      const all = await api.request('/api/postmortems');
      expect(all.status).toBe(200);
      const list = (await all.json()) as {
        items: { id: number; team: string | null; occurredAt: string | null }[];
        nextCursor: string | null;
      };
      expect(list.items.map((i) => i.id)).toEqual([searchId, checkoutId]);
      expect(list.items[0]).toMatchObject({ team: 'search', occurredAt: '2025-05-02' });
      expect(list.nextCursor).toBeNull();

      const payments = (await (
        await api.request('/api/postmortems', { as: 'member' })
      ).json()) as typeof list;
      expect(payments.items.map((i) => i.id)).toEqual([checkoutId]);
      const search = (await (await api.request('/api/postmortems', { as: 'memberB' })).json()) as typeof list;
      expect(search.items.map((i) => i.id)).toEqual([searchId]);
    });

    it('pages the list with a cursor', async () => {
      const first = (await (await api.request('/api/postmortems?limit=1')).json()) as {
        items: { id: number }[];
        nextCursor: string;
      };
      expect(first.items.map((i) => i.id)).toEqual([searchId]);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = (await (
        await api.request(`/api/postmortems?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)
      ).json()) as {
        items: { id: number }[];
        nextCursor: string | null;
      };
      expect(second.items.map((i) => i.id)).toEqual([checkoutId]);
      expect(second.nextCursor).toBeNull();
    });

    it('gets one postmortem with its action items; other teams’ members get 404', async () => {
      const response = await api.request(`/api/postmortems/${checkoutId}`, { as: 'member' });
      expect(response.status).toBe(200);
      const doc = (await response.json()) as {
        title: string;
        team: string;
        severity: string;
        services: string[];
        actionItems: ActionItemBody[];
      };
      expect(doc).toMatchObject({
        title: 'Checkout latency after cache eviction storm',
        team: 'payments',
        severity: 'SEV2',
      });
      expect(doc.services.sort()).toEqual(['checkout-api', 'session-cache']);
      expect(doc.actionItems).toHaveLength(3);
      expect(doc.actionItems.map((i) => i.status)).toEqual(['open', 'done', 'open']);

      await expectError(
        await api.request(`/api/postmortems/${checkoutId}`, { as: 'memberB' }),
        404,
        'not_found',
      );
    });

    it('PATCHes an action item; the status comes from the API from then on', async () => {
      const doc = (await (await api.request(`/api/postmortems/${checkoutId}`)).json()) as {
        actionItems: ActionItemBody[];
      };
      const item = doc.actionItems[0]!;
      const response = await api.request(`/api/action-items/${item.id}`, {
        method: 'PATCH',
        as: 'member',
        json: { status: 'done', owner: '@sre-oncall' },
      });
      expect(response.status).toBe(200);
      const updated = (await response.json()) as ActionItemBody;
      expect(updated).toMatchObject({
        id: item.id,
        status: 'done',
        statusSource: 'api',
        owner: 'sre-oncall',
      });
      expect(updated.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      // Re-ingesting the unchanged document keeps the API's status.
      await api.request('/api/postmortems', markdown(CHECKOUT_OUTAGE, { as: 'ingest' }));
      const again = (await (await api.request(`/api/postmortems/${checkoutId}`)).json()) as {
        actionItems: ActionItemBody[];
      };
      expect(again.actionItems.find((i) => i.id === item.id)?.status).toBe('done');
    });

    it('rejects an invalid PATCH with 400 naming the field', async () => {
      const doc = (await (await api.request(`/api/postmortems/${checkoutId}`)).json()) as {
        actionItems: ActionItemBody[];
      };
      const response = await api.request(`/api/action-items/${doc.actionItems[0]!.id}`, {
        method: 'PATCH',
        json: { status: 'finished' },
      });
      await expectError(response, 400, 'validation_failed', 'status');
      await expectError(
        await api.request('/api/action-items/999999', { method: 'PATCH', json: { status: 'done' } }),
        404,
        'not_found',
      );
    });

    it('rejects malformed JSON with 400 bad_request', async () => {
      const response = await api.request('/api/postmortems', {
        method: 'POST',
        body: '{"title": ',
        headers: { 'content-type': 'application/json' },
      });
      await expectError(response, 400, 'bad_request');
    });

    it('rejects an unsupported content type with 415', async () => {
      const response = await api.request('/api/postmortems', {
        method: 'POST',
        body: '<postmortem/>',
        headers: { 'content-type': 'application/xml' },
        as: 'ingest',
      });
      await expectError(response, 415, 'unsupported_media_type', 'content-type');
    });

    it('rejects a document over MAX_DOCUMENT_BYTES with 413', async () => {
      const oversized = `${CHECKOUT_OUTAGE}\n${'Padding line for the size limit.\n'.repeat(Math.ceil(api.maxDocumentBytes / 30))}`;
      const response = await api.request('/api/postmortems', markdown(oversized, { as: 'ingest' }));
      await expectError(response, 413, 'payload_too_large', 'body');
    });

    it('answers unknown API routes with 404 in the error shape', async () => {
      await expectError(await api.request('/api/no-such-thing'), 404, 'not_found');
    });

    it('DELETE removes the postmortem and everything derived from it', async () => {
      await expectError(
        await api.request(`/api/postmortems/${checkoutId}`, { method: 'DELETE', as: 'memberB' }),
        404,
        'not_found',
      );
      const response = await api.request(`/api/postmortems/${checkoutId}`, {
        method: 'DELETE',
        as: 'member',
      });
      expect(response.status).toBe(204);
      await expectError(await api.request(`/api/postmortems/${checkoutId}`), 404, 'not_found', 'id');
      const list = (await (await api.request('/api/postmortems')).json()) as { items: { id: number }[] };
      expect(list.items.map((i) => i.id)).toEqual([searchId]);
      // The same document can come back afterwards: nothing of the old one blocks it.
      const again = await api.request('/api/postmortems', markdown(CHECKOUT_OUTAGE, { as: 'ingest' }));
      expect(again.status).toBe(201);
    });
  });
}
