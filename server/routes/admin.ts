import { Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '../../db/schema/index.js';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { listAudit } from '../services/audit.js';
import { erasePerson } from '../services/erasure.js';
import { requireRole } from '../services/principal.js';
import { createToken, listTokens, revokeToken } from '../services/tokens.js';

const teamId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a team id (lower-case slug)');

/** A date means "valid through that day (UTC)"; a full timestamp is taken as is. Either must be in the future. */
export const expirySchema = z
  .union(
    [z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.iso.datetime({ offset: true })],
    'must be YYYY-MM-DD or an ISO timestamp',
  )
  .transform((v, ctx) => {
    const at = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T23:59:59.999Z`) : Date.parse(v);
    if (Number.isNaN(at)) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date' });
      return z.NEVER;
    }
    return new Date(at).toISOString();
  });

export const createTokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  teams: z.array(teamId).max(100).default([]),
  expiresAt: expirySchema.nullable().optional(),
});

const auditQuery = z.object({
  action: z.string().min(1).max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const erasePersonSchema = z.object({ name: z.string().trim().min(2).max(200) });

describeRoute({
  method: 'post',
  path: '/api/tokens',
  summary: 'Create an API token (admin); the secret is in this response only',
  tags: ['admin'],
  body: createTokenSchema,
});
describeRoute({
  method: 'get',
  path: '/api/tokens',
  summary: 'List API tokens without secrets (admin)',
  tags: ['admin'],
});
describeRoute({
  method: 'delete',
  path: '/api/tokens/:id',
  summary: 'Revoke an API token and end its sessions (admin)',
  tags: ['admin'],
});
describeRoute({
  method: 'get',
  path: '/api/audit',
  summary: 'Audit log, newest first ({items, nextBefore}) (admin)',
  tags: ['admin'],
  query: auditQuery,
});
describeRoute({
  method: 'post',
  path: '/api/admin/erase-person',
  summary: "Erase a person's name from every stored text (admin); per-table counts",
  tags: ['admin'],
  body: erasePersonSchema,
});

export function adminRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/tokens', async (c) => {
    requireRole(c.var.principal, 'admin');
    const input = validate(createTokenSchema, await readJson(c.req.raw));
    const now = c.var.deps.now();
    if (input.expiresAt && Date.parse(input.expiresAt) <= now.getTime()) {
      throw new ApiError('validation_failed', 'expiresAt: must be in the future', 'expiresAt');
    }
    if (input.role === 'member' && input.teams.length === 0) {
      throw new ApiError('validation_failed', 'teams: a member token needs at least one team', 'teams');
    }
    const created = await createToken(c.var.deps.db, input, {
      actor: c.var.principal.subject,
      requestId: c.var.requestId,
      now,
    });
    return c.json(created, 201);
  });

  app.get('/tokens', async (c) => {
    requireRole(c.var.principal, 'admin');
    return c.json({ items: await listTokens(c.var.deps.db) });
  });

  app.delete('/tokens/:id', async (c) => {
    requireRole(c.var.principal, 'admin');
    const id = validate(z.coerce.number().int().positive(), c.req.param('id'), 'id');
    await revokeToken(c.var.deps.db, id, {
      actor: c.var.principal.subject,
      requestId: c.var.requestId,
      now: c.var.deps.now(),
    });
    return c.body(null, 204);
  });

  app.get('/audit', async (c) => {
    const q = validate(auditQuery, c.req.query());
    return c.json(await listAudit(c.var.deps.db, c.var.principal, q));
  });

  app.post('/admin/erase-person', async (c) => {
    requireRole(c.var.principal, 'admin');
    const { name } = validate(erasePersonSchema, await readJson(c.req.raw));
    const { db, config } = c.var.deps;
    const report = await erasePerson(
      db,
      name,
      { actor: c.var.principal.subject, requestId: c.var.requestId },
      { recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS },
    );
    return c.json(report);
  });

  return app;
}
