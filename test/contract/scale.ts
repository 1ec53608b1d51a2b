/**
 * Past D1's limits: D1 binds at most 100 parameters per statement, where libsql allows thousands,
 * so any `IN (...)` built from "every readable postmortem" or "every id in a cluster" works on Node
 * and fails on Workers once an organisation has more than about 100 rows. This suite loads more than
 * that and reads every report, in both runtimes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractClient } from './cases.js';

const CAUSES = [
  'The connection pool was exhausted because retries opened new connections without a limit.',
  'A certificate expired because renewal depended on a job that had been disabled during a migration.',
  'A configuration change reached every region at once because the rollout tool skipped its canary stage.',
  'Disk filled up on the queue brokers because retention ignored the new topic volume.',
  'A schema change locked the orders table because the migration ran without an online tool.',
];

/** Generated text, no corpus: enough structure for the parser, causes that repeat across teams. */
export function scaleDocument(i: number): string {
  const team = i % 2 === 0 ? 'Payments' : 'Search';
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 27) + 1).padStart(2, '0');
  return `---
title: Incident ${i} in the ${team.toLowerCase()} platform
date: ${2024 + (i % 2)}-${month}-${day}
severity: SEV${(i % 4) + 1}
team: ${team}
---

# Incident ${i} in the ${team.toLowerCase()} platform

## Summary

Requests failed for ${10 + (i % 50)} minutes while the service recovered from incident number ${i}.

## Root cause

${CAUSES[i % CAUSES.length]}

## Action items

- [ ] Add an alert that catches this failure mode for case ${i}
- [${i % 3 === 0 ? 'x' : ' '}] Write a runbook entry for case ${i}
`;
}

// More than 100 per team too, since reports scope by team.
export const SCALE_DOCUMENTS = 230;

export function defineScaleSuite(runtime: string, makeClient: () => Promise<ContractClient>): void {
  describe(`more rows than D1 binds per statement (${runtime})`, () => {
    let api: ContractClient;
    const ids: number[] = [];

    beforeAll(async () => {
      api = await makeClient();
      for (let start = 0; start < SCALE_DOCUMENTS; start += 50) {
        const documents = Array.from({ length: Math.min(50, SCALE_DOCUMENTS - start) }, (_, k) => ({
          content: scaleDocument(start + k),
          filename: `incident-${start + k}.md`,
        }));
        const response = await api.request('/api/postmortems/bulk', {
          method: 'POST',
          as: 'ingest',
          json: { documents },
        });
        expect(response.status).toBe(200);
        const { results } = (await response.json()) as {
          results: { status: string; postmortemId?: number; error?: unknown }[];
        };
        for (const r of results) {
          expect(r).toMatchObject({ status: 'created' });
          ids.push(r.postmortemId!);
        }
      }
    }, 300_000);

    it('lists every postmortem across pages', async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const response = await api.request(`/api/postmortems?limit=200${query}`);
        expect(response.status).toBe(200);
        const page = (await response.json()) as { items: { id: number }[]; nextCursor: string | null };
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    });

    const reads = [
      '/api/causes',
      '/api/teams/payments/recurring-report',
      '/api/action-items',
      '/api/metrics/team-comparison?from=2024-01-01&to=2025-12-31',
      '/api/metrics/action-items?from=2024-01-01&to=2025-12-31',
      '/api/metrics/recurrence?from=2024-01-01&to=2025-12-31',
      '/api/metrics/blame?from=2024-01-01&to=2025-12-31',
      '/api/metrics/timeliness?from=2024-01-01&to=2025-12-31',
      '/api/digest/preview',
    ];
    it.each(reads)('GET %s answers 200 to every role that may read it', async (path) => {
      // Members see their teams' rows; the digest preview is for leaders and admins.
      const roles = path.startsWith('/api/digest/')
        ? (['admin', 'leader'] as const)
        : (['admin', 'leader', 'member'] as const);
      for (const as of roles) {
        const response = await api.request(path, { as });
        const text = await response.text();
        expect({
          as,
          path,
          status: response.status,
          body: response.status === 200 ? '' : text.slice(0, 300),
        }).toEqual({
          as,
          path,
          status: 200,
          body: '',
        });
      }
    });

    it('reads one cause and one postmortem’s recurrences', async () => {
      const causes = (await (await api.request('/api/causes')).json()) as
        | { items?: { id: number }[] }
        | { id: number }[];
      const list = Array.isArray(causes) ? causes : (causes.items ?? []);
      expect(list.length).toBeGreaterThan(0);
      expect((await api.request(`/api/causes/${list[0]!.id}`)).status).toBe(200);
      expect((await api.request(`/api/postmortems/${ids[0]}/recurrences`)).status).toBe(200);
    });

    it('deletes postmortems while others share their causes', async () => {
      for (const id of ids.slice(0, 5)) {
        expect((await api.request(`/api/postmortems/${id}`, { method: 'DELETE' })).status).toBe(204);
      }
      expect((await api.request('/api/causes')).status).toBe(200);
    });
  });
}
