/**
 * Test harness: the real app over a real, freshly migrated libsql database file (no mocks of our storage),
 * with one API token per role.
 */
import { createDb, type Db } from '../db/client.js';
import { migrateNode } from '../db/migrate-node.js';
import { createApp } from '../server/app.js';
import { type Config, parseConfig } from '../server/config.js';
import type { AppDeps } from '../server/context.js';
import { createLogger } from '../server/lib/logger.js';
import { createToken } from '../server/services/tokens.js';
import { tempDatabaseUrl } from './paths.js';

export { corpusPath, tempDatabaseUrl } from './paths.js';

export interface TestApp {
  db: Db;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  config: Config;
  dbUrl: string;
  tokens: { admin: string; leader: string; member: string; memberB: string; ingest: string };
  /** Calls the app in-process with a role's token (or none). */
  request: (
    path: string,
    init?: RequestInit & { as?: keyof TestApp['tokens'] | null; json?: unknown },
  ) => Promise<Response>;
  close: () => void;
}

export async function createTestApp(env: Record<string, string> = {}, now?: () => Date): Promise<TestApp> {
  const { url, cleanup } = await tempDatabaseUrl();
  const config = parseConfig({ DATABASE_URL: url, PULSE_DEMO: 'off', LOG_LEVEL: 'silent', ...env });
  const { db, close } = createDb({ url });
  await migrateNode(db);
  const deps: AppDeps = { db, config, logger: createLogger('silent'), now: now ?? (() => new Date()) };
  const app = createApp(deps);
  const make = async (role: 'admin' | 'leader' | 'member' | 'ingest', teams: string[] = []) =>
    (await createToken(db, { name: `test-${role}-${teams.join('+')}`, role, teams }, 'test')).secret;
  const tokens = {
    admin: await make('admin'),
    leader: await make('leader'),
    member: await make('member', ['payments']),
    memberB: await make('member', ['search']),
    ingest: await make('ingest'),
  };
  const request: TestApp['request'] = (path, init = {}) => {
    const { as = 'admin', json, headers, ...rest } = init;
    const h = new Headers(headers);
    if (as) h.set('authorization', `Bearer ${tokens[as]}`);
    if (json !== undefined) h.set('content-type', 'application/json');
    return Promise.resolve(
      app.request(path, {
        ...rest,
        headers: h,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      }),
    );
  };
  return {
    db,
    deps,
    app,
    config,
    dbUrl: url,
    tokens,
    request,
    close: () => {
      close();
      cleanup();
    },
  };
}
