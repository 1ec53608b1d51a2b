import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../context.js';
import { errorBody } from '../errors.js';
import { hitRateLimit } from '../services/rate-limit.js';

const WINDOW_SECONDS = 60;

/**
 * Client address for rate limiting. The entry point knows where it really comes from (Node: the socket,
 * Workers: cf-connecting-ip, set by Cloudflare's edge); X-Forwarded-For is trusted only when configured.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const { config, clientAddress: fromEntry } = c.var.deps;
  if (config.TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return fromEntry?.(c) ?? 'unknown';
}

/**
 * Bodies are refused with 413 as soon as they pass the limit: a declared Content-Length is checked before
 * reading, a streamed body is counted while it arrives and never read past the limit.
 */
export function limitBodies(): MiddlewareHandler<AppEnv> {
  const limiters = new Map<number, MiddlewareHandler<AppEnv>>();
  return (c, next) => {
    const { config } = c.var.deps;
    const maxSize =
      c.req.path === '/api/postmortems/bulk' ? config.MAX_BULK_BYTES : config.MAX_DOCUMENT_BYTES * 2;
    let limiter = limiters.get(maxSize);
    if (!limiter) {
      limiter = bodyLimit({
        maxSize,
        onError: (ctx) =>
          ctx.json(
            errorBody(
              'payload_too_large',
              `Request body is larger than the limit of ${maxSize} bytes.`,
              'body',
              ctx.var.requestId,
            ),
            413,
          ),
      });
      limiters.set(maxSize, limiter);
    }
    return limiter(c, next);
  };
}

interface Bucket {
  name: string;
  matches: (method: string, path: string) => boolean;
  limit: (c: Context<AppEnv>) => number;
}

const SIGN_IN: Bucket = {
  name: 'signin',
  matches: (method, path) =>
    (method === 'POST' && path === '/api/auth/session') ||
    path === '/api/auth/oidc/login' ||
    path === '/api/auth/oidc/callback',
  limit: (c) => c.var.deps.config.RATE_LIMIT_SIGNIN_PER_MINUTE,
};

const INGEST: Bucket = {
  name: 'ingest',
  matches: (method, path) =>
    method === 'POST' &&
    (path === '/api/postmortems' || path === '/api/postmortems/bulk' || path.startsWith('/api/webhooks/')),
  limit: (c) => c.var.deps.config.RATE_LIMIT_INGEST_PER_MINUTE,
};

function refuse(c: Context<AppEnv>, retryAfterSeconds: number, what: string) {
  return c.json(
    errorBody(
      'rate_limited',
      `Too many ${what} requests; retry in ${retryAfterSeconds} s.`,
      null,
      c.var.requestId,
    ),
    429,
    {
      'retry-after': String(retryAfterSeconds),
    },
  );
}

async function check(c: Context<AppEnv>, bucket: Bucket, keys: string[]) {
  const { db, now } = c.var.deps;
  for (const key of keys) {
    const decision = await hitRateLimit(db, `${bucket.name}:${key}`, bucket.limit(c), WINDOW_SECONDS, now());
    if (!decision.allowed)
      return refuse(c, decision.retryAfterSeconds, bucket.name === 'signin' ? 'sign-in' : 'ingest');
  }
  return null;
}

/** Sign-in attempts, counted per client address before any credential is looked at. */
export function rateLimitSignIn(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SIGN_IN.matches(c.req.method, c.req.path)) return next();
    return (await check(c, SIGN_IN, [`ip:${clientAddress(c)}`])) ?? next();
  };
}

/**
 * Ingest, counted per client address and (after authentication) per token or session, so one leaked or
 * runaway token cannot flood the database from many addresses.
 */
export function rateLimitIngest(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!INGEST.matches(c.req.method, c.req.path)) return next();
    const keys = [`ip:${clientAddress(c)}`];
    const p = c.get('principal');
    if (p?.tokenId != null) keys.push(`token:${p.tokenId}`);
    else if (p?.sessionId) keys.push(`session:${p.sessionId}`);
    return (await check(c, INGEST, keys)) ?? next();
  };
}
