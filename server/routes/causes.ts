import { Hono } from 'hono';
import { z } from 'zod';
import { CAUSE_CATEGORIES } from '../../analysis/causes/types.js';
import type { AppEnv } from '../context.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import {
  getCause,
  getRecurrences,
  listCauses,
  markNotRepeat,
  mergeClusters,
  relabelCause,
  relabelClusterByUser,
  splitCluster,
  teamRecurringReport,
} from '../services/cause-reports.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const id = z.coerce.number().int().positive();
const causesQuery = z.object({
  team: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  category: z.enum(CAUSE_CATEGORIES).optional(),
});
const notRepeatBody = z.object({ postmortemId: id, repeatsPostmortemId: id });
const mergeBody = z.object({ clusterIds: z.array(id).min(2).max(50) });
const splitBody = z.object({ postmortemIds: z.array(id).min(1).max(500) });
const relabelBody = z.object({ label: z.string().trim().min(1).max(200) });
const categoryBody = z.object({ category: z.enum(CAUSE_CATEGORIES) });

describeRoute({
  method: 'get',
  path: '/api/causes',
  summary: 'Recurring-cause clusters with counts per month',
  tags: ['causes'],
  query: causesQuery,
});
describeRoute({
  method: 'get',
  path: '/api/causes/:id',
  summary: 'A cause cluster: incidents, teams, open follow-ups',
  tags: ['causes'],
});
describeRoute({
  method: 'patch',
  path: '/api/causes/:id',
  summary: 'Relabel a cause cluster (kept through reanalysis)',
  tags: ['causes'],
  body: relabelBody,
});
describeRoute({
  method: 'post',
  path: '/api/causes/merge',
  summary: 'Merge cause clusters (kept through reanalysis)',
  tags: ['causes'],
  body: mergeBody,
});
describeRoute({
  method: 'post',
  path: '/api/causes/:id/split',
  summary: 'Split postmortems out of a cluster (kept through reanalysis)',
  tags: ['causes'],
  body: splitBody,
});
describeRoute({
  method: 'post',
  path: '/api/recurrences/not-a-repeat',
  summary: 'Mark a recurrence link as not a repeat (kept through reanalysis)',
  tags: ['causes'],
  body: notRepeatBody,
});
describeRoute({
  method: 'get',
  path: '/api/postmortems/:id/recurrences',
  summary: 'Recurrence links both ways',
  tags: ['causes'],
});
describeRoute({
  method: 'patch',
  path: '/api/postmortems/:id/cause',
  summary: "Relabel a postmortem's cause category",
  tags: ['causes'],
  body: categoryBody,
});
describeRoute({
  method: 'get',
  path: '/api/teams/:team/recurring-report',
  summary: "A team's recurring-cause report",
  tags: ['causes'],
});

export function causeRoutes() {
  const app = new Hono<AppEnv>();
  const ctx = (c: { var: AppEnv['Variables'] }) => ({
    db: c.var.deps.db,
    recurrenceWindowDays: c.var.deps.config.RECURRENCE_WINDOW_DAYS,
  });

  app.get('/causes', async (c) =>
    c.json(await listCauses(c.var.deps.db, c.var.principal, validate(causesQuery, c.req.query()))),
  );
  app.post('/causes/merge', async (c) => {
    const body = validate(mergeBody, await readJson(c.req.raw));
    return c.json(await mergeClusters(ctx(c), c.var.principal, body.clusterIds));
  });
  app.get('/causes/:id', async (c) =>
    c.json(await getCause(c.var.deps.db, c.var.principal, validate(id, c.req.param('id'), 'id'))),
  );
  app.patch('/causes/:id', async (c) => {
    const body = validate(relabelBody, await readJson(c.req.raw));
    return c.json(
      await relabelClusterByUser(ctx(c), c.var.principal, validate(id, c.req.param('id'), 'id'), body.label),
    );
  });
  app.post('/causes/:id/split', async (c) => {
    const body = validate(splitBody, await readJson(c.req.raw));
    return c.json(
      await splitCluster(ctx(c), c.var.principal, validate(id, c.req.param('id'), 'id'), body.postmortemIds),
    );
  });
  app.post('/recurrences/not-a-repeat', async (c) => {
    const body = validate(notRepeatBody, await readJson(c.req.raw));
    return c.json(await markNotRepeat(ctx(c), c.var.principal, body.postmortemId, body.repeatsPostmortemId));
  });
  app.get('/postmortems/:id/recurrences', async (c) =>
    c.json(await getRecurrences(c.var.deps.db, c.var.principal, validate(id, c.req.param('id'), 'id'))),
  );
  app.patch('/postmortems/:id/cause', async (c) => {
    const body = validate(categoryBody, await readJson(c.req.raw));
    return c.json(
      await relabelCause(ctx(c), c.var.principal, validate(id, c.req.param('id'), 'id'), body.category),
    );
  });
  app.get('/teams/:team/recurring-report', async (c) =>
    c.json(await teamRecurringReport(c.var.deps.db, c.var.principal, c.req.param('team'))),
  );
  return app;
}
