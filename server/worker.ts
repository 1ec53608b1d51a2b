/**
 * Cloudflare Workers entry: the same app as Node (server/app.ts) over D1, or over Turso when
 * DATABASE_URL names a remote libsql database. Bindings and vars are validated once per isolate; the
 * dependencies built from them are reused by every request. Nothing correctness or security depends
 * on is kept in isolate memory: tokens, sessions, rate limits and digest state all live in the database.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { createD1Db, isD1Binding } from './adapters/d1.js';
import { createWebLibsqlDb, isRemoteLibsqlUrl } from './adapters/libsql-web.js';
import type {
  D1DatabaseLike,
  ExecutionContextLike,
  FetcherLike,
  ScheduledControllerLike,
} from './adapters/workers-types.js';
import { createApp } from './app.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import type { AppDeps } from './context.js';
import { createLogger } from './lib/logger.js';
import { runDigestTick } from './services/digest/tick.js';

/** What wrangler.toml binds: D1 as DB, the built dashboard as ASSETS, plus string vars and secrets. */
export interface WorkerEnv {
  DB?: D1DatabaseLike;
  ASSETS?: FetcherLike;
  [name: string]: unknown;
}

const fetcher = z.custom<FetcherLike>(
  (v) => typeof v === 'object' && v !== null && typeof (v as FetcherLike).fetch === 'function',
  'must be a Fetcher binding',
);

const bindingsSchema = z.object({
  DB: z.custom<D1DatabaseLike>(isD1Binding, 'must be a D1 database binding').optional(),
  ASSETS: fetcher.optional(),
});

export class WorkerConfigError extends Error {}

export interface WorkerDeps {
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  database: 'd1' | 'libsql';
}

/** Vars and secrets are strings; bindings are objects. parseConfig sees only the strings. */
function stringVars(env: WorkerEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function openDatabase(
  env: WorkerEnv,
  bindings: z.infer<typeof bindingsSchema>,
  config: Config,
): Pick<WorkerDeps, 'database'> & { db: Db } {
  // DATABASE_URL has a Node default (a local file); only an explicit remote URL selects Turso here.
  if (typeof env.DATABASE_URL === 'string' && env.DATABASE_URL !== '') {
    if (!isRemoteLibsqlUrl(config.DATABASE_URL)) {
      throw new WorkerConfigError(
        `DATABASE_URL must be a libsql:, https: or wss: URL on Workers (got ${config.DATABASE_URL.split(':')[0]}:); remove it to use the D1 binding DB.`,
      );
    }
    return {
      db: createWebLibsqlDb({ url: config.DATABASE_URL, authToken: config.DATABASE_AUTH_TOKEN }),
      database: 'libsql',
    };
  }
  if (!bindings.DB) {
    throw new WorkerConfigError(
      'No database: bind a D1 database as DB in wrangler.toml, or set DATABASE_URL (Turso).',
    );
  }
  return { db: createD1Db(bindings.DB), database: 'd1' };
}

/** Work started by a request (e.g. webhooks fanning out) is kept alive by that request's ctx.waitUntil. */
const requestContext = new AsyncLocalStorage<ExecutionContextLike>();

export function buildWorkerDeps(env: WorkerEnv): WorkerDeps {
  const parsedBindings = bindingsSchema.safeParse(env);
  if (!parsedBindings.success) {
    const lines = parsedBindings.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new WorkerConfigError(`Invalid bindings:\n${lines.join('\n')}`);
  }
  const config = parseConfig(stringVars(env));
  const logger = createLogger(config.LOG_LEVEL);
  const { db, database } = openDatabase(env, parsedBindings.data, config);
  const assetsBinding = parsedBindings.data.ASSETS;
  const deps: AppDeps = {
    db,
    config,
    logger,
    now: () => new Date(),
    // Set by Cloudflare's edge for every request (clients cannot forge it there): the rate-limit key.
    clientAddress: (c) => c.req.header('cf-connecting-ip'),
    ...(assetsBinding
      ? {
          assets: async (request: Request) => {
            const response = await assetsBinding.fetch(request);
            return response.status === 404 ? null : response;
          },
        }
      : {}),
    defer: (work) => {
      const logged = work.catch((error) => logger.error('deferred work failed', { error: String(error) }));
      const ctx = requestContext.getStore();
      if (ctx) ctx.waitUntil(logged);
    },
  };
  return { deps, app: createApp(deps), database };
}

let cached: { env: WorkerEnv; built: WorkerDeps } | null = null;

/** One set of dependencies per isolate (rebuilt only if the runtime hands over a different env object). */
export function workerDeps(env: WorkerEnv): WorkerDeps {
  if (cached?.env !== env) cached = { env, built: buildWorkerDeps(env) };
  return cached.built;
}

function configFailure(error: unknown): Response | null {
  if (!(error instanceof ConfigError || error instanceof WorkerConfigError)) return null;
  // The operator sees the details in `wrangler tail`; clients get the API's error shape only.
  console.error(error.message);
  const requestId = crypto.randomUUID();
  return Response.json(
    {
      error: {
        code: 'unavailable',
        message: 'The server is misconfigured; the operator has been told why in the logs.',
        field: null,
        requestId,
      },
    },
    { status: 503, headers: { 'x-request-id': requestId } },
  );
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContextLike): Promise<Response> {
    let built: WorkerDeps;
    try {
      built = workerDeps(env);
    } catch (error) {
      const response = configFailure(error);
      if (response) return response;
      throw error;
    }
    return requestContext.run(ctx, () => built.app.fetch(request, env, ctx as never));
  },

  async scheduled(
    controller: ScheduledControllerLike,
    env: WorkerEnv,
    ctx: ExecutionContextLike,
  ): Promise<void> {
    const { deps } = workerDeps(env);
    // Awaited rather than waitUntil'd: a failed tick then shows as a failed cron invocation.
    await requestContext.run(ctx, () => runDigestTick(deps, new Date(controller.scheduledTime)));
  },
};
