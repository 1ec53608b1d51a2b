import { type Context, Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { hmacSha256Hex, timingSafeEqual } from '../lib/crypto.js';
import { describeRoute } from '../openapi.js';
import {
  applyTicketEvent,
  githubIssueEvent,
  jiraIssueEvent,
  recordDelivery,
  type TicketEvent,
} from '../services/trackers.js';

describeRoute({
  method: 'post',
  path: '/api/webhooks/github',
  summary: 'GitHub `issues` events (X-Hub-Signature-256 verified)',
  tags: ['webhooks'],
  auth: 'signature',
});
describeRoute({
  method: 'post',
  path: '/api/webhooks/jira',
  summary: 'Jira issue updated/transitioned (signed webhooks, X-Hub-Signature)',
  tags: ['webhooks'],
  auth: 'signature',
});

/** Tracker webhook payloads are small; anything larger is not one. */
const MAX_PAYLOAD_BYTES = 512 * 1024;

async function verifiedBody(
  raw: ArrayBuffer,
  secret: string | undefined,
  header: string | undefined,
  provider: string,
) {
  if (!secret) throw new ApiError('unavailable', `${provider} webhooks are not configured on this server.`);
  if (raw.byteLength > MAX_PAYLOAD_BYTES)
    throw new ApiError('payload_too_large', 'Webhook payload is too large.', 'body');
  const sent = /^sha256=([0-9a-f]{64})$/i.exec(header ?? '');
  const expected = await hmacSha256Hex(secret, new Uint8Array(raw));
  if (!sent || !timingSafeEqual(sent[1]!.toLowerCase(), expected)) {
    throw new ApiError('unauthorized', 'Missing or invalid webhook signature.', 'signature');
  }
  try {
    return JSON.parse(new TextDecoder().decode(raw)) as unknown;
  } catch {
    throw new ApiError('bad_request', 'Webhook payload is not JSON.', 'body');
  }
}

/**
 * Tracker webhooks authenticate by signature only (never a token or session). A delivery id seen before
 * is answered 200 and changes nothing; the work per delivery is a few indexed statements, so it is done
 * before answering and a crash cannot lose a delivery that was acknowledged.
 */
export function webhookRoutes() {
  const app = new Hono<AppEnv>();

  const handle = async (
    c: Context<AppEnv>,
    provider: 'github' | 'jira',
    deliveryId: string | undefined,
    event: string,
    toTicket: () => TicketEvent | null,
  ) => {
    const ticket = toTicket();
    if (!ticket) return c.json({ ok: true, ignored: true });
    const { db } = c.var.deps;
    if (deliveryId && !(await recordDelivery(db, provider, deliveryId, event)))
      return c.json({ ok: true, duplicate: true });
    const changed = await applyTicketEvent(db, ticket);
    c.var.log.info('tracker event', { provider, ref: ticket.ref, state: ticket.state, changed });
    return c.json({ ok: true, ref: ticket.ref, state: ticket.state, applied: changed });
  };

  app.post('/webhooks/github', async (c) => {
    const payload = await verifiedBody(
      await c.req.arrayBuffer(),
      c.var.deps.config.GITHUB_WEBHOOK_SECRET,
      c.req.header('x-hub-signature-256'),
      'GitHub',
    );
    const event = c.req.header('x-github-event') ?? '';
    if (event === 'ping') return c.json({ ok: true });
    if (event !== 'issues') return c.json({ ok: true, ignored: true });
    return handle(c, 'github', c.req.header('x-github-delivery'), event, () =>
      githubIssueEvent(payload as Parameters<typeof githubIssueEvent>[0]),
    );
  });

  app.post('/webhooks/jira', async (c) => {
    const payload = await verifiedBody(
      await c.req.arrayBuffer(),
      c.var.deps.config.JIRA_WEBHOOK_SECRET,
      c.req.header('x-hub-signature'),
      'Jira',
    );
    const p = payload as Parameters<typeof jiraIssueEvent>[0];
    const deliveryId =
      c.req.header('x-atlassian-webhook-identifier') ??
      (p.timestamp && p.issue?.key ? `${p.issue.key}@${p.timestamp}` : undefined);
    return handle(c, 'jira', deliveryId, p.webhookEvent ?? 'unknown', () => jiraIssueEvent(p));
  });

  return app;
}
