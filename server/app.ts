import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './context.js';
import { ApiError, type ErrorCode, errorBody } from './errors.js';
import { authenticate } from './middleware/auth.js';
import { limitBodies, rateLimitIngest, rateLimitSignIn } from './middleware/limits.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { blameRoutes } from './routes/blame.js';
import { causeRoutes } from './routes/causes.js';
import { digestRoutes } from './routes/digest.js';
import { metaRoutes } from './routes/meta.js';
import { metricsRoutes } from './routes/metrics.js';
import { oidcRoutes } from './routes/oidc.js';
import { postmortemRoutes } from './routes/postmortems.js';
import { webhookRoutes } from './routes/webhooks.js';

/** Paths under /api that do not take a token or session (they authenticate otherwise or are public). */
const PUBLIC_API = [
  /^\/api\/health$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs$/,
  /^\/api\/auth\//,
  /^\/api\/webhooks\//,
  /^\/api\/digest\/unsubscribe/,
];

/** The dashboard's CSP: no inline script or style anywhere. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** The same policy as a header value: web/public/_headers carries it to Workers static assets (a test compares them). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`)
  .join('; ');

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('deps', deps);
    c.set('log', deps.logger.child({ requestId }));
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    // Raw responses (static assets, ASSETS binding) skip prepared headers; their headers may be immutable.
    if (c.res.headers.get('x-request-id') !== requestId) {
      try {
        c.res.headers.set('x-request-id', requestId);
      } catch {
        c.res = new Response(c.res.body, c.res);
        c.res.headers.set('x-request-id', requestId);
      }
    }
    c.var.log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP_DIRECTIVES,
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use('/api/*', rateLimitSignIn());
  app.use('/api/*', async (c, next) => {
    if (PUBLIC_API.some((re) => re.test(c.req.path))) return next();
    return authenticate()(c, next);
  });
  app.use('/api/*', rateLimitIngest());
  app.use('/api/*', limitBodies());

  app.route('/api', metaRoutes());
  app.route('/api', authRoutes());
  app.route('/api', oidcRoutes());
  app.route('/api', adminRoutes());
  app.route('/api', postmortemRoutes());
  app.route('/api', metricsRoutes());
  app.route('/api', blameRoutes());
  app.route('/api', digestRoutes());
  app.route('/api', causeRoutes());
  app.route('/api', webhookRoutes());

  app.notFound(async (c) => {
    if (!c.req.path.startsWith('/api/') && deps.assets) {
      const asset = await deps.assets(c.req.raw);
      if (asset) return asset;
    }
    return c.json(
      errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`, null, c.var.requestId),
      404,
    );
  });

  app.onError((err, c) => {
    const requestId = c.var.requestId ?? crypto.randomUUID();
    if (err instanceof ApiError) {
      if (err.status >= 500) c.var.log?.error('api error', { code: err.code, message: err.message });
      return c.json(errorBody(err.code, err.message, err.field, requestId), err.status);
    }
    if (err instanceof HTTPException) {
      const code: ErrorCode =
        err.status === 413 ? 'payload_too_large' : err.status === 401 ? 'unauthorized' : 'bad_request';
      const status = err.status === 413 || err.status === 401 ? err.status : 400;
      return c.json(errorBody(code, err.message || 'Bad request.', null, requestId), status);
    }
    // Internal details go to the log, never to the client.
    (c.var.log ?? deps.logger).error('unhandled error', {
      requestId,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    });
    return c.json(
      errorBody(
        'internal',
        'Something went wrong on our side. Quote the request id when reporting it.',
        null,
        requestId,
      ),
      500,
    );
  });

  return app;
}
