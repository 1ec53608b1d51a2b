import { Hono } from 'hono';
import { z } from 'zod';
import { parsePostmortem } from '../../analysis/parse/index.js';
import type { ParsedPostmortem } from '../../analysis/parse/types.js';
import type { AppEnv } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../lib/validate.js';
import { describeRoute } from '../openapi.js';
import { updateActionItem } from '../services/action-items.js';
import { removeDemoDataIfPresent } from '../services/demo-removal.js';
import { type IngestInput, ingestDocument } from '../services/ingest.js';
import { deletePostmortem, getPostmortem, listPostmortems } from '../services/postmortems.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const severity = z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4']);

/** Structured ingest: the fields `pulse parse --json` prints, plus identity and an optional body. */
export const structuredPostmortemSchema = z.object({
  externalId: z.string().min(1).max(500).optional(),
  source: z.string().min(1).max(100).optional(),
  title: z.string().min(1).max(500),
  occurredAt: isoDate.nullable().optional(),
  severity: severity.nullable().optional(),
  team: z.string().min(1).max(100).nullable().optional(),
  services: z.array(z.string().min(1).max(200)).max(100).optional(),
  summary: z.string().max(100_000).nullable().optional(),
  rootCauses: z.array(z.string().min(1).max(20_000)).max(100).optional(),
  triggers: z.array(z.string().min(1).max(20_000)).max(100).optional(),
  contributingFactors: z.array(z.string().min(1).max(20_000)).max(100).optional(),
  actionItems: z
    .array(
      z.object({
        text: z.string().min(1).max(5_000),
        owner: z.string().min(1).max(200).nullable().optional(),
        status: z.enum(['open', 'done', 'wont-do', 'unknown']).default('unknown'),
        due: isoDate.nullable().optional(),
        ticket: z.string().min(1).max(500).nullable().optional(),
      }),
    )
    .max(500)
    .optional(),
  body: z.string().max(1_048_576).optional(),
});
type StructuredPostmortem = z.infer<typeof structuredPostmortemSchema>;

const metadataQuery = z.object({
  externalId: z.string().min(1).max(500).optional(),
  source: z.string().min(1).max(100).optional(),
  team: z.string().min(1).max(100).optional(),
  severity: severity.optional(),
  occurredAt: isoDate.optional(),
  title: z.string().min(1).max(500).optional(),
});

