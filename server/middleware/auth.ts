import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { sha256Hex, timingSafeEqual } from '../lib/crypto.js';
import { principalFromSession, principalFromToken, SESSION_COOKIE } from '../services/tokens.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

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
          throw new ApiError('forbidden', 'Missing or wrong CSRF token (send the x-csrf-token header).', CSRF_HEADER);
        }
      }
      const { csrfHash: _csrf, ...principal } = session;
      c.set('principal', principal);
      return next();
    }
    throw new ApiError('unauthorized', 'Sign in, or send an API token as "Authorization: Bearer <token>".');
  };
}
