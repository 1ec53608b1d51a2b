/**
 * The parts of the workerd test modules these tests use. Declared here because the project typechecks
 * against DOM + Node libs, which @cloudflare/workers-types' globals would clash with.
 */
declare module 'cloudflare:workers' {
  import type { D1DatabaseLike } from '../../server/adapters/workers-types.js';
  import type { WorkerEnv } from '../../server/worker.js';

  export const env: WorkerEnv & {
    DB: D1DatabaseLike;
    TEST_MIGRATIONS: { name: string; queries: string[] }[];
    MAX_DOCUMENT_BYTES: string;
  };
  export const exports: {
    default: { fetch(input: Request | string, init?: RequestInit): Promise<Response> };
  };
}

declare module 'cloudflare:test' {
  import type {
    D1DatabaseLike,
    ExecutionContextLike,
    ScheduledControllerLike,
  } from '../../server/adapters/workers-types.js';

  export function applyD1Migrations(
    db: D1DatabaseLike,
    migrations: { name: string; queries: string[] }[],
    migrationsTableName?: string,
  ): Promise<void>;
  export function reset(): Promise<void>;
  export function createExecutionContext(): ExecutionContextLike;
  export function waitOnExecutionContext(ctx: ExecutionContextLike): Promise<void>;
  export function createScheduledController(options?: {
    scheduledTime?: Date | number;
    cron?: string;
  }): ScheduledControllerLike;
}
