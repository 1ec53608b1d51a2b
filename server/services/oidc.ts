import { and, eq, like, lt, sql } from 'drizzle-orm';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { appMeta } from '../../db/schema/index.js';
import type { Config } from '../config.js';
import { ApiError } from '../errors.js';
import { randomSecret, sha256Hex } from '../lib/crypto.js';
import { mapGroups } from './group-map.js';
import type { Principal } from './principal.js';

/**
 * Generic OpenID Connect sign-in: discovery, authorization code with PKCE (S256), state and nonce.
 * The pending login (nonce, PKCE verifier) lives in app_meta under the hash of its state, so the
 * callback may land on another process or Worker isolate, and each state is usable once.
 * Only fetch and Web Crypto (through jose), so it runs on Node and Workers alike.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
  groupsClaim: string;
  groupMap: string | undefined;
  redirectUrl: string | null;
}

const PENDING_PREFIX = 'oidc-login:';
const PENDING_MINUTES = 10;
const DISCOVERY_TTL_MS = 3_600_000;
const FETCH_TIMEOUT_MS = 10_000;

export function oidcSettings(config: Config): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return null;
  return {
    issuer: config.OIDC_ISSUER.replace(/\/+$/, ''),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET ?? null,
    scopes: config.OIDC_SCOPES,
    groupsClaim: config.OIDC_GROUPS_CLAIM,
    groupMap: config.OIDC_GROUP_MAP,
    redirectUrl: config.OIDC_REDIRECT_URL ?? null,
  };
}

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

const discoveries = new Map<string, { doc: Discovery; at: number }>();
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

async function fetchJson(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: null };
  }
}

function providerError(message: string): ApiError {
  // 503: the provider, not the user, is at fault; details go to the log line, never the secrets.
  return new ApiError('unavailable', `Single sign-on failed: ${message}`);
}

export async function discover(issuer: string, now: Date): Promise<Discovery> {
  const cached = discoveries.get(issuer);
  if (cached && now.getTime() - cached.at < DISCOVERY_TTL_MS) return cached.doc;
  let result: { status: number; body: unknown };
  try {
    result = await fetchJson(`${issuer}/.well-known/openid-configuration`);
  } catch {
    throw providerError('the identity provider did not answer.');
  }
  const parsed = discoverySchema.safeParse(result.body);
  if (result.status !== 200 || !parsed.success)
    throw providerError('the discovery document is missing or malformed.');
  // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer we asked.
  if (parsed.data.issuer.replace(/\/+$/, '') !== issuer)
    throw providerError('the discovery document names another issuer.');
  discoveries.set(issuer, { doc: parsed.data, at: now.getTime() });
  return parsed.data;
}

function base64Url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

interface PendingLogin {
  nonce: string;
  verifier: string;
  redirectUri: string;
  returnTo: string;
  expiresAt: string;
}

/** Only same-site paths: an open redirect after sign-in would hand phishers a trusted link. */
export function safeReturnTo(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value.slice(0, 500);
}

