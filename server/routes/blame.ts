import { Hono } from 'hono';
import { z } from 'zod';
import { analyzeBlame } from '../../analysis/blame/index.js';
import { parsePostmortem } from '../../analysis/parse/index.js';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { dismissFinding, exportDismissals, findingView } from '../services/blame.js';
import { requireRole } from '../services/principal.js';

const lintSchema = z.object({
  text: z.string().max(1_048_576),
  format: z.enum(['markdown', 'text']).default('markdown'),
});
const dismissSchema = z.object({ reason: z.string().max(1000).nullable().optional() });

describeRoute({
  method: 'post',
  path: '/api/lint',
  summary: 'Blame-language findings and score for a draft; stores nothing',
  tags: ['blame'],
  body: lintSchema,
  bodyTypes: ['text/markdown', 'text/plain'],
});
describeRoute({
  method: 'post',
  path: '/api/findings/:id/dismiss',
  summary: 'Dismiss a finding ("not blame here"); survives reanalysis',
  tags: ['blame'],
  body: dismissSchema,
});
describeRoute({
  method: 'get',
  path: '/api/findings/dismissals',
  summary: 'Dismissed sentences, as labelled examples for retraining (admin)',
  tags: ['blame'],
});

export function blameRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/lint', async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    let text: string;
    if (type === 'application/json') text = validate(lintSchema, await readJson(c.req.raw)).text;
    else if (type === 'text/markdown' || type === 'text/plain') text = await c.req.text();
    else
      throw new ApiError(
        'unsupported_media_type',
        'Send application/json {"text"} or text/markdown.',
        'content-type',
      );
    if (new TextEncoder().encode(text).length > c.var.deps.config.MAX_DOCUMENT_BYTES) {
      throw new ApiError(
        'payload_too_large',
        `Text is larger than ${c.var.deps.config.MAX_DOCUMENT_BYTES} bytes.`,
        'text',
      );
    }
    // Sections make root-cause findings weigh more, as for stored documents; offsets stay those of `text`.
    const parsed = parsePostmortem({ text, contentType: 'markdown' });
    const sections = parsed.body === text ? parsed.sections : undefined;
    const result = analyzeBlame(text, sections ? { sections } : {});
    return c.json({
      score: result.score,
      blameful: result.blameful,
      version: result.version,
      findings: result.findings.map(findingView),
    });
  });

  app.post('/findings/:id/dismiss', async (c) => {
    const id = validate(z.coerce.number().int().positive(), c.req.param('id'), 'id');
    const text = await c.req.text();
    const { reason } = text.trim() ? validate(dismissSchema, JSON.parse(text)) : { reason: null };
    return c.json(await dismissFinding(c.var.deps.db, c.var.principal, id, reason ?? null));
  });

  app.get('/findings/dismissals', async (c) => {
    requireRole(c.var.principal, 'admin');
    return c.json({ items: await exportDismissals(c.var.deps.db) });
  });

  return app;
}
