import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { sha256Hex, timingSafeEqual } from '../lib/crypto.js';
import { accessSettings, principalFromAccess, verifyAccessJwt } from '../services/cloudflare-access.js';
import { principalFromSession, principalFromToken, SESSION_COOKIE } from '../services/tokens.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

/** Browsers send Origin on cross-site writes; a write whose Origin differs from the request's is refused. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return request.headers.get('sec-fetch-site') !== 'cross-site';
  return origin === new URL(request.url).origin;
}

/**
 * Every /api route passes here unless it is public (health, docs, sign-in) or signature-authenticated
 * (tracker webhooks). Bearer tokens are not sent by browsers on their own, so only cookie-authenticated
 * writes need the CSRF check (a per-session token echoed in a header).
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, now } = c.var.deps;
    const header = c.req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match ? await principalFromToken(db, match[1]!, now()) : null;
      if (!principal) throw new ApiError('unauthorized', 'The bearer token is unknown, revoked or expired.');
      c.set('principal', principal);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const session = await principalFromSession(db, cookie, now());
      if (!session) throw new ApiError('unauthorized', 'The session has expired; sign in again.');
      if (UNSAFE_METHODS.has(c.req.method)) {
        const sent = c.req.header(CSRF_HEADER) ?? '';
        if (!sent || !timingSafeEqual(await sha256Hex(sent), session.csrfHash)) {
          throw new ApiError(
            'forbidden',
            'Missing or wrong CSRF token (send the x-csrf-token header).',
            CSRF_HEADER,
          );
        }
      }
      const { csrfHash: _csrf, ...principal } = session;
      c.set('principal', principal);
      return next();
    }
    // Cloudflare Access (Workers behind Access): the edge-signed identity, verified here, never trusted blindly.
    const access = accessSettings(c.var.deps.config);
    const assertion = c.req.header('cf-access-jwt-assertion');
    if (access && assertion) {
      const claims = await verifyAccessJwt(assertion, access, now());
      if (!claims)
        throw new ApiError('unauthorized', 'The Cloudflare Access assertion is invalid or expired.');
      const principal = principalFromAccess(claims, c.var.deps.config);
      if (!principal)
        throw new ApiError(
          'forbidden',
          'This Cloudflare Access identity has no role here (see OIDC_GROUP_MAP, CF_ACCESS_DEFAULT_ROLE).',
        );
      // Access identities come with cookies the browser sends on its own: writes need a CSRF defence too.
      // Workers behind Access get it from SameSite=Lax on CF_Authorization plus this same-origin check.
      if (UNSAFE_METHODS.has(c.req.method) && !sameOrigin(c.req.raw)) {
        throw new ApiError('forbidden', 'Cross-site write refused.', 'origin');
      }
      c.set('principal', principal);
      return next();
    }
    throw new ApiError('unauthorized', 'Sign in, or send an API token as "Authorization: Bearer <token>".');
  };
}
