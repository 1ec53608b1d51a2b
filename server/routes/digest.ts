import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { buildDigestContent, type DigestScope } from '../services/digest/content.js';
import { escapeHtml, renderDigest } from '../services/digest/render.js';
import { ISO_WEEK_PATTERN, lastCompleteWeek, weekRange } from '../services/digest/schedule.js';
import { publicBaseUrl, signingSecret, verifyUnsubscribeSignature } from '../services/digest/signing.js';
import {
  listSubscriptions,
  subscribe,
  subscriptionInputSchema,
  unsubscribe,
} from '../services/digest/subscriptions.js';
import { canReadTeam, type Principal } from '../services/principal.js';

const weekParam = z
  .string()
  .regex(ISO_WEEK_PATTERN, 'must be an ISO week as YYYY-Www')
  .refine((w) => {
    try {
      weekRange(w);
      return true;
    } catch {
      return false;
    }
  }, 'no such ISO week');
const previewQuery = z.object({
  scope: z
    .string()
    .regex(/^(?:org|team:[\w.-]{1,100})$/, 'must be "org" or "team:<team id>"')
    .default('org'),
  week: weekParam.optional(),
});
const unsubscribeQuery = z.object({
  s: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[0-9a-fA-F]{64}$/),
});
const idParam = z.coerce.number().int().positive();

describeRoute({
  method: 'get',
  path: '/api/subscriptions',
  summary: 'Digest subscriptions (admin: all; others: their own address)',
  tags: ['digest'],
});
describeRoute({
  method: 'post',
  path: '/api/subscriptions',
  summary: 'Subscribe to the weekly digest (members: own teams; leaders: organisation)',
  tags: ['digest'],
  body: subscriptionInputSchema,
});
describeRoute({
  method: 'delete',
  path: '/api/subscriptions/:id',
  summary: 'End a digest subscription',
  tags: ['digest'],
});
describeRoute({
  method: 'get',
  path: '/api/digest/preview',
  summary: 'Render a weekly digest without sending it ({subject, html, text})',
  tags: ['digest'],
  query: previewQuery,
});
describeRoute({
  method: 'get',
  path: '/api/digest/unsubscribe',
  summary: 'Confirm page for a signed unsubscribe link',
  tags: ['digest'],
  query: unsubscribeQuery,
  auth: 'signature',
});
describeRoute({
  method: 'post',
  path: '/api/digest/unsubscribe',
  summary: 'One-click unsubscribe (RFC 8058) with a signed link',
  tags: ['digest'],
  query: unsubscribeQuery,
  auth: 'signature',
});

function previewScope(principal: Principal, raw: string): DigestScope {
  if (principal.role === 'ingest') throw new ApiError('forbidden', 'Ingest tokens cannot read digests.');
  if (raw === 'org') {
    if (principal.role !== 'admin' && principal.role !== 'leader') {
      throw new ApiError(
        'forbidden',
        'The organisation digest is for leaders; preview one of your teams with scope=team:<id>.',
        'scope',
      );
    }
    return { kind: 'org' };
  }
  const team = raw.slice('team:'.length);
  if (!canReadTeam(principal, team)) throw new ApiError('forbidden', `No access to team '${team}'.`, 'scope');
  return { kind: 'teams', teams: [team] };
}

/** A small page for people who follow the link in a browser. Styled by nothing inline: the app's CSP forbids it. */
function page(title: string, body: string, status: 200 | 400 = 200): Response {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export function digestRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/subscriptions', async (c) =>
    c.json({ items: await listSubscriptions(c.var.deps.db, c.var.principal) }),
  );

  app.post('/subscriptions', async (c) =>
    c.json(await subscribe(c.var.deps.db, c.var.principal, await readJson(c.req.raw), c.var.deps.now()), 201),
  );

  app.delete('/subscriptions/:id', async (c) => {
    const id = validate(idParam, c.req.param('id'), 'id');
    if (c.var.principal.role === 'ingest')
      throw new ApiError('forbidden', 'Ingest tokens cannot manage digest subscriptions.');
    if (!(await unsubscribe(c.var.deps.db, c.var.principal, id)))
      throw new ApiError('not_found', `No subscription ${id} of yours.`, 'id');
    return c.body(null, 204);
  });

  app.get('/digest/preview', async (c) => {
    const { db, config, now } = c.var.deps;
    const q = validate(previewQuery, c.req.query());
    const scope = previewScope(c.var.principal, q.scope);
    const isoWeek = q.week ?? lastCompleteWeek(now());
    const content = await buildDigestContent(db, {
      isoWeek,
      scope,
      now: now(),
      slo: { sev12: config.SLO_DAYS_SEV12, other: config.SLO_DAYS_OTHER },
    });
    const rendered = renderDigest(content, { baseUrl: publicBaseUrl(config) });
    return c.json({ isoWeek, scope: q.scope, ...rendered });
  });

  const checkLink = async (c: { var: AppEnv['Variables']; req: { query: () => Record<string, string> } }) => {
    const parsed = unsubscribeQuery.safeParse(c.req.query());
    if (!parsed.success) return null;
    const secret = await signingSecret(c.var.deps.db, c.var.deps.config);
    return (await verifyUnsubscribeSignature(secret, parsed.data.s, parsed.data.sig)) ? parsed.data : null;
  };
  const invalid = () =>
    page(
      'This unsubscribe link is not valid',
      '<p>The link may have been cut short by your mail program. Use the link from the latest digest, or ask an administrator.</p>',
      400,
    );

  app.get('/digest/unsubscribe', async (c) => {
    const link = await checkLink(c);
    if (!link) return invalid();
    const action = `/api/digest/unsubscribe?s=${link.s}&sig=${link.sig}`;
    return page(
      'Unsubscribe from the Pulse weekly digest?',
      `<p>You will get no more weekly digests at this address for this subscription.</p><form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
    );
  });

  app.post('/digest/unsubscribe', async (c) => {
    const link = await checkLink(c);
    if (!link) return invalid();
    // Idempotent: a second click (or the mail client's one-click POST after the form) is still a success.
    const removed = await unsubscribe(c.var.deps.db, null, link.s);
    c.var.log.info('digest unsubscribe', { subscriptionId: link.s, removed });
    return page('You are unsubscribed', '<p>No more weekly digests will be sent for this subscription.</p>');
  });

  return app;
}
