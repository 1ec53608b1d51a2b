/**
 * Single sign-on end to end against a real OpenID Connect provider (npm oidc-provider) started here:
 * discovery → authorize (the provider's login and consent interactions, driven over HTTP with a cookie
 * jar) → callback → session cookie with the role and teams mapped from the groups claim.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';

const PULSE = 'http://pulse.localhost';
const REDIRECT = `${PULSE}/api/auth/oidc/callback`;
const GROUPS: Record<string, string[]> = {
  'ana-lead': ['eng-leads', 'everyone'],
  'bo-payments': ['team-payments', 'everyone'],
  'cy-nobody': ['everyone'],
};

let server: Server;
let issuer: string;
let t: TestApp;
let nextAccount = 'ana-lead';

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'pulse-test',
        client_secret: 'a-client-secret-for-tests-only',
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email'], groups: ['groups'] },
    scopes: ['openid', 'email', 'groups'],
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: `${id}@example.test`, groups: GROUPS[id] ?? [] }),
    }),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['a-cookie-key-for-tests-only'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  const handler = provider.callback();
  server.on('request', async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handler(req, res);
    // The provider's login and consent steps, answered as a user who signs in as `nextAccount`.
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextAccount } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new provider.Grant({
      accountId: details.session!.accountId,
      clientId: String(details.params.client_id),
    });
    grant.addOIDCScope(String(details.params.scope));
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  });

  t = await createTestApp({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'pulse-test',
    OIDC_CLIENT_SECRET: 'a-client-secret-for-tests-only',
    OIDC_SCOPES: 'openid email groups',
    OIDC_REDIRECT_URL: REDIRECT,
    OIDC_GROUP_MAP: JSON.stringify({
      'eng-leads': { role: 'leader' },
      'team-payments': { role: 'member', teams: ['payments'] },
    }),
  });
});

afterAll(async () => {
  t?.close();
  await new Promise<void>((done) => server.close(() => done()));
});

/** Follows the provider's redirects with a cookie jar until it sends the browser back to Pulse. */
async function authorizeAtProvider(authorizeUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  for (let hop = 0; hop < 12; hop++) {
    if (url.startsWith(REDIRECT)) return url;
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (!location)
      throw new Error(`provider stopped at ${url} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
    url = new URL(location, url).toString();
  }
  throw new Error('too many redirects at the provider');
}

async function signInAs(account: string, returnTo = '/#/teams/payments') {
  nextAccount = account;
  const start = await t.app.request(`${PULSE}/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  const callbackUrl = await authorizeAtProvider(authorize.toString());
  const callback = await t.app.request(callbackUrl);
  return { authorize, callbackUrl, callback };
}

describe('OpenID Connect sign-in', () => {
  it('is advertised when configured', async () => {
    expect(await (await t.app.request('/api/auth/oidc/config')).json()).toEqual({ enabled: true });
  });

  it('signs a leader in: PKCE S256, state and nonce, pending state in the database, session cookie, audit', async () => {
    nextAccount = 'ana-lead';
    const start = await t.app.request(`${PULSE}/api/auth/oidc/login?returnTo=/%23/teams`);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{40,}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT);
    // The pending login is a database row keyed by the state's hash (no state or verifier in clear).
    const pending = (await t.db.all(sql`select key, value from app_meta where key like 'oidc-login:%'`)) as {
      key: string;
      value: string;
    }[];
    expect(pending).toHaveLength(1);
    expect(pending[0]!.key).not.toContain(authorize.searchParams.get('state')!);

    const callbackUrl = await authorizeAtProvider(authorize.toString());
    const callback = await t.app.request(callbackUrl);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/#/teams');
    const setCookie = callback.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/pulse_session=[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = /pulse_session=([\w-]+)/.exec(setCookie)![1];
    const me = await (
      await t.app.request('/api/auth/me', { headers: { cookie: `pulse_session=${cookie}` } })
    ).json();
    expect(me).toMatchObject({ role: 'leader', teams: [], via: 'session' });
    expect(me.csrfToken).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.db.all(sql`select key from app_meta where key like 'oidc-login:%'`)).length).toBe(0);

    // The state is single-use: replaying the callback fails and opens no session.
    const replay = await t.app.request(callbackUrl);
    expect(replay.status).toBe(400);
    expect(replay.headers.get('set-cookie')).toBeNull();

    const audit = (await t.db.all(
      sql`select actor, action, detail_json from audit_log where action = 'session.sign-in'`,
    )) as { actor: string; detail_json: string }[];
    expect(audit.some((a) => a.actor === 'oidc:ana-lead' && JSON.parse(a.detail_json).via === 'oidc')).toBe(
      true,
    );
  });

  it('maps a team group to a member of that team, who sees only that team', async () => {
    const { callback } = await signInAs('bo-payments');
    expect(callback.status).toBe(302);
    const cookie = /pulse_session=([\w-]+)/.exec(callback.headers.get('set-cookie') ?? '')![1];
    const me = await (
      await t.app.request('/api/auth/me', { headers: { cookie: `pulse_session=${cookie}` } })
    ).json();
    expect(me).toMatchObject({ role: 'member', teams: ['payments'] });
    // Cookie writes still need the CSRF token from /me.
    const noCsrf = await t.app.request('/api/tokens', {
      method: 'POST',
      headers: { cookie: `pulse_session=${cookie}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noCsrf.status).toBe(403);
  });

  it('refuses someone none of whose groups is mapped, a forged state and an open redirect', async () => {
    const { callback } = await signInAs('cy-nobody');
    expect(callback.status).toBe(403);
    expect(callback.headers.get('set-cookie')).toBeNull();
    expect((await callback.json()).error.code).toBe('forbidden');

    const forged = await t.app.request(
      `${PULSE}/api/auth/oidc/callback?code=abc&state=not-a-state-we-issued`,
    );
    expect(forged.status).toBe(400);

    const { callback: redirected } = await signInAs('ana-lead', 'https://evil.example/phish');
    expect(redirected.headers.get('location')).toBe('/');
    const { callback: protocolRelative } = await signInAs('ana-lead', '//evil.example/');
    expect(protocolRelative.headers.get('location')).toBe('/');

    const failures = (await t.db.all(
      sql`select detail_json from audit_log where action = 'session.sign-in-failed'`,
    )) as { detail_json: string }[];
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it('a provider error at the callback is a 401 without a session', async () => {
    const start = await t.app.request(`${PULSE}/api/auth/oidc/login`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const res = await t.app.request(`${PULSE}/api/auth/oidc/callback?error=access_denied&state=${state}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('is 404 when not configured', async () => {
    const plain = await createTestApp();
    try {
      expect((await plain.app.request('/api/auth/oidc/login')).status).toBe(404);
      expect(await (await plain.app.request('/api/auth/oidc/config')).json()).toEqual({ enabled: false });
    } finally {
      plain.close();
    }
  });
});
