import { sql } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { auditLog, postmortems } from '../../db/schema/index.js';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { actionItemListQuery, listActionItems } from '../services/metrics/action-item-list.js';
import { cachedJson, metricsCacheKey } from '../services/metrics/cache.js';
import { dateInZone } from '../services/metrics/calendar.js';
import {
  authorizeMetrics,
  computeMetric,
  drillDown,
  METRIC_NAMES,
  type MetricName,
  metricsQuerySchema,
  metricsToCsv,
  parseMetricsQuery,
  sloDays,
  teamComparison,
} from '../services/metrics/index.js';
import { requireRole } from '../services/principal.js';

const drillQuery = metricsQuerySchema.extend({
  bucket_start: z.string().optional(),
  figure: z.string().min(1).max(200),
});

for (const name of METRIC_NAMES) {
  describeRoute({
    method: 'get',
    path: `/api/metrics/${name}`,
    summary: `The ${name} metric per ISO week or month (JSON, or CSV with format=csv: one row per bucket per figure)`,
    tags: ['metrics'],
    query: metricsQuerySchema,
  });
  describeRoute({
    method: 'get',
    path: `/api/metrics/${name}/drill`,
    summary: `The postmortems behind one figure of the ${name} metric (bucket_start picks one bucket)`,
    tags: ['metrics'],
    query: drillQuery,
  });
}
describeRoute({
  method: 'get',
  path: '/api/metrics/team-comparison',
  summary: 'One row of headline figures per readable team for the period',
  tags: ['metrics'],
  query: metricsQuerySchema,
});
describeRoute({
  method: 'get',
  path: '/api/action-items',
  summary: 'Action items, overdue first, with quality flags (never filtered or sorted by owner)',
  tags: ['action-items'],
  query: actionItemListQuery,
});
describeRoute({
  method: 'get',
  path: '/api/meta/status',
  summary: 'Installation status for the dashboard ({demo}: demo data present)',
  tags: ['meta'],
});

/** A cached answer is already JSON text: send it as c.json would, without parsing it again. */
function jsonText(c: Context<AppEnv>, json: string): Response {
  return c.body(json, 200, { 'content-type': 'application/json' });
}

function metricName(raw: string): MetricName {
  if (!(METRIC_NAMES as readonly string[]).includes(raw)) {
    throw new ApiError('not_found', `No metric '${raw}'. Metrics: ${METRIC_NAMES.join(', ')}.`, 'name');
  }
  return raw as MetricName;
}

export function metricsRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/metrics/team-comparison', async (c) => {
    const { db, config, now } = c.var.deps;
    const q = parseMetricsQuery(c.req.query(), now());
    authorizeMetrics(c.var.principal, q);
    const slo = sloDays(config);
    const json = await cachedJson(
      db,
      metricsCacheKey('team-comparison', c.var.principal, q, slo),
      async () => ({
        query: q,
        ...(await teamComparison(db, c.var.principal, q, slo)),
      }),
    );
    return jsonText(c, json);
  });

  app.get('/metrics/:name', async (c) => {
    const { db, config, now } = c.var.deps;
    const name = metricName(c.req.param('name'));
    const q = parseMetricsQuery(c.req.query(), now());
    authorizeMetrics(c.var.principal, q);
    const slo = sloDays(config);
    if (c.req.query('format') === undefined) {
      const json = await cachedJson(db, metricsCacheKey(name, c.var.principal, q, slo), () =>
        computeMetric(db, c.var.principal, name, q, slo),
      );
      return jsonText(c, json);
    }
    const result = await computeMetric(db, c.var.principal, name, q, slo);
    // Explicit exports are recorded: who exported which aggregate, for which team and range.
    await db.insert(auditLog).values({
      actor: c.var.principal.subject,
      action: 'metrics.export',
      target: `metrics:${name}`,
      requestId: c.var.requestId,
      detailJson: JSON.stringify({
        format: q.format,
        team: q.team,
        from: q.from,
        to: q.to,
        bucket: q.bucket,
        tz: q.tz,
      }),
    });
    if (q.format === 'csv') {
      const filename = `pulse-${name}-${q.team ?? 'organisation'}-${q.from}-${q.to}.csv`;
      return c.body(metricsToCsv(result, q), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
      });
    }
    return c.json(result);
  });

  app.get('/metrics/:name/drill', async (c) => {
    const { db, config, now } = c.var.deps;
    const name = metricName(c.req.param('name'));
    const raw = c.req.query();
    const extra = validate(drillQuery.pick({ bucket_start: true, figure: true }), raw);
    const q = parseMetricsQuery(raw, now());
    authorizeMetrics(c.var.principal, q);
    return c.json(
      await drillDown(
        db,
        c.var.principal,
        name,
        q,
        extra.figure,
        extra.bucket_start ?? null,
        sloDays(config),
      ),
    );
  });

  app.get('/action-items', async (c) => {
    const { db, config, now } = c.var.deps;
    const f = validate(actionItemListQuery, c.req.query());
    const tz = validate(metricsQuerySchema.shape.tz, c.req.query('tz'), 'tz');
    return c.json(await listActionItems(db, c.var.principal, f, dateInZone(now(), tz), sloDays(config)));
  });

  app.get('/meta/status', async (c) => {
    requireRole(c.var.principal, 'admin', 'leader', 'member');
    const [row] = await c.var.deps.db
      .select({ demo: sql<number>`exists (select 1 from ${postmortems} where ${postmortems.isDemo} = 1)` })
      .from(sql`(select 1)`);
    return c.json({ demo: Boolean(Number(row?.demo ?? 0)) });
  });

  return app;
}
