import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';

const TEAM = 'pulse-test-team';
const AUD = 'aud-tag-0123456789';
const ISSUER = `https://${TEAM}.cloudflareaccess.com`;
const CERTS = `${ISSUER}/cdn-cgi/access/certs`;

let t: TestApp;
let privateKey: CryptoKey;
let strangerKey: CryptoKey;
let certFetches = 0;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  // Cloudflare's certs endpoint, answered locally: the code under test builds the real URL from the team.
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === CERTS) {
      certFetches++;
      return new Response(JSON.stringify({ keys: [jwk] }), {
        headers: { 'content-type': 'application/json' },
      });
    }
    return realFetch(input, init);
  }) as typeof fetch;
  t = await createTestApp({
    CF_ACCESS_TEAM: TEAM,
    CF_ACCESS_AUD: AUD,
    OIDC_GROUP_MAP: JSON.stringify({
      'sre-leads': { role: 'leader' },
      payments: { role: 'member', teams: ['payments'] },
    }),
  });
});

afterAll(() => {
  globalThis.fetch = realFetch;
  t.close();
});

function assertion(
  claims: Record<string, unknown>,
  opts: { key?: CryptoKey; aud?: string; iss?: string; exp?: string | number } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject(String(claims.sub ?? 'user-1'))
    .setIssuer(opts.iss ?? ISSUER)
    .setAudience(opts.aud ?? AUD)
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '5m')
    .sign(opts.key ?? privateKey);
}

const call = (jwt: string, init: RequestInit = {}) =>
  t.app.request('http://pulse.example/api/postmortems', {
    ...init,
    headers: { 'cf-access-jwt-assertion': jwt, ...(init.headers as Record<string, string>) },
  });

describe('Cloudflare Access assertion', () => {
  it('accepts a valid assertion and maps groups to role and teams', async () => {
    expect((await call(await assertion({ sub: 'u1', groups: ['sre-leads'] }))).status).toBe(200);
    const me = await t.app.request('/api/postmortems', {
      headers: { 'cf-access-jwt-assertion': await assertion({ sub: 'u2', groups: ['payments'] }) },
    });
    expect(me.status).toBe(200);
    expect(certFetches).toBe(1);
  });

  it('refuses forged, expired, wrong-audience and wrong-issuer assertions, and unmapped identities', async () => {
    expect((await call(await assertion({ groups: ['sre-leads'] }, { key: strangerKey }))).status).toBe(401);
    expect(
      (await call(await assertion({ groups: ['sre-leads'] }, { exp: Math.floor(Date.now() / 1000) - 3600 })))
        .status,
    ).toBe(401);
    expect((await call(await assertion({ groups: ['sre-leads'] }, { aud: 'another-app' }))).status).toBe(401);
    expect(
      (await call(await assertion({ groups: ['sre-leads'] }, { iss: 'https://evil.cloudflareaccess.com' })))
        .status,
    ).toBe(401);
    expect((await call('not.a.jwt')).status).toBe(401);
    expect((await call(await assertion({ groups: ['visitors'] }))).status).toBe(403);
  });

  it('refuses cross-site writes carried by Access', async () => {
    const jwt = await assertion({ groups: ['payments'] });
    const crossSite = await call(jwt, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/markdown' },
      body: '# x',
    });
    expect(crossSite.status).toBe(403);
  });

  it('is ignored when not configured', async () => {
    const plain = await createTestApp();
    try {
      const res = await plain.app.request('/api/postmortems', {
        headers: { 'cf-access-jwt-assertion': await assertion({ groups: ['sre-leads'] }) },
      });
      expect(res.status).toBe(401);
    } finally {
      plain.close();
    }
  });
});
