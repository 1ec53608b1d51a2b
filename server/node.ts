/**
 * Node entry: the embedded default. Parses env once, opens the libsql database, applies migrations,
 * bootstraps first start (admin token, demo organisation), serves the API and the built dashboard.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createDb } from '../db/client.js';
import { ensureDatabaseFolder, migrateNode } from '../db/migrate-node.js';
import { createApp } from './app.js';
import type { Config } from './config.js';
import type { AppDeps } from './context.js';
import { createLogger } from './lib/logger.js';
import { createSmtpMailer } from './mail/smtp.js';
import { startDigestSchedule } from './services/digest/scheduler.js';
import { onFirstStart } from './services/first-start.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves dist/web; unknown non-file paths fall back to index.html (the dashboard routes client-side). */
export function staticAssets(root: string): (request: Request) => Promise<Response | null> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const path = decodeURIComponent(new URL(request.url).pathname);
    const target = resolve(base, `.${path === '/' ? '/index.html' : path}`);
    if (target !== base && !target.startsWith(base + sep)) return null;
    const ext = extname(target);
    for (const file of ext ? [target] : [resolve(base, 'index.html')]) {
      try {
        const body = await readFile(file);
        const immutable = file.includes(`${sep}assets${sep}`);
        return new Response(request.method === 'HEAD' ? null : body, {
          headers: {
            'content-type': MIME[extname(file)] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        });
      } catch {
        return null;
      }
    }
    return null;
  };
}

/** Where the built dashboard is: beside the bundle (dist/web), or dist/web under the working directory when run from source. */
function defaultWebRoot(): string {
  const besideBundle = fileURLToPath(new URL('./web/', import.meta.url));
  return existsSync(besideBundle) ? besideBundle : resolve(process.cwd(), 'dist', 'web');
}

export async function startNodeServer(config: Config, options: { quiet?: boolean; webRoot?: string } = {}) {
  const logger = createLogger(options.quiet ? 'warn' : config.LOG_LEVEL);
  ensureDatabaseFolder(config.DATABASE_URL);
  const { db, close } = createDb({ url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN });
  await migrateNode(db);
  const webRoot = options.webRoot ?? defaultWebRoot();
  const deps: AppDeps = {
    db,
    config,
    logger,
    now: () => new Date(),
    assets: staticAssets(webRoot),
    // The socket address: X-Forwarded-For is only believed with TRUST_PROXY (see middleware/limits.ts).
    clientAddress: (c) =>
      (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
        ?.remoteAddress,
    defer: (work) => {
      work.catch((error) => logger.error('deferred work failed', { error: String(error) }));
    },
  };
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const publicUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${port}`;
  await onFirstStart(deps, publicUrl, (line) => process.stdout.write(`${line}\n`));
  // Weekly digests: hourly in-process tick; SMTP when SMTP_URL is set (else the mail API, else none, logged).
  const mailer = config.SMTP_URL ? createSmtpMailer(config.SMTP_URL) : undefined;
  if (mailer) deps.extras = { ...deps.extras, mailer };
  const digests = startDigestSchedule(deps, logger);
  logger.info('listening', { url: publicUrl });
  return {
    port,
    url: publicUrl,
    deps,
    close: async () => {
      await digests.stop();
      await mailer?.close?.();
      await new Promise<void>((done) => server.close(() => done()));
      close();
    },
  };
}
