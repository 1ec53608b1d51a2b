import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.js';
import { runCli } from '../cli/run-cli.js';
import { tempDatabaseUrl } from '../paths.js';

// A local fake tracker speaking the documented REST shapes (GitHub issues API, Jira REST v2).
let server: Server;
let base: string;
const requests: { url: string; auth: string | undefined }[] = [];
let url: string;
let cleanup: () => void;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/repos/acme/api/issues/7') {
      return send(200, {
        number: 7,
        state: 'closed',
        state_reason: 'completed',
        closed_at: '2026-01-20T09:00:00Z',
        updated_at: '2026-01-20T09:00:00Z',
        html_url: 'https://github.com/acme/api/issues/7',
      });
    }
    if (req.url === '/repos/acme/api/issues/8') {
      return send(200, {
        number: 8,
        state: 'closed',
        state_reason: 'not_planned',
        closed_at: '2026-01-21T09:00:00Z',
        updated_at: '2026-01-21T09:00:00Z',
      });
    }
    if (req.url?.startsWith('/rest/api/2/issue/OPS-1')) {
      return send(200, {
        key: 'OPS-1',
        self: `${base}/rest/api/2/issue/1`,
        fields: {
          status: { name: 'Done', statusCategory: { key: 'done' } },
          resolution: { name: 'Done' },
          resolutiondate: '2026-01-25T10:00:00.000+0000',
          updated: '2026-01-25T10:00:00.000+0000',
        },
      });
    }
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ url, cleanup } = await tempDatabaseUrl());
});
afterAll(() => {
  server.close();
  cleanup();
});

describe('pulse sync', () => {
  it('backfills GitHub and Jira states into linked action items', async () => {
    const doc = `---\nid: sync-doc\nsource: test\ndate: 2026-01-10\nteam: platform\n---\n# API outage\n\n## Summary\nThe API returned errors.\n\n## Action items\n- [ ] Add a canary stage (acme/api#7)\n- [ ] Split the config repo (#8)\n- [ ] Write the runbook OPS-1\n- [ ] Unreachable ticket acme/api#99\n`;
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'pulse-sync-'));
    writeFileSync(join(dir, 'pm.md'), doc);
    const imported = await runCli(['import', dir], { DATABASE_URL: url });
    expect(imported.code).toBe(0);

    const gh = await runCli(
      ['sync', 'github', '--api-url', base, '--repo', 'acme/api', '--token', 'ghp_test'],
      { DATABASE_URL: url },
    );
    expect(gh.stdout).toContain('3 tickets checked, 2 changed, 1 failed');
    expect(gh.code).toBe(1);
    expect(requests.some((r) => r.auth === 'Bearer ghp_test')).toBe(true);
    const jira = await runCli(['sync', 'jira', '--url', base, '--email', 'ops@acme.test', '--token', 'jt'], {
      DATABASE_URL: url,
    });
    expect(jira.stdout).toContain('1 tickets checked, 1 changed, 0 failed');

    const { db, close } = createDb({ url });
    const rows = await db.query.actionItems.findMany({ orderBy: (t, { asc }) => [asc(t.position)] });
    close();
    expect(rows.map((r) => [r.trackerRef, r.status, r.completedOn, r.statusSource])).toEqual([
      ['acme/api#7', 'done', '2026-01-20', 'tracker'],
      ['#8', 'wont-do', '2026-01-21', 'tracker'],
      ['OPS-1', 'done', '2026-01-25', 'tracker'],
      ['acme/api#99', 'open', null, 'document'],
    ]);
  });

  it('is a usage error without a tracker name', async () => {
    const res = await runCli(['sync'], { DATABASE_URL: url });
    expect(res.code).toBe(2);
  });
});
