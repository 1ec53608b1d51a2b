import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { recordAudit } from '../services/audit.js';
import {
  type CreatedSession,
  createSession,
  csrfTokenFor,
  deleteSession,
  principalFromSession,
  principalFromToken,
  SESSION_COOKIE,
} from '../services/tokens.js';

const signInSchema = z.object({ token: z.string().min(1).max(500) });

describeRoute({
  method: 'post',
  path: '/api/auth/session',
  summary: 'Exchange an API token for a session cookie',
  tags: ['auth'],
  body: signInSchema,
  auth: 'public',
});
describeRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'Who the session or token is (role, teams, csrf token)',
  tags: ['auth'],
  auth: 'public',
});
describeRoute({
  method: 'delete',
  path: '/api/auth/session',
  summary: 'Sign out',
  tags: ['auth'],
  auth: 'public',
});

/**
 * HttpOnly so scripts never see it; Secure whenever the site is served over HTTPS (also behind a proxy that
 * terminates TLS, which PUBLIC_URL reveals); Lax so following a link into the dashboard keeps the session
 * while cross-site writes do not carry it.
 */
export function setSessionCookie(c: Context<AppEnv>, session: CreatedSession): void {
  const publicUrl = c.var.deps.config.PUBLIC_URL;
  setCookie(c, SESSION_COOKIE, session.cookieValue, {
    httpOnly: true,
    secure: new URL(c.req.url).protocol === 'https:' || (publicUrl?.startsWith('https:') ?? false),
    sameSite: 'Lax',
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/auth/session', async (c) => {
    const { db, now } = c.var.deps;
    // JSON only: a cross-site HTML form cannot send it, so no other site can sign a visitor in (login CSRF).
    if ((c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') {
      throw new ApiError(
        'unsupported_media_type',
        'Send application/json: {"token": "..."}.',
        'content-type',
      );
    }
    const { token } = validate(signInSchema, await readJson(c.req.raw));
    const principal = await principalFromToken(db, token, now());
    if (!principal) {
      await recordAudit(db, {
        actor: 'anonymous',
        action: 'session.sign-in-failed',
        detail: { via: 'token' },
        requestId: c.var.requestId,
      });
      throw new ApiError('unauthorized', 'That token is unknown, revoked or expired.', 'token');
    }
    if (principal.role === 'ingest')
      throw new ApiError('forbidden', 'Ingest tokens cannot open dashboard sessions.', 'token');
    const session = await createSession(db, principal, now(), { via: 'token', requestId: c.var.requestId });
    setSessionCookie(c, session);
    return c.json({
      role: principal.role,
      teams: principal.teams,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    });
  });

  app.get('/auth/me', async (c) => {
    const { db, now } = c.var.deps;
    const cookie = getCookie(c, SESSION_COOKIE);
    const header = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const principal = cookie
      ? await principalFromSession(db, cookie, now())
      : header
        ? await principalFromToken(db, header[1]!, now())
        : null;
    if (!principal) throw new ApiError('unauthorized', 'Not signed in.');
    // The dashboard (also after a single sign-on redirect) learns its CSRF token here.
    const csrfToken = cookie && principal.via === 'session' ? await csrfTokenFor(cookie) : null;
    return c.json({ role: principal.role, teams: principal.teams, via: principal.via, csrfToken });
  });

  app.delete('/auth/session', async (c) => {
    const { db, now } = c.var.deps;
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const session = await principalFromSession(db, cookie, now());
      if (session?.sessionId) {
        await deleteSession(db, session.sessionId);
        await recordAudit(db, {
          actor: session.subject,
          action: 'session.sign-out',
          requestId: c.var.requestId,
        });
      }
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  return app;
}
