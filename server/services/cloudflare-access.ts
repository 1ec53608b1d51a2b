import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import { mapGroups } from './group-map.js';
import type { Principal } from './principal.js';

/**
 * Cloudflare Access in front of the Worker signs every request it lets through with a JWT in the
 * Cf-Access-Jwt-Assertion header. We verify it ourselves (signature against the team's published keys,
 * issuer, audience tag, expiry) instead of trusting that the request came through Access.
 */
export interface AccessSettings {
  team: string;
  audience: string;
  /** Overridable for tests; defaults to https://<team>.cloudflareaccess.com. */
  issuer?: string;
  certsUrl?: string;
}

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(url: string) {
  let set = keySets.get(url);
  if (!set) {
    // jose caches the keys and refetches on an unknown key id (Access rotates its keys).
    set = createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    keySets.set(url, set);
  }
  return set;
}

export function accessSettings(config: Config): AccessSettings | null {
  if (!config.CF_ACCESS_TEAM || !config.CF_ACCESS_AUD) return null;
  return { team: config.CF_ACCESS_TEAM, audience: config.CF_ACCESS_AUD };
}

/** Verified claims of an Access JWT, or null when it is missing, forged, expired or for another app. */
export async function verifyAccessJwt(
  jwt: string,
  settings: AccessSettings,
  now: Date,
): Promise<JWTPayload | null> {
  const issuer = settings.issuer ?? `https://${settings.team}.cloudflareaccess.com`;
  const certsUrl = settings.certsUrl ?? `${issuer}/cdn-cgi/access/certs`;
  try {
    const { payload } = await jwtVerify(jwt, keySet(certsUrl), {
      issuer,
      audience: settings.audience,
      algorithms: ['RS256'],
      currentDate: now,
      clockTolerance: 30,
    });
    return payload;
  } catch {
    return null;
  }
}

/**
 * Principal for a verified Access identity: roles and teams from OIDC_GROUP_MAP applied to its `groups`
 * claim, else CF_ACCESS_DEFAULT_ROLE (no teams), else none (the request is refused).
 */
export function principalFromAccess(payload: JWTPayload, config: Config): Principal | null {
  const groups = Array.isArray(payload.groups)
    ? payload.groups.filter((g): g is string => typeof g === 'string')
    : [];
  const mapped = mapGroups(groups, config.OIDC_GROUP_MAP);
  const role = mapped?.role ?? config.CF_ACCESS_DEFAULT_ROLE;
  if (!role || !payload.sub) return null;
  return {
    role,
    teams: mapped?.teams ?? [],
    subject: `cf-access:${payload.sub}`,
    via: 'cloudflare-access',
    tokenId: null,
    sessionId: null,
  };
}
