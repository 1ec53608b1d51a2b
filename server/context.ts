import type { Context } from 'hono';
import type { Db } from '../db/client.js';
import type { Config } from './config.js';
import type { Logger } from './lib/logger.js';
import type { Principal } from './services/principal.js';

/**
 * Dependencies built once by the entry point (Node server, Worker, tests) and shared by every request.
 * Runtime-specific capabilities sit behind these small interfaces.
 */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  /** Injected so tests and the scheduler can control time. */
  now: () => Date;
  /** Serves the built dashboard (Node: from dist/web; Workers: the ASSETS binding). */
  assets?: (request: Request) => Promise<Response | null>;
  /** Runs work after the response (Workers: ctx.waitUntil; Node: fire and forget with logging). */
  defer?: (work: Promise<unknown>) => void;
  /** The client's network address for rate limits (Node: the socket; Workers: cf-connecting-ip). */
  clientAddress?: (c: Context<AppEnv>) => string | undefined;
  /** Optional extension point for features wired at the entry (mailer etc.). */
  extras?: Record<string, unknown>;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
    principal: Principal;
  };
}
