import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { openApiDocument } from '../openapi.js';

/** A readable API reference rendered from the OpenAPI document without any script (the CSP allows none inline). */
function docsPage(doc: {
  info: { title: string; description: string };
  paths: Record<string, Record<string, { summary: string }>>;
}): string {
  const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const rows = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) =>
          `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary)}</td></tr>`,
      ),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(doc.info.title)}</title></head><body><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are always <code>{"error": {"code", "message", "field", "requestId"}}</code>.</p><table border="1" cellpadding="4"><thead><tr><th>Method</th><th>Path</th><th>What it does</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

export function metaRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/openapi.json', (c) => c.json(openApiDocument() as object));
  app.get('/docs', (c) => c.html(docsPage(openApiDocument() as Parameters<typeof docsPage>[0])));
  return app;
}
