import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createSession } from '../../server/services/tokens.js';
import { runCli } from '../cli/run-cli.js';
import { markdownPostmortem } from '../fixtures/documents.js';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const cookieOf = (res: Response) =>
  /pulse_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? null;

async function signIn(token: string, url = 'http://localhost/api/auth/session') {
  const res = await t.app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return {
    res,
    cookie: cookieOf(res),
    body: (await res.clone().json()) as { csrfToken: string; role: string; expiresAt: string },
  };
}

describe('tokens API', () => {
  it('creates a token shown once, lists it without secret, revokes it and ends its sessions', async () => {
    const created = await t.request('/api/tokens', {
      method: 'POST',
      json: { name: 'ci ingest', role: 'ingest', teams: ['payments'] },
    });
    expect(created.status).toBe(201);
    const token = (await created.json()) as { id: number; secret: string; teams: string[] };
    expect(token.secret).toMatch(/^pulse_[\w-]{40,}$/);
    expect(token.teams).toEqual(['payments']);

    const list = await (await t.request('/api/tokens')).json();
    const listed = list.items.find((x: { id: number }) => x.id === token.id);
    expect(listed).toMatchObject({ name: 'ci ingest', role: 'ingest', revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(token.secret);
    // Only the hash is stored.
    const stored = (await t.db.all(sql`select secret_hash from tokens where id = ${token.id}`)) as {
      secret_hash: string;
    }[];
    expect(stored[0]!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.secret_hash).not.toContain(token.secret);

    const used = await t.app.request('/api/postmortems', {
      method: 'POST',
      headers: { authorization: `Bearer ${token.secret}`, 'content-type': 'text/markdown' },
      body: markdownPostmortem({ id: 'tok-1' }),
    });
    expect(used.status).toBe(201);

    // A member token for the same person-less session test: sessions end with their token.
    const memberToken = (await (
      await t.request('/api/tokens', {
        method: 'POST',
        json: { name: 'm', role: 'member', teams: ['payments'] },
      })
    ).json()) as { id: number; secret: string };
    const { cookie } = await signIn(memberToken.secret);
    expect(cookie).toBeTruthy();
    expect(
      (await t.app.request('/api/postmortems', { headers: { cookie: `pulse_session=${cookie}` } })).status,
    ).toBe(200);

    expect((await t.request(`/api/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.request(`/api/tokens/${memberToken.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.request(`/api/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(404);
    const after = await t.app.request('/api/postmortems', {
      method: 'POST',
      headers: { authorization: `Bearer ${token.secret}`, 'content-type': 'text/markdown' },
      body: markdownPostmortem({ id: 'tok-2' }),
    });
    expect(after.status).toBe(401);
    expect(
      (await t.app.request('/api/postmortems', { headers: { cookie: `pulse_session=${cookie}` } })).status,
    ).toBe(401);
  });

  it('refuses bad input and non-admins', async () => {
    expect(
      (await t.request('/api/tokens', { method: 'POST', json: { name: 'x', role: 'root' } })).status,
    ).toBe(400);
    expect(
      (await t.request('/api/tokens', { method: 'POST', json: { name: 'x', role: 'member' } })).status,
    ).toBe(400);
    expect(
      (
        await t.request('/api/tokens', {
          method: 'POST',
          json: { name: 'x', role: 'leader', expiresAt: '2001-01-01' },
        })
      ).status,
    ).toBe(400);
    for (const as of ['leader', 'member', 'ingest'] as const) {
      expect(
        (await t.request('/api/tokens', { as, method: 'POST', json: { name: 'x', role: 'admin' } })).status,
      ).toBe(403);
      expect((await t.request('/api/tokens', { as })).status).toBe(403);
      expect((await t.request('/api/audit', { as })).status).toBe(403);
    }
  });

  it('an expired token is refused, and a session never outlives its token', async () => {
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const tok = (await (
      await t.request('/api/tokens', {
        method: 'POST',
        json: { name: 'short', role: 'leader', expiresAt: soon },
      })
    ).json()) as { secret: string };
    const { body } = await signIn(tok.secret);
    expect(Date.parse(body.expiresAt)).toBeLessThanOrEqual(Date.parse(soon));

    const later = await createTestApp({}, () => new Date(Date.now() + 7_200_000));
    try {
      const past = (await (
        await later.request('/api/tokens', {
          method: 'POST',
          json: { name: 'p', role: 'leader', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
        })
      ).json()) as { secret: string };
      const res = await later.app.request('/api/postmortems', {
        headers: { authorization: `Bearer ${past.secret}` },
      });
      expect(res.status).toBe(401);
    } finally {
      later.close();
    }
  });
});

describe('sessions and CSRF', () => {
  it('sets an HttpOnly, SameSite=Lax cookie, Secure over https, and /me hands out the CSRF token', async () => {
    const plain = await signIn(t.tokens.leader);
    const header = plain.res.headers.get('set-cookie')!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).not.toMatch(/Secure/i);
    const secure = await signIn(t.tokens.leader, 'https://pulse.example/api/auth/session');
    expect(secure.res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);

    const me = await (
      await t.app.request('/api/auth/me', { headers: { cookie: `pulse_session=${plain.cookie}` } })
    ).json();
    expect(me).toMatchObject({ role: 'leader', via: 'session', csrfToken: plain.body.csrfToken });
  });

  it('ingest tokens cannot open sessions; sign-in needs JSON (no login CSRF through forms)', async () => {
    expect((await signIn(t.tokens.ingest)).res.status).toBe(403);
    const form = await t.app.request('/api/auth/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${t.tokens.admin}`,
    });
    expect(form.status).toBe(415);
    expect((await signIn('pulse_not-a-token')).res.status).toBe(401);
  });

  it('cookie-authenticated writes need the CSRF header; bearer writes do not', async () => {
    const { cookie, body } = await signIn(t.tokens.admin);
    const write = (headers: Record<string, string>) =>
      t.app.request('/api/postmortems', {
        method: 'POST',
        headers: { cookie: `pulse_session=${cookie}`, 'content-type': 'text/markdown', ...headers },
        body: markdownPostmortem({ id: `csrf-${Object.keys(headers).length}-${Math.random()}` }),
      });
    const missing = await write({});
    expect(missing.status).toBe(403);
    expect((await missing.json()).error.field).toBe('x-csrf-token');
    expect((await write({ 'x-csrf-token': 'f'.repeat(64) })).status).toBe(403);
    expect((await write({ 'x-csrf-token': body.csrfToken })).status).toBe(201);
    // Reads need no CSRF token.
    expect(
      (await t.app.request('/api/postmortems', { headers: { cookie: `pulse_session=${cookie}` } })).status,
    ).toBe(200);
    // Another session's CSRF token does not work.
    const other = await signIn(t.tokens.admin);
    expect((await write({ 'x-csrf-token': other.body.csrfToken })).status).toBe(403);
  });

  it('an expired session is refused, sign-out deletes it', async () => {
    const session = await createSession(
      t.db,
      { role: 'leader', teams: [], subject: 'test', tokenId: null },
      new Date(Date.now() - 15 * 86_400_000),
    );
    expect(
      (
        await t.app.request('/api/postmortems', {
          headers: { cookie: `pulse_session=${session.cookieValue}` },
        })
      ).status,
    ).toBe(401);
    const { cookie } = await signIn(t.tokens.leader);
    const out = await t.app.request('/api/auth/session', {
      method: 'DELETE',
      headers: { cookie: `pulse_session=${cookie}` },
    });
    expect(out.status).toBe(204);
    expect(
      (await t.app.request('/api/postmortems', { headers: { cookie: `pulse_session=${cookie}` } })).status,
    ).toBe(401);
  });
});

describe('audit log', () => {
  it('records sign-ins, failures, token changes and deletions, newest first, admin only', async () => {
    const created = await (
      await t.request('/api/postmortems', {
        method: 'POST',
        as: 'ingest',
        headers: { 'content-type': 'text/markdown' },
        body: markdownPostmortem({ id: 'audit-del' }),
      })
    ).json();
    expect((await t.request(`/api/postmortems/${created.postmortemId}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const res = await t.request('/api/audit?limit=500');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: { id: number; action: string; requestId: string | null; detail: unknown }[];
    };
    const actions = new Set(items.map((i) => i.action));
    for (const a of [
      'token.create',
      'token.revoke',
      'session.sign-in',
      'session.sign-in-failed',
      'session.sign-out',
      'postmortem.delete',
    ]) {
      expect(actions, a).toContain(a);
    }
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort((a, b) => b - a));
    expect(JSON.stringify(items)).not.toMatch(/pulse_[\w-]{20,}/);
    const filtered = (await (await t.request('/api/audit?action=token.revoke&limit=1')).json()) as {
      items: { action: string }[];
      nextBefore: number | null;
    };
    expect(filtered.items).toHaveLength(1);
    expect(filtered.items[0]!.action).toBe('token.revoke');
  });
});

describe('pulse token', () => {
  it('creates (secret once), lists and revokes', async () => {
    const env = { DATABASE_URL: t.dbUrl };
    const created = await runCli(
      [
        'token',
        'create',
        '--role',
        'member',
        '--team',
        'payments',
        '--team',
        'search',
        '--name',
        'cli made',
        '--expires',
        '2099-12-31',
      ],
      env,
    );
    expect(created.code).toBe(0);
    const secret = /pulse_[\w-]+/.exec(created.stdout)?.[0];
    expect(secret).toBeTruthy();
    const id = Number(/token (\d+)/.exec(created.stdout)?.[1]);
    const me = await t.app.request('/api/auth/me', { headers: { authorization: `Bearer ${secret}` } });
    expect(await me.json()).toMatchObject({ role: 'member', teams: ['payments', 'search'] });

    const list = await runCli(['token', 'list', '--json'], env);
    const listed = JSON.parse(list.stdout).find((x: { id: number }) => x.id === id);
    expect(listed).toMatchObject({ name: 'cli made', expiresAt: '2099-12-31T23:59:59.999Z' });
    expect(list.stdout).not.toContain(secret!);

    expect((await runCli(['token', 'revoke', String(id)], env)).code).toBe(0);
    expect((await runCli(['token', 'revoke', String(id)], env)).code).toBe(1);
    expect(
      (await t.app.request('/api/auth/me', { headers: { authorization: `Bearer ${secret}` } })).status,
    ).toBe(401);
    expect((await runCli(['token', 'create', '--role', 'wizard'], env)).code).toBe(2);
    expect((await runCli(['token', 'create', '--role', 'member'], env)).code).toBe(2);
    expect((await runCli(['token', 'create', '--role', 'leader', '--expires', '2001-01-01'], env)).code).toBe(
      2,
    );
  });
});

describe('hardening', () => {
  it('rate-limits sign-in per client address with 429, Retry-After and the standard error body', async () => {
    const limited = await createTestApp({ RATE_LIMIT_SIGNIN_PER_MINUTE: '3' });
    try {
      const attempt = (ip: string) =>
        limited.app.request('/api/auth/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: JSON.stringify({ token: 'pulse_wrong' }),
        });
      // Without TRUST_PROXY every caller here shares the address "unknown": X-Forwarded-For is ignored.
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt(`10.0.0.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const refused = await attempt('10.0.0.9');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = await refused.json();
      expect(body.error).toMatchObject({ code: 'rate_limited', field: null });
      expect(body.error.requestId).toBe(refused.headers.get('x-request-id'));
      // The counter is in the database, not in this process.
      const rows = (await limited.db.all(
        sql`select key, count from rate_limits where key like 'signin:%'`,
      )) as { count: number }[];
      expect(rows[0]!.count).toBe(5);
    } finally {
      limited.close();
    }
  });

  it('keys by X-Forwarded-For only when TRUST_PROXY is on, and rate-limits ingest per token', async () => {
    const limited = await createTestApp({
      RATE_LIMIT_SIGNIN_PER_MINUTE: '2',
      RATE_LIMIT_INGEST_PER_MINUTE: '2',
      TRUST_PROXY: 'on',
    });
    try {
      const attempt = (ip: string) =>
        limited.app.request('/api/auth/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `${ip}, 10.9.9.9` },
          body: JSON.stringify({ token: 'pulse_wrong' }),
        });
      expect([
        (await attempt('1.1.1.1')).status,
        (await attempt('1.1.1.1')).status,
        (await attempt('1.1.1.1')).status,
      ]).toEqual([401, 401, 429]);
      expect((await attempt('2.2.2.2')).status).toBe(401);

      const ingest = (i: number, ip: string) =>
        limited.request('/api/postmortems', {
          as: 'ingest',
          method: 'POST',
          headers: { 'content-type': 'text/markdown', 'x-forwarded-for': ip },
          body: markdownPostmortem({ id: `rl-${i}` }),
        });
      expect((await ingest(1, '3.3.3.1')).status).toBe(201);
      expect((await ingest(2, '3.3.3.2')).status).toBe(201);
      // Third from yet another address: the token's own window is full.
      const third = await ingest(3, '3.3.3.3');
      expect(third.status).toBe(429);
      const [{ n }] = (await limited.db.all(sql`select count(*) as n from postmortems`)) as [{ n: number }];
      expect(n).toBe(2);
    } finally {
      limited.close();
    }
  });

  it('refuses large bodies with 413, by declared length and while streaming', async () => {
    const small = await createTestApp({ MAX_DOCUMENT_BYTES: '1000' });
    try {
      const declared = await small.request('/api/postmortems', {
        as: 'ingest',
        method: 'POST',
        headers: { 'content-type': 'text/markdown', 'content-length': '5000000' },
        body: 'x'.repeat(10),
      });
      expect(declared.status).toBe(413);
      expect((await declared.json()).error.code).toBe('payload_too_large');

      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          if (pulled > 10_000) controller.close();
          else controller.enqueue(new TextEncoder().encode('y'.repeat(1000)));
        },
      });
      const streamed = await small.app.request('/api/tokens', {
        method: 'POST',
        headers: { authorization: `Bearer ${small.tokens.admin}`, 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      // Stopped soon after the 2000-byte limit instead of reading the whole 10 MB.
      expect(pulled).toBeLessThan(20);
      const [{ n }] = (await small.db.all(sql`select count(*) as n from postmortems`)) as [{ n: number }];
      expect(n).toBe(0);
    } finally {
      small.close();
    }
  });

  it('sends security headers (CSP without inline script) on API, error and static responses', async () => {
    const withAssets = await createTestApp();
    const deps = {
      ...withAssets.deps,
      assets: async () =>
        new Response('<!doctype html><p>dashboard</p>', { headers: { 'content-type': 'text/html' } }),
    };
    const app = createApp(deps);
    try {
      for (const [path, init] of [
        ['/api/health', {}],
        ['/api/postmortems', {}],
        ['/api/nope', { headers: { authorization: `Bearer ${withAssets.tokens.admin}` } }],
        ['/', {}],
        ['/assets/app.js', {}],
      ] as const) {
        const res = await app.request(path, init);
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).not.toContain('unsafe-inline');
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
        expect(res.headers.get('x-request-id'), path).toBeTruthy();
      }
    } finally {
      withAssets.close();
    }
  });

  it('never puts stack traces or internal messages in responses; logs carry the request id', async () => {
    const lines: string[] = [];
    const { createLogger } = await import('../../server/lib/logger.js');
    const deps = { ...t.deps, logger: createLogger('info', (l) => lines.push(l)) };
    const app = createApp(deps);
    app.get('/api/explode', () => {
      throw new Error('SQLITE_CORRUPT: secret internal detail at /srv/db');
    });
    const res = await app.request('/api/explode', {
      headers: { authorization: `Bearer ${t.tokens.admin}`, 'x-request-id': 'req-explode-1' },
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/SQLITE|secret internal|\/srv|at .*\.ts|Error:/);
    expect(JSON.parse(text).error).toMatchObject({ code: 'internal', requestId: 'req-explode-1' });
    const logged = lines.map((l) => JSON.parse(l) as { requestId?: string; msg: string; stack?: string });
    expect(logged.length).toBeGreaterThan(0);
    for (const l of logged) expect(l.requestId, l.msg).toBe('req-explode-1');
    expect(logged.some((l) => l.stack?.includes('secret internal'))).toBe(true);

    const malformed = await t.request('/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('bad_request');
  });
});