export async function beginLogin(
  db: Db,
  settings: OidcSettings,
  args: { redirectUri: string; returnTo?: string | undefined; now: Date },
): Promise<string> {
  const discovery = await discover(settings.issuer, args.now);
  const state = randomSecret(32);
  const nonce = randomSecret(32);
  const verifier = randomSecret(48);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const pending: PendingLogin = {
    nonce,
    verifier,
    redirectUri: args.redirectUri,
    returnTo: safeReturnTo(args.returnTo),
    expiresAt: new Date(args.now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
  };
  await db.batch([
    // Abandoned logins are swept whenever a new one starts.
    db
      .delete(appMeta)
      .where(
        and(
          like(appMeta.key, `${PENDING_PREFIX}%`),
          lt(sql`json_extract(${appMeta.value}, '$.expiresAt')`, args.now.toISOString()),
        ),
      ),
    db
      .insert(appMeta)
      .values({ key: PENDING_PREFIX + (await sha256Hex(state)), value: JSON.stringify(pending) }),
  ]);
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: args.redirectUri,
    scope: settings.scopes,
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

/** Value at a dotted claim path ("groups", "realm_access.roles"). */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function asGroups(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  return null;
}

export interface CompletedLogin {
  principal: Omit<Principal, 'via' | 'sessionId'>;
  returnTo: string;
  subject: string;
}

export async function completeLogin(
  db: Db,
  settings: OidcSettings,
  args: { code: string; state: string; now: Date },
): Promise<CompletedLogin> {
  // Delete-and-return makes each state single-use even when the callback is replayed concurrently.
  const [row] = await db
    .delete(appMeta)
    .where(eq(appMeta.key, PENDING_PREFIX + (await sha256Hex(args.state))))
    .returning({ value: appMeta.value });
  if (!row)
    throw new ApiError(
      'bad_request',
      'This sign-in link is unknown or was already used; start again.',
      'state',
    );
  const pending = JSON.parse(row.value) as PendingLogin;
  if (Date.parse(pending.expiresAt) <= args.now.getTime()) {
    throw new ApiError('bad_request', 'This sign-in took too long; start again.', 'state');
  }
  const discovery = await discover(settings.issuer, args.now);

  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (settings.clientSecret) {
    // RFC 6749 §2.3.1: both parts form-urlencoded before base64.
    const id = encodeURIComponent(settings.clientId);
    const secret = encodeURIComponent(settings.clientSecret);
    headers.authorization = `Basic ${btoa(`${id}:${secret}`)}`;
  }
  let tokenResponse: { status: number; body: unknown };
  try {
    tokenResponse = await fetchJson(discovery.token_endpoint, {
      method: 'POST',
      headers,
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: args.code,
        redirect_uri: pending.redirectUri,
        code_verifier: pending.verifier,
        client_id: settings.clientId,
      }),
    });
  } catch {
    throw providerError('the token endpoint did not answer.');
  }
  const tokens = z
    .object({ id_token: z.string(), access_token: z.string().optional() })
    .safeParse(tokenResponse.body);
  if (tokenResponse.status !== 200 || !tokens.success) {
    throw new ApiError('unauthorized', 'The identity provider refused the sign-in code.', 'code');
  }

  let keys = keySets.get(discovery.jwks_uri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
    keySets.set(discovery.jwks_uri, keys);
  }
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(tokens.data.id_token, keys, {
      issuer: discovery.issuer,
      audience: settings.clientId,
      currentDate: args.now,
      clockTolerance: 60,
    }));
  } catch {
    throw new ApiError('unauthorized', 'The identity token did not verify.', 'id_token');
  }
  if (claims.nonce !== pending.nonce)
    throw new ApiError('unauthorized', 'The identity token was issued for another sign-in.', 'nonce');
  if (!claims.sub) throw new ApiError('unauthorized', 'The identity token names nobody.', 'sub');

  let groups = asGroups(claimAt(claims, settings.groupsClaim));
  // Many providers release group claims only at the userinfo endpoint.
  if (groups === null && discovery.userinfo_endpoint && tokens.data.access_token) {
    try {
      const info = await fetchJson(discovery.userinfo_endpoint, {
        headers: { authorization: `Bearer ${tokens.data.access_token}`, accept: 'application/json' },
      });
      const body = info.body as Record<string, unknown> | null;
      if (info.status === 200 && body && body.sub === claims.sub)
        groups = asGroups(claimAt(body, settings.groupsClaim));
    } catch {
      throw providerError('the userinfo endpoint did not answer.');
    }
  }
  const mapped = mapGroups(groups ?? [], settings.groupMap);
  const subject = `oidc:${claims.sub}`;
  if (!mapped)
    throw new ApiError(
      'forbidden',
      'Signed in, but none of your groups has a role here; ask an admin to map one (OIDC_GROUP_MAP).',
    );
  return {
    principal: { role: mapped.role, teams: mapped.teams, subject, tokenId: null },
    returnTo: pending.returnTo,
    subject,
  };
}