const listQuery = z.object({
  team: z.string().min(1).optional(),
  service: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  severity: severity.optional(),
  q: z.string().min(1).max(200).optional(),
  cursor: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const bulkSchema = z.object({
  documents: z
    .array(
      z.object({
        content: z.string(),
        contentType: z.enum(['markdown', 'html']).default('markdown'),
        externalId: z.string().min(1).max(500).optional(),
        source: z.string().min(1).max(100).optional(),
        filename: z.string().max(1000).optional(),
      }),
    )
    .min(1)
    .max(500),
});

const actionItemPatch = z
  .object({
    status: z.enum(['open', 'done', 'wont-do']).optional(),
    owner: z.string().min(1).max(200).nullable().optional(),
    due: isoDate.nullable().optional(),
    ticket: z.string().min(1).max(500).nullable().optional(),
    completedOn: isoDate.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'give at least one of status, owner, due, ticket');

const idParam = z.coerce.number().int().positive();

describeRoute({
  method: 'post',
  path: '/api/postmortems',
  summary: 'Ingest one postmortem (JSON fields, or a raw markdown/HTML document)',
  tags: ['postmortems'],
  body: structuredPostmortemSchema,
  bodyTypes: ['text/markdown', 'text/html'],
  query: metadataQuery,
});
describeRoute({
  method: 'post',
  path: '/api/postmortems/bulk',
  summary: 'Ingest many documents; each is accepted or rejected on its own',
  tags: ['postmortems'],
  body: bulkSchema,
});
describeRoute({
  method: 'get',
  path: '/api/postmortems',
  summary: 'List postmortems ({items, nextCursor})',
  tags: ['postmortems'],
  query: listQuery,
});
describeRoute({
  method: 'get',
  path: '/api/postmortems/:id',
  summary: 'One postmortem: sections, findings, action items, revisions',
  tags: ['postmortems'],
});
describeRoute({
  method: 'delete',
  path: '/api/postmortems/:id',
  summary: 'Delete a postmortem and everything derived from it',
  tags: ['postmortems'],
});
describeRoute({
  method: 'patch',
  path: '/api/action-items/:id',
  summary: 'Update an action item (status, owner, due, ticket)',
  tags: ['action-items'],
  body: actionItemPatch,
});

/** Markdown synthesised from structured fields, so blame analysis and the postmortem page have a body. */
function structuredToParsed(s: StructuredPostmortem): ParsedPostmortem {
  const bullet = (xs: string[] | undefined) =>
    (xs ?? []).map((x) => `- ${x.replace(/\n+/g, ' ')}`).join('\n');
  const body =
    s.body ??
    [
      `# ${s.title}`,
      s.summary ? `## Summary\n\n${s.summary}` : '',
      s.rootCauses?.length ? `## Root cause\n\n${bullet(s.rootCauses)}` : '',
      s.triggers?.length ? `## Trigger\n\n${bullet(s.triggers)}` : '',
      s.contributingFactors?.length ? `## Contributing factors\n\n${bullet(s.contributingFactors)}` : '',
      s.actionItems?.length ? `## Action items\n\n${bullet(s.actionItems.map((a) => a.text))}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
  const fromBody = parsePostmortem({ text: body, contentType: 'markdown' });
  return {
    ...fromBody,
    kind: 'postmortem',
    skipReason: null,
    externalId: s.externalId ?? null,
    source: s.source ?? null,
    title: s.title,
    occurredAt: s.occurredAt ?? null,
    severity: s.severity ?? null,
    team: s.team ?? null,
    services: s.services ?? [],
    summary: s.summary ?? fromBody.summary,
    rootCauses: s.rootCauses ?? [],
    triggers: s.triggers ?? [],
    contributingFactors: s.contributingFactors ?? [],
    actionItems: (s.actionItems ?? []).map((a) => ({
      text: a.text,
      owner: a.owner?.replace(/^@/, '') ?? null,
      status: a.status,
      due: a.due ?? null,
      ticket: a.ticket ?? null,
      kind: null,
      priority: null,
    })),
  };
}

function contentTypeOf(header: string | undefined): 'json' | 'markdown' | 'html' | null {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'text/markdown' || type === 'text/x-markdown' || type === 'text/plain') return 'markdown';
  if (type === 'text/html') return 'html';
  return null;
}

export function postmortemRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/postmortems', async (c) => {
    const { db, config } = c.var.deps;
    const declared = c.req.header('content-length');
    if (declared && Number(declared) > config.MAX_DOCUMENT_BYTES * 2) {
      throw new ApiError(
        'payload_too_large',
        `Body is larger than the limit of ${config.MAX_DOCUMENT_BYTES} bytes.`,
        'body',
      );
    }
    const kind = contentTypeOf(c.req.header('content-type'));
    if (!kind) {
      throw new ApiError(
        'unsupported_media_type',
        'Send application/json, text/markdown or text/html.',
        'content-type',
      );
    }
    const meta = validate(metadataQuery, c.req.query());
    let input: IngestInput;
    if (kind === 'json') {
      const raw = await c.req.text();
      if (raw.length > config.MAX_DOCUMENT_BYTES * 2)
        throw new ApiError(
          'payload_too_large',
          `Body is larger than the limit of ${config.MAX_DOCUMENT_BYTES} bytes.`,
          'body',
        );
      const structured = validate(
        structuredPostmortemSchema,
        await readJson(new Request('http://x', { method: 'POST', body: raw })),
      );
      input = {
        raw,
        contentType: 'json',
        parsed: structuredToParsed(structured),
        externalId: structured.externalId ?? meta.externalId ?? null,
        source: structured.source ?? meta.source ?? null,
      };
    } else {
      const raw = await c.req.text();
      input = { raw, contentType: kind, externalId: meta.externalId ?? null, source: meta.source ?? null };
    }
    const { externalId: _e, source: _s, ...overrides } = meta;
    input.overrides = overrides;
    // Leaders cannot ingest, so their (rejected) request must not clear the demo either.
    const demoRemoved = c.var.principal.role === 'leader' ? 0 : await removeDemoDataIfPresent(db);
    const outcome = await ingestDocument(
      {
        db,
        maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
        recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS,
      },
      c.var.principal,
      input,
    );
    if (outcome.status === 'skipped')
      throw new ApiError('unprocessable', `Not a postmortem: ${outcome.reason}.`, 'body');
    return c.json(
      demoRemoved > 0 ? { ...outcome, demoRemoved } : outcome,
      outcome.status === 'created' ? 201 : 200,
    );
  });

  app.post('/postmortems/bulk', async (c) => {
    const { db, config } = c.var.deps;
    if (contentTypeOf(c.req.header('content-type')) !== 'json') {
      throw new ApiError(
        'unsupported_media_type',
        'Send application/json: {"documents": [...]}.',
        'content-type',
      );
    }
    const { documents } = validate(bulkSchema, await readJson(c.req.raw));
    const ctx = {
      db,
      maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
      recurrenceWindowDays: config.RECURRENCE_WINDOW_DAYS,
    };
    // Leaders cannot ingest, so their (rejected) request must not clear the demo either.
    const demoRemoved = c.var.principal.role === 'leader' ? 0 : await removeDemoDataIfPresent(db);
    const results = [];
    // One at a time: each document is its own batch, so one failure never touches the others.
    for (const [index, d] of documents.entries()) {
      try {
        const outcome = await ingestDocument(ctx, c.var.principal, {
          raw: d.content,
          contentType: d.contentType,
          externalId: d.externalId ?? d.filename ?? null,
          source: d.source ?? null,
          ...(d.filename ? { filename: d.filename } : {}),
        });
        results.push({ index, filename: d.filename ?? null, ...outcome });
      } catch (error) {
        if (!(error instanceof ApiError) || error.status >= 500)
          c.var.log.error('bulk document failed', { index, error: String(error) });
        const e =
          error instanceof ApiError
            ? error
            : new ApiError('internal', 'Internal error while ingesting this document.');
        results.push({
          index,
          filename: d.filename ?? null,
          status: 'failed' as const,
          error: { code: e.code, message: e.message, field: e.field },
        });
      }
    }
    return c.json(demoRemoved > 0 ? { results, demoRemoved } : { results });
  });

  app.get('/postmortems', async (c) => {
    const filters = validate(listQuery, c.req.query());
    return c.json(await listPostmortems(c.var.deps.db, c.var.principal, filters));
  });

  app.get('/postmortems/:id', async (c) => {
    const id = validate(idParam, c.req.param('id'), 'id');
    return c.json(await getPostmortem(c.var.deps.db, c.var.principal, id));
  });

  app.delete('/postmortems/:id', async (c) => {
    const id = validate(idParam, c.req.param('id'), 'id');
    await deletePostmortem(c.var.deps.db, c.var.principal, id, c.var.requestId);
    return c.body(null, 204);
  });

  app.patch('/action-items/:id', async (c) => {
    const id = validate(idParam, c.req.param('id'), 'id');
    const patch = validate(actionItemPatch, await readJson(c.req.raw));
    return c.json(await updateActionItem(c.var.deps.db, c.var.principal, id, patch, c.var.deps.now()));
  });

  return app;
}
