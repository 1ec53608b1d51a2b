import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { recordAudit } from '../services/audit.js';
import { beginLogin, completeLogin, oidcSettings } from '../services/oidc.js';
import { createSession } from '../services/tokens.js';
import { setSessionCookie } from './auth.js';

const loginQuery = z.object({ returnTo: z.string().max(500).optional() });
const callbackQuery = z.object({
  code: z.string().min(1).max(4096).optional(),
  state: z.string().min(1).max(500),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

describeRoute({
  method: 'get',
  path: '/api/auth/oidc/config',
  summary: 'Whether single sign-on is configured',
  tags: ['auth'],
  auth: 'public',
});
describeRoute({
  method: 'get',
  path: '/api/auth/oidc/login',
  summary: 'Start single sign-on (redirects to the identity provider)',
  tags: ['auth'],
  query: loginQuery,
  auth: 'public',
});
describeRoute({
  method: 'get',
  path: '/api/auth/oidc/callback',
  summary: 'Single sign-on callback: opens a session, redirects to the dashboard',
  tags: ['auth'],
  query: callbackQuery,
  auth: 'public',
});

export function oidcRoutes() {
  const app = new Hono<AppEnv>();

  const settingsOrThrow = (config: AppEnv['Variables']['deps']['config']) => {
    const settings = oidcSettings(config);
    if (!settings)
      throw new ApiError('not_found', 'Single sign-on is not configured (OIDC_ISSUER, OIDC_CLIENT_ID).');
    return settings;
  };

  const redirectUri = (c: { req: { url: string } }, config: AppEnv['Variables']['deps']['config']) =>
    config.OIDC_REDIRECT_URL ??
    `${config.PUBLIC_URL?.replace(/\/+$/, '') ?? new URL(c.req.url).origin}/api/auth/oidc/callback`;

  app.get('/auth/oidc/config', (c) => c.json({ enabled: oidcSettings(c.var.deps.config) !== null }));

  app.get('/auth/oidc/login', async (c) => {
    const { db, config, now } = c.var.deps;
    const settings = settingsOrThrow(config);
    const { returnTo } = validate(loginQuery, c.req.query());
    const url = await beginLogin(db, settings, { redirectUri: redirectUri(c, config), returnTo, now: now() });
    c.header('cache-control', 'no-store');
    return c.redirect(url, 302);
  });

  app.get('/auth/oidc/callback', async (c) => {
    const { db, config, now } = c.var.deps;
    const settings = settingsOrThrow(config);
    const q = validate(callbackQuery, c.req.query());
    const fail = async (reason: string) =>
      recordAudit(db, {
        actor: 'anonymous',
        action: 'session.sign-in-failed',
        detail: { via: 'oidc', reason },
        requestId: c.var.requestId,
      });
    if (q.error || !q.code) {
      await fail(q.error ?? 'no code');
      throw new ApiError(
        'unauthorized',
        `The identity provider did not sign you in${q.error ? ` (${q.error})` : ''}.`,
        'code',
      );
    }
    let login: Awaited<ReturnType<typeof completeLogin>>;
    try {
      login = await completeLogin(db, settings, { code: q.code, state: q.state, now: now() });
    } catch (error) {
      await fail(error instanceof ApiError ? error.code : 'internal');
      throw error;
    }
    const session = await createSession(db, login.principal, now(), {
      via: 'oidc',
      requestId: c.var.requestId,
    });
    setSessionCookie(c, session);
    c.header('cache-control', 'no-store');
    return c.redirect(login.returnTo, 302);
  });

  return app;
}
