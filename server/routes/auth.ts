import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { createSession, deleteSession, principalFromSession, principalFromToken, SESSION_COOKIE } from '../services/tokens.js';

const signInSchema = z.object({ token: z.string().min(1).max(500) });

describeRoute({ method: 'post', path: '/api/auth/session', summary: 'Exchange an API token for a session cookie', tags: ['auth'], body: signInSchema, auth: 'public' });
describeRoute({ method: 'get', path: '/api/auth/me', summary: 'Who the session or token is (role, teams, csrf token)', tags: ['auth'], auth: 'public' });
describeRoute({ method: 'delete', path: '/api/auth/session', summary: 'Sign out', tags: ['auth'], auth: 'public' });

export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/auth/session', async (c) => {
    const { db, now } = c.var.deps;
    const { token } = validate(signInSchema, await readJson(c.req.raw));
    const principal = await principalFromToken(db, token, now());
    if (!principal) throw new ApiError('unauthorized', 'That token is unknown, revoked or expired.', 'token');
    if (principal.role === 'ingest') throw new ApiError('forbidden', 'Ingest tokens cannot open dashboard sessions.', 'token');
    const session = await createSession(db, principal, now());
    setCookie(c, SESSION_COOKIE, session.cookieValue, {
      httpOnly: true,
      secure: new URL(c.req.url).protocol === 'https:',
      sameSite: 'Lax',
      path: '/',
      expires: new Date(session.expiresAt),
    });
    return c.json({ role: principal.role, teams: principal.teams, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
  });

  app.get('/auth/me', async (c) => {
    const { db, now } = c.var.deps;
    const cookie = getCookie(c, SESSION_COOKIE);
    const header = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const principal = cookie ? await principalFromSession(db, cookie, now()) : header ? await principalFromToken(db, header[1]!, now()) : null;
    if (!principal) throw new ApiError('unauthorized', 'Not signed in.');
    return c.json({ role: principal.role, teams: principal.teams, via: principal.via });
  });

  app.delete('/auth/session', async (c) => {
    const { db, now } = c.var.deps;
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const session = await principalFromSession(db, cookie, now());
      if (session?.sessionId) await deleteSession(db, session.sessionId);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  return app;
}
